#pragma once

#include "RequestInput.h"

#include <QJsonObject>
#include <QJsonValue>

class ConnectorDocument;
class OperationView;

// Values for testing an operation without a user: for each required parameter (and each
// optional one that names a value) x-ms-test-value, default, x-example/example, the first
// enum value, or a value generated from the type and format; a body built from its schema
// the same way (all properties, references followed, bounded depth).
class TestValueGenerator
{
public:
    explicit TestValueGenerator(const ConnectorDocument &document);

    RequestInput generate(const OperationView &operation) const;
    // A value for a schema (or a non-body parameter, which has the same keywords).
    QJsonValue valueFor(const QJsonObject &schema, int depth = 0) const;
    static QString toText(const QJsonValue &value); // a parameter's text form

private:
    QJsonObject resolved(QJsonObject schema) const;
    static QJsonValue named(const QJsonObject &schema); // x-ms-test-value, default, example, enum

    const ConnectorDocument &m_document;
    QJsonObject m_definitions;
};
