#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace json {
class JsonValue;
}

// One request of a Postman collection, the same whatever the collection's version (v1, v2.0,
// v2.1): what PostmanReader extracts and PostmanImporter maps to an operation. The node
// pointers stay valid as long as the input tree does (they locate report entries).
struct PostmanRequest
{
    struct Field // a query parameter, header, path variable or form field
    {
        QString key;
        QString value;
        QString description;
        QString type; // form fields: "text" or "file"
        bool disabled = false;
        const json::JsonValue *node = nullptr;
    };
    struct Example // a saved response
    {
        QString name;
        int code = 0;
        QString body;
        QString contentType;
        const json::JsonValue *node = nullptr;
    };

    QString name;
    QString description;
    QString method;
    QString url; // raw, variables not expanded
    QList<Field> query; // from the URL object (v2) or parsed from the raw URL
    bool queryFromUrl = false;
    QList<Field> pathVariables;
    QList<Field> headers;
    QString bodyMode; // raw, urlencoded, formdata, file, graphql, "" for none
    QString raw; // raw text; graphql: the query
    QString rawLanguage; // json, xml, text, ... (v2.1 options)
    QString graphqlVariables;
    QList<Field> bodyFields;
    const json::JsonValue *body = nullptr;
    const json::JsonValue *auth = nullptr; // the effective auth (inherited from folders/collection)
    QString v1Helper; // v1 "currentHelper" when auth comes from helpers
    const json::JsonValue *v1HelperAttributes = nullptr;
    QString folder; // innermost folder name, "" at the root
    QList<Example> examples;
    const json::JsonValue *node = nullptr;
};
