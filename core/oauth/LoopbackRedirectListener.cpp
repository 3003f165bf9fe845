#include "LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
               "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent) : QObject(parent) { }

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

bool LoopbackRedirectListener::listen(quint16 port, const QString &path)
{
    close();
    m_path = path;
    if (!m_path.startsWith(QLatin1Char('/')))
        m_path.prepend(QLatin1Char('/'));
    m_server = new QTcpServer(this);
    // The loopback address only: nothing on the network can deliver a code here.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    return true;
}

void LoopbackRedirectListener::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(m_path);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the server, which closes before the answer is sent
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        answer(socket, 431, page(tr("Request too large"), tr("The request was refused.")));
        return;
    }
    const int lineEnd = buffer.indexOf("\r\n");
    if (lineEnd < 0 || !buffer.contains("\r\n\r\n"))
        return; // the headers are not complete yet
    // "GET /callback?code=...&state=... HTTP/1.1"
    const QList<QByteArray> parts = buffer.left(lineEnd).split(' ');
    const QUrl target = parts.size() == 3 ? QUrl::fromEncoded(parts.at(1)) : QUrl();
    if (parts.value(0) != "GET" || target.path() != m_path) {
        // Browsers also ask for /favicon.ico: not the redirect, keep waiting.
        answer(socket, 404, page(tr("Not found"), tr("This address only receives the sign-in answer.")));
        return;
    }
    const OAuthRedirect redirect = OAuthRedirect::fromUrl(target);
    if (redirect.hasError()) {
        answer(socket, 200,
               page(tr("Sign-in failed"),
                    tr("The provider answered: %1 %2. You can close this window.")
                        .arg(redirect.error, redirect.errorDescription)));
    } else {
        answer(
            socket, 200,
            page(tr("Sign-in received"), tr("You can close this window and return to Connector Designer.")));
    }
    close(); // one answer per sign-in
    emit redirectReceived(redirect);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &html)
{
    const QByteArray reason = status == 200 ? "OK"
        : status == 404                     ? "Not Found"
                                            : "Request Header Fields Too Large";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    response += html;
    m_pending.remove(socket);
    socket->write(response);
    socket->disconnectFromHost();
}
