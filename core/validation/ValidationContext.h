#pragma once

#include "ValidationFinding.h"
#include "json/JsonValue.h"

#include <QList>
#include <QSet>
#include <QString>

#include <QHash>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class ConnectorDocument;
class SchemaMeasurer;
struct ValidationRule;
namespace json {
class JsonValue;
class JsonFile;
} // namespace json

// What rules see: the definition and properties trees, helpers to walk operations and
// resolve references, and the sink that locates and collects findings.
class ValidationContext
{
public:
    using Part = ConnectorDocument::Part;
    using Severity = ValidationFinding::Severity;

    struct Operation
    {
        QString path; // "/employees/{id}"
        QString method; // "get"
        json::JsonPointer pointer;
        const json::JsonValue *node = nullptr;
        const json::JsonValue *pathItem = nullptr;
    };
    struct Parameter
    {
        json::JsonPointer pointer; // where it is written (may be a $ref object)
        const json::JsonValue *node = nullptr; // the parameter itself, $ref resolved
        bool pathLevel = false; // declared on the path item, not the operation
    };

    // The keywords rules look up across the whole tree; everything else is not indexed.
    enum class KeyKind : quint8 {
        Ref, // "$ref"
        Enum, // "enum"
        Default, // "default"
        EnumValues, // "x-ms-enum-values"
        Visibility, // "x-ms-visibility"
        Trigger, // "x-ms-trigger"
        UrlEncoding, // "x-ms-url-encoding"
        Dynamic, // "x-ms-dynamic-*"
        Extension, // any other key starting with 'x' (but the ubiquitous x-ms-summary)
        Count
    };
    // One object member that is a keyword (author-chosen names such as property, definition,
    // parameter or header names, and the insides of examples, defaults and enums, are skipped).
    struct Member
    {
        const json::JsonValue *object = nullptr;
        int index = 0;
        const QString &key() const;
        const json::JsonValue *value() const;
    };

    ValidationContext(const json::JsonFile &definition, const json::JsonFile &properties,
                      qint64 definitionBytes);
    // A context for another thread over the same files: it shares the indexes (each built once,
    // by the first thread that asks for it) and keeps its own memos and findings.
    explicit ValidationContext(const ValidationContext &sibling);
    ValidationContext &operator=(const ValidationContext &) = delete;
    ~ValidationContext();

    const json::JsonValue *definition() const { return m_definition; }
    const json::JsonValue *properties() const { return m_properties; } // the "properties" object, or null
    const json::JsonValue *propertiesRoot() const { return m_propertiesRoot; }
    qint64 definitionBytes() const { return m_definitionBytes; }
    const json::JsonFile &file(Part part) const
    {
        return part == Part::Definition ? m_definitionFile : m_propertiesFile;
    }
    // The keyword members of one kind in the definition (or properties) tree, in document
    // order; the index is built in one walk, on first use.
    const std::vector<Member> &members(KeyKind kind, Part part = Part::Definition) const;
    // Schema sizes and depths with references expanded, memoised for the context's lifetime.
    SchemaMeasurer &schemaMeasurer() const;
    // Every schema object of the definition (as forEachSchema visits them), built once.
    const std::vector<const json::JsonValue *> &schemas() const;
    // The operationIds declared anywhere (for references from extensions and properties).
    const QSet<QString> &operationIds() const;
    // "GetItem" or, without an id, "GET /items/{id}": how messages name an operation.
    static QString operationLabel(const Operation &operation);

    const QList<Operation> &operations() const { return m_operations; }
    const Operation *operationById(const QString &operationId) const;
    QList<Parameter> parameters(const Operation &operation) const;
    // Follows a local "$ref" ("#/definitions/X"); null when it does not resolve.
    const json::JsonValue *resolveRef(const QString &ref) const;
    // The "$ref" member's value of an object, or null.
    static const json::JsonValue *refOf(const json::JsonValue *node);
    // Calls visit for each child of a schema that is a schema itself (properties, items,
    // additionalProperties, allOf), in one pass over its members.
    template<typename Visit>
    static void forEachSubschema(const json::JsonValue *schema, Visit visit);
    // The node itself, or the target of its $ref (one level).
    const json::JsonValue *deref(const json::JsonValue *node) const;
    static QString stringAt(const json::JsonValue *object, const QString &key);

    // Reports for the rule being run (its id and severity).
    void report(Part part, const json::JsonPointer &pointer, const QString &message,
                const QuickFix &fix = {});
    void report(const QString &ruleId, Severity severity, Part part, const json::JsonPointer &pointer,
                const QString &message, const QuickFix &fix = {});
    // Reports at a line and column of a file (for what has no pointer: JSON syntax errors).
    void reportAt(Part part, int line, int column, const QString &message);
    void setCurrentRule(const ValidationRule *rule) { m_rule = rule; }
    const QList<ValidationFinding> &findings() const { return m_findings; }
    QList<ValidationFinding> takeFindings() { return std::move(m_findings); }

    // Calls visit for every parameter object where it is written (shared #/parameters, path items,
    // operations); $ref entries are skipped, their target is visited where it is defined.
    void forEachParameterDefinition(
        const std::function<void(const json::JsonValue *, const json::JsonPointer &)> &visit) const;
    // Calls visit for every schema object below the definition (definitions, parameters, responses),
    // with its pointer (computed per schema: prefer schemas() in hot paths).
    void
    forEachSchema(const std::function<void(const json::JsonValue *, const json::JsonPointer &)> &visit) const;

private:
    struct Indexes;

    void collectOperations();
    void collectSchemas(std::vector<const json::JsonValue *> &out) const;
    QList<Parameter> collectParameters(const Operation &operation) const;
    void collectParameterDefinitions(
        const std::function<void(const json::JsonValue *, const json::JsonPointer &)> &visit) const;
    void locate(ValidationFinding &finding) const;

    const json::JsonFile &m_definitionFile;
    const json::JsonFile &m_propertiesFile;
    const json::JsonValue *m_definition;
    const json::JsonValue *m_propertiesRoot;
    const json::JsonValue *m_properties = nullptr;
    qint64 m_definitionBytes;
    QList<Operation> m_operations;
    std::shared_ptr<Indexes> m_indexes; // shared with sibling contexts
    // Memos of this context (of this thread):
    mutable QHash<QString, const json::JsonValue *> m_refs; // resolved "$ref" strings
    mutable std::unique_ptr<SchemaMeasurer> m_measurer;
    QList<ValidationFinding> m_findings;
    const ValidationRule *m_rule = nullptr;
};

template<typename Visit>
void ValidationContext::forEachSubschema(const json::JsonValue *schema, Visit visit)
{
    for (int i = 0; i < schema->size(); ++i) {
        const QString &key = schema->itemAt(i).key;
        const json::JsonValue *value = schema->at(i);
        if (key == QLatin1String("properties") || key == QLatin1String("allOf")) {
            for (int c = 0; value->isContainer() && c < value->size(); ++c)
                visit(value->at(c));
        } else if (value->isObject()
                   && (key == QLatin1String("items") || key == QLatin1String("additionalProperties"))) {
            visit(value);
        }
    }
}
