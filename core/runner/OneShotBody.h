#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once only. QNetworkAccessManager silently sends a request
// again when the connection closes before any answer (Qt 6.4 does it for POST too); with a
// body it cannot rewind, it fails with ContentReSendError instead, so a non-idempotent request
// is never repeated behind the runner's back.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
