#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

// A request as the runner sends it: what RequestBuilder and PolicyApplier produce and
// HttpRunner consumes. It also remembers which headers and query items carry credentials,
// so a redirect to another origin can drop them.
struct RunRequest
{
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method = "GET";
    QString serviceUrl; // scheme://host[:port]basePath, before the operation's path
    QString path; // the operation's path, placeholders filled and encoded
    QString query; // encoded, without '?'
    QList<Header> headers;
    QByteArray body;
    QByteArray contentType;
    QSet<QByteArray> credentialHeaders; // lower-case header names
    QStringList credentialQueryItems; // query item names
    QStringList notes; // what the builder could not do exactly (unsupported policies, ...)
    QString error; // set when the request cannot be sent (missing values, no host)

    bool isValid() const { return error.isEmpty(); }
    QUrl url() const; // serviceUrl + path + query, percent-encoding kept as built
    QString maskedUrl() const; // url() with credential query values as "***", for showing

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    void appendHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);

    void addQueryItem(const QString &encodedName, const QString &encodedValue);
    bool hasQueryItem(const QString &encodedName) const;
    void removeQueryItem(const QString &encodedName);
};
