#include "DemoServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray headerOf(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers()) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void send(QHttpServerResponder &responder, const DemoReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.body.isEmpty())
        responder.writeHeader("Content-Type", "application/json; charset=utf-8");
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

DemoServer::DemoServer(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_apiKey
        = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(quint16 port, QString *error)
{
    // Loopback only: the demo must never be reachable from the network.
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0 && error)
        *error = tr("Cannot listen on 127.0.0.1:%1.").arg(port);
    return m_port != 0;
}

QUrl DemoServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(basePath()));
}

void DemoServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requests;
    const QString path = request.url().path();
    DemoReply reply;
    if (path != basePath() && !path.startsWith(basePath() + QLatin1Char('/'))) {
        reply = DemoDirectory::error(404, QStringLiteral("NotFound"),
                                     tr("The demo API lives under %1.").arg(basePath()));
    } else if (QString::fromUtf8(headerOf(request, apiKeyHeader())) != m_apiKey) {
        reply = DemoDirectory::error(401, QStringLiteral("Unauthorized"),
                                     tr("A valid API key is required in X-API-Key."));
    } else {
        reply = m_directory.handle(methodName(request.method()), path.mid(basePath().size()), request.query(),
                                   request.body(), baseUrl().toString());
    }
    if (reply.delayMs <= 0) {
        send(responder, reply);
        return;
    }
    // The slow report answers later without blocking the server: the responder waits.
    // A client that gave up meanwhile has closed its socket: then there is no one to answer.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(reply.delayMs, this, [pending, socket, reply] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(*pending, reply);
    });
}
