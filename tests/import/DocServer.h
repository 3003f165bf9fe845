#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

// A QHttpServer on 127.0.0.1 (free port) for the URL import tests: serves scripted answers by
// path (404 elsewhere) and records each request's path and headers.
class DocServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
    };
    struct Seen
    {
        QString path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    DocServer();
    bool listen();
    QString url(const QString &path = {}) const;
    void serve(const QString &path, const QByteArray &body, const QByteArray &contentType);
    void on(const QString &path, const Answer &answer) { m_answers.insert(path, answer); }
    const QList<Seen> &seen() const { return m_seen; }
    QList<QString> paths() const;

    // Documents of the three formats, for the discovery tests.
    static QByteArray openApi3Yaml(); // https server, API key header, JSON responses
    static QByteArray swaggerJson(); // http only, basic auth, one XML operation
    static QByteArray postmanJson();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, Answer> m_answers;
    QList<Seen> m_seen;
};
