#pragma once

#include "DemoDirectory.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

// The built-in demo API: the bundled "Contoso HR" sample served by QHttpServer on
// 127.0.0.1 only, so Test operation works without any network. Requests need the API key
// in X-API-Key (the sample's securityDefinitions); a new random key per server unless set.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1:port (0: a free port). False with error set when it cannot.
    bool start(quint16 port = 0, QString *error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    DemoDirectory &directory() { return m_directory; }
    int requestCount() const { return m_requests; }

    static QString basePath() { return QStringLiteral("/v1"); }
    static QByteArray apiKeyHeader() { return QByteArrayLiteral("X-API-Key"); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    std::unique_ptr<QHttpServer> m_server;
    DemoDirectory m_directory;
    QString m_apiKey;
    quint16 m_port = 0;
    int m_requests = 0;
};
