#pragma once

#include "PostmanRequest.h"

#include <QHash>
#include <QString>
#include <QStringList>

// A Postman request URL taken apart: scheme, host (its {{variables}} expanded from the
// collection's variables) and path segments, where ":name" and "{{name}}" segments (or parts of
// segments) become Swagger path templates "{name}".
struct PostmanUrl
{
    struct Segment
    {
        QString text; // as written in the Swagger path ("users", "{id}", "v{version}")
        QStringList params; // the path parameters in it
    };

    QString scheme; // "http", "https" or ""
    QString host; // "api.example.com:8080"; "" when none or unresolved
    QString unresolvedHost; // the host as written when a variable in it has no value
    QList<Segment> segments;
    QList<PostmanRequest::Field> query; // parsed from the raw URL

    static PostmanUrl parse(const QString &raw, const QHash<QString, QString> &variables);
    static QString expand(QString text, const QHash<QString, QString> &variables);
    QString path(int skip) const; // "/" + the segments after the first skip
    bool isLiteral(int index) const { return segments.at(index).params.isEmpty(); }
};
