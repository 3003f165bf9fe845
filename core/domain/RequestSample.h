#pragma once

#include <QList>
#include <QPair>
#include <QString>

// A sample request as a user pastes it: method, URL (absolute, or a path) with
// {placeholders} and a query, headers as "Name: value" lines, and a JSON body.
struct RequestSample
{
    QString method;
    QString url;
    QString headers;
    QString body;

    // The URL split into a path and decoded query pairs. An absolute URL's scheme and
    // authority are dropped ("{{baseUrl}}" style variables too); a leading basePath
    // (other than "/") is stripped, since paths in the definition are relative to it.
    struct Url
    {
        QString path;
        QList<QPair<QString, QString>> query;
    };
    static Url splitUrl(const QString &url, const QString &basePath);
    static QList<QPair<QString, QString>> parseHeaders(const QString &text);
    // Headers a connector does not declare as parameters: the connection, the runtime or
    // the HTTP stack sets them (Authorization, Content-Type, Accept, Host, ...).
    static bool isTransportHeader(const QString &name);
};
