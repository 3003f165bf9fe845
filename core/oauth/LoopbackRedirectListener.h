#pragma once

#include "OAuthRedirect.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

// The loopback redirect target of a native app's sign-in (RFC 8252 7.3): listens on
// 127.0.0.1 only, takes the first request to the redirect path, answers the browser with a
// short page, reports what came back and stops listening.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // port 0: a free port chosen by the system. path: the redirect URI's path.
    bool listen(quint16 port = 0, const QString &path = QStringLiteral("/callback"));
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    // http://127.0.0.1:<port><path>
    QUrl redirectUri() const;

    static constexpr int kMaxRequestBytes = 16 * 1024;

signals:
    void redirectReceived(const OAuthRedirect &redirect);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &html);

    QTcpServer *m_server = nullptr;
    QString m_path;
    QString m_error;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
