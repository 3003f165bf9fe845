#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// One try of a request (a retry or a redirect is another attempt).
struct RunAttempt
{
    QUrl url;
    int status = 0; // 0: no HTTP response
    QString error; // connection or TLS error of this attempt
    qint64 waitedMs = 0; // the pause before this attempt (backoff or Retry-After)
    qint64 elapsedMs = 0; // from sending to the end of the response
};

// What HttpRunner reports: the final response, every attempt, and why it failed if it did.
struct RunResult
{
    bool hasResponse = false;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl finalUrl;
    qint64 totalMs = 0; // first send to the end, pauses included
    qint64 size = 0; // body bytes
    QList<RunAttempt> attempts;
    QString error; // empty on any HTTP response
    QStringList tlsErrors; // each with the certificate's reason
    QStringList notes; // e.g. credentials dropped on a cross-origin redirect
    bool cancelled = false;
    bool timedOut = false;

    bool isSuccess() const { return hasResponse && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
};
