#pragma once

#include "PostmanRequest.h"

#include <QHash>
#include <QList>
#include <QString>

class ImportReport;
class InputTree;
namespace json {
class JsonValue;
}

// Reads a Postman collection (v1, v2.0 or v2.1, bare or wrapped in {"collection": ...}) into a
// flat list of requests with their effective auth and folder, plus the collection's name,
// description, variables and folders. Scripts (pre-request and tests) are reported as not imported.
class PostmanReader
{
public:
    struct Folder
    {
        QString name;
        QString description;
    };

    PostmanReader(const InputTree &input, ImportReport &report) : m_input(input), m_report(report) { }

    // root is the collection object itself (unwrapped).
    void read(const json::JsonValue &root);

    static const json::JsonValue *unwrap(const json::JsonValue &root);
    static bool isV1(const json::JsonValue &collection);
    static QString text(const json::JsonValue *value); // strings, or {"content": ...} descriptions

    QString version;
    QString name;
    QString description;
    QHash<QString, QString> variables;
    QList<Folder> folders;
    QList<PostmanRequest> requests;
    const json::JsonValue *collectionAuth = nullptr;

private:
    void readV1(const json::JsonValue &root);
    void readV1Request(const json::JsonValue &node, const QString &folder);
    void readV2Items(const json::JsonValue &items, const json::JsonValue *auth, const QString &folder);
    void readV2Request(const json::JsonValue &item, const json::JsonValue *auth, const QString &folder);
    void readV2Url(const json::JsonValue *url, PostmanRequest &request);
    void readV2Body(const json::JsonValue *body, PostmanRequest &request);
    void readV2Examples(const json::JsonValue *responses, PostmanRequest &request);
    void readVariables(const json::JsonValue *list);
    void reportScripts(const json::JsonValue *events);
    QList<PostmanRequest::Field> fields(const json::JsonValue *list) const;
    static QList<PostmanRequest::Field> headerLines(const QString &text);

    const InputTree &m_input;
    ImportReport &m_report;
};
