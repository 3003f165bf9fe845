#include "DocServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

DocServer::DocServer()
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Seen seen {request.url().path(), {}};
        for (const auto &h : request.headers())
            seen.headers.insert(h.first.toLower(), h.second);
        m_seen.append(seen);
        const Answer answer
            = m_answers.value(seen.path, Answer {404, "not found", {{"Content-Type", "text/plain"}}, 0});
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = pending->socket();
        auto write = [pending, socket, answer] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            pending->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
            for (const auto &h : answer.headers)
                pending->writeHeader(h.first, h.second);
            pending->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
            pending->writeBody(answer.body);
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, &m_server, write);
        else
            write();
    });
}

bool DocServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString DocServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void DocServer::serve(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    on(path, Answer {200, body, {{"Content-Type", contentType}}, 0});
}

QList<QString> DocServer::paths() const
{
    QList<QString> list;
    for (const Seen &seen : m_seen)
        list.append(seen.path);
    return list;
}

QByteArray DocServer::openApi3Yaml()
{
    return R"(openapi: 3.0.3
info:
  title: Pet Store
  version: 1.0.0
servers:
  - url: https://pets.example.com/v1
paths:
  /pets:
    get:
      operationId: ListPets
      summary: List pets
      responses:
        '200':
          description: The pets
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  properties:
                    name:
                      type: string
  /pets/{id}:
    get:
      operationId: GetPet
      summary: Get a pet
      parameters:
        - name: id
          in: path
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The pet
          content:
            application/json:
              schema:
                type: object
components:
  securitySchemes:
    key:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - key: []
)";
}

QByteArray DocServer::swaggerJson()
{
    return R"({
  "swagger": "2.0",
  "info": {"title": "Legacy Orders", "version": "2.0"},
  "host": "orders.example.com",
  "basePath": "/api",
  "schemes": ["http"],
  "securityDefinitions": {"basic": {"type": "basic"}},
  "paths": {
    "/orders": {"get": {"operationId": "ListOrders", "summary": "List orders", "produces": ["application/json"],
      "responses": {"200": {"description": "OK"}}}},
    "/orders/export": {"get": {"operationId": "ExportOrders", "summary": "Export orders", "produces": ["application/xml"],
      "responses": {"200": {"description": "OK"}}}}
  }
})";
}

QByteArray DocServer::postmanJson()
{
    return R"({"info": {"name": "Notes", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [
  {"name": "List notes", "request": {"method": "GET", "url": "https://notes.example.com/notes"}},
  {"name": "Add note", "request": {"method": "POST", "url": "https://notes.example.com/notes",
    "header": [{"key": "Content-Type", "value": "application/json"}],
    "body": {"mode": "raw", "raw": "{\"text\": \"hi\"}"}}}]})";
}
