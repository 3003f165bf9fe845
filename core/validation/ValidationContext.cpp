#include "ValidationContext.h"

#include "KeywordTable.h"
#include "SchemaMeasurer.h"
#include "ValidationRule.h"

#include "json/JsonFile.h"
#include "json/JsonSource.h"
#include "json/JsonValue.h"

#include <mutex>

using json::JsonPointer;
using json::JsonValue;

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return methods;
}

// Members whose value is an object of author-chosen names (property, parameter, header names...).
bool holdsNames(const QString &key)
{
    static const KeywordTable keys {"properties", "definitions",         "parameters", "responses",
                                    "paths",      "securityDefinitions", "headers",    "patternProperties",
                                    "scopes",     "connectionParameters"};
    return keys.contains(key);
}

// Members whose value is data (examples, defaults, enums): their keys are not keywords.
bool holdsData(const QString &key)
{
    static const KeywordTable keys {"example", "examples",        "x-example", "default",
                                    "enum",    "x-ms-test-value", "const",     "x-ms-openai-data"};
    return keys.contains(key);
}

using KeyKind = ValidationContext::KeyKind;

// A switch on the first character keeps this cheap: it runs for every key of the file.
KeyKind classify(const QString &key)
{
    if (key.isEmpty())
        return KeyKind::Count;
    switch (key.at(0).unicode()) {
    case '$':
        return key == QLatin1String("$ref") ? KeyKind::Ref : KeyKind::Count;
    case 'e':
        return key == QLatin1String("enum") ? KeyKind::Enum : KeyKind::Count;
    case 'd':
        return key == QLatin1String("default") ? KeyKind::Default : KeyKind::Count;
    case 'X':
        return KeyKind::Extension;
    case 'x':
        break;
    default:
        return KeyKind::Count;
    }
    if (key == QLatin1String("x-ms-summary"))
        return KeyKind::Count;
    if (key == QLatin1String("x-ms-visibility"))
        return KeyKind::Visibility;
    if (key == QLatin1String("x-ms-trigger"))
        return KeyKind::Trigger;
    if (key == QLatin1String("x-ms-url-encoding"))
        return KeyKind::UrlEncoding;
    if (key == QLatin1String("x-ms-enum-values"))
        return KeyKind::EnumValues;
    if (key.startsWith(QLatin1String("x-ms-dynamic-")))
        return KeyKind::Dynamic;
    return KeyKind::Extension;
}

struct MemberCollector
{
    std::array<std::vector<ValidationContext::Member>, size_t(KeyKind::Count)> &out;

    void collect(const JsonValue *node, bool keysAreNames, bool propertiesFileRoot, int depth)
    {
        if (!node->isContainer() || depth > 600)
            return;
        const bool object = node->isObject();
        for (int i = 0; i < node->size(); ++i) {
            const JsonValue *value = node->at(i);
            if (!object) {
                collect(value, false, false, depth + 1);
                continue;
            }
            const QString &key = node->itemAt(i).key;
            if (!keysAreNames) {
                const KeyKind kind = classify(key);
                if (kind != KeyKind::Count)
                    out[size_t(kind)].push_back({node, i});
                if (holdsData(key))
                    continue;
            }
            const bool childNames
                = !keysAreNames && !propertiesFileRoot && value->isObject() && holdsNames(key);
            collect(value, childNames, false, depth + 1);
        }
    }
};

} // namespace

const QString &ValidationContext::Member::key() const
{
    return object->itemAt(index).key;
}

const JsonValue *ValidationContext::Member::value() const
{
    return object->at(index);
}

// The walks over the whole tree that many rules read: each is built once, on first use, by whichever
// thread asks first (the others wait for it), and only read from then on.
struct ValidationContext::Indexes
{
    using MemberIndex = std::array<std::vector<Member>, size_t(KeyKind::Count)>;
    std::once_flag definitionMembersOnce, propertiesMembersOnce, schemasOnce, parameterDefinitionsOnce,
        operationIdsOnce, parametersOnce;
    MemberIndex definitionMembers;
    MemberIndex propertiesMembers;
    std::vector<const JsonValue *> schemas;
    // forEachParameterDefinition's visits.
    std::vector<std::pair<const JsonValue *, JsonPointer>> parameterDefinitions;
    QSet<QString> operationIds;
    QHash<const JsonValue *, QList<Parameter>> parameters; // parameters() of each operation
};

ValidationContext::ValidationContext(const json::JsonFile &definition, const json::JsonFile &properties,
                                     qint64 definitionBytes)
    : m_definitionFile(definition),
      m_propertiesFile(properties),
      m_definition(definition.root()),
      m_propertiesRoot(properties.root()),
      m_definitionBytes(definitionBytes),
      m_indexes(std::make_shared<Indexes>())
{
    if (m_propertiesRoot && m_propertiesRoot->isObject())
        m_properties = m_propertiesRoot->member(QStringLiteral("properties"));
    collectOperations();
}

ValidationContext::ValidationContext(const ValidationContext &sibling)
    : m_definitionFile(sibling.m_definitionFile),
      m_propertiesFile(sibling.m_propertiesFile),
      m_definition(sibling.m_definition),
      m_propertiesRoot(sibling.m_propertiesRoot),
      m_properties(sibling.m_properties),
      m_definitionBytes(sibling.m_definitionBytes),
      m_operations(sibling.m_operations),
      m_indexes(sibling.m_indexes)
{
}

void ValidationContext::collectOperations()
{
    const JsonValue *paths = m_definition ? m_definition->member(QStringLiteral("paths")) : nullptr;
    if (!paths || !paths->isObject())
        return;
    const JsonPointer pathsPointer({QStringLiteral("paths")});
    for (int i = 0; i < paths->size(); ++i) {
        const JsonValue *pathItem = paths->at(i);
        if (!pathItem->isObject())
            continue;
        for (int m = 0; m < pathItem->size(); ++m) {
            const QString method = pathItem->keyAt(m);
            if (!httpMethods().contains(method) || !pathItem->at(m)->isObject())
                continue;
            Operation op;
            op.path = paths->keyAt(i);
            op.method = method;
            op.pointer = pathsPointer.child(op.path).child(method);
            op.node = pathItem->at(m);
            op.pathItem = pathItem;
            m_operations.append(op);
        }
    }
}

const std::vector<ValidationContext::Member> &ValidationContext::members(KeyKind kind, Part part) const
{
    const bool definition = part == Part::Definition;
    Indexes::MemberIndex &index = definition ? m_indexes->definitionMembers : m_indexes->propertiesMembers;
    std::call_once(definition ? m_indexes->definitionMembersOnce : m_indexes->propertiesMembersOnce, [&] {
        if (const JsonValue *root = definition ? m_definition : m_propertiesRoot)
            MemberCollector {index}.collect(root, false, !definition, 0);
    });
    return index[size_t(kind)];
}

ValidationContext::~ValidationContext() = default;

SchemaMeasurer &ValidationContext::schemaMeasurer() const
{
    if (!m_measurer)
        m_measurer = std::make_unique<SchemaMeasurer>(*this);
    return *m_measurer;
}

const std::vector<const JsonValue *> &ValidationContext::schemas() const
{
    std::call_once(m_indexes->schemasOnce, [this] { collectSchemas(m_indexes->schemas); });
    return m_indexes->schemas;
}

const QSet<QString> &ValidationContext::operationIds() const
{
    std::call_once(m_indexes->operationIdsOnce, [this] {
        for (const Operation &op : m_operations) {
            const QString id = stringAt(op.node, QStringLiteral("operationId"));
            if (!id.isEmpty())
                m_indexes->operationIds.insert(id);
        }
    });
    return m_indexes->operationIds;
}

QString ValidationContext::operationLabel(const Operation &operation)
{
    const QString id = stringAt(operation.node, QStringLiteral("operationId"));
    return id.isEmpty() ? operation.method.toUpper() + QLatin1Char(' ') + operation.path : id;
}

void ValidationContext::forEachParameterDefinition(
    const std::function<void(const JsonValue *, const JsonPointer &)> &visit) const
{
    std::call_once(m_indexes->parameterDefinitionsOnce, [this] {
        collectParameterDefinitions([this](const JsonValue *node, const JsonPointer &at) {
            m_indexes->parameterDefinitions.emplace_back(node, at);
        });
    });
    for (const auto &[node, at] : m_indexes->parameterDefinitions)
        visit(node, at);
}

void ValidationContext::collectParameterDefinitions(
    const std::function<void(const JsonValue *, const JsonPointer &)> &visit) const
{
    if (!m_definition || !m_definition->isObject())
        return;
    if (const JsonValue *shared = m_definition->member(QStringLiteral("parameters"));
        shared && shared->isObject()) {
        for (int i = 0; i < shared->size(); ++i) {
            if (shared->at(i)->isObject())
                visit(shared->at(i), JsonPointer({QStringLiteral("parameters"), shared->keyAt(i)}));
        }
    }
    auto visitList = [&](const JsonValue *owner, const JsonPointer &at) {
        const JsonValue *list = owner->member(QStringLiteral("parameters"));
        if (!list || !list->isArray())
            return;
        for (int i = 0; i < list->size(); ++i) {
            const JsonValue *entry = list->at(i);
            if (entry->isObject() && !entry->member(QStringLiteral("$ref")))
                visit(entry, at.child(QStringLiteral("parameters")).child(i));
        }
    };
    const JsonValue *previousPathItem = nullptr;
    for (const Operation &op : m_operations) {
        if (op.pathItem != previousPathItem)
            visitList(op.pathItem, op.pointer.parentPointer());
        previousPathItem = op.pathItem;
        visitList(op.node, op.pointer);
    }
}

const ValidationContext::Operation *ValidationContext::operationById(const QString &operationId) const
{
    for (const Operation &op : m_operations) {
        if (stringAt(op.node, QStringLiteral("operationId")) == operationId)
            return &op;
    }
    return nullptr;
}

QList<ValidationContext::Parameter> ValidationContext::parameters(const Operation &operation) const
{
    // A dozen rules ask for the same lists: they are collected once, for every operation. Rules do
    // not edit the tree, so the lists stay valid for the context's life.
    std::call_once(m_indexes->parametersOnce, [this] {
        for (const Operation &op : m_operations)
            m_indexes->parameters.insert(op.node, collectParameters(op));
    });
    if (const auto known = m_indexes->parameters.constFind(operation.node);
        known != m_indexes->parameters.constEnd())
        return *known;
    return collectParameters(operation); // not one of this definition's operations
}

QList<ValidationContext::Parameter> ValidationContext::collectParameters(const Operation &operation) const
{
    QList<Parameter> result;
    auto collect = [&](const JsonValue *owner, const JsonPointer &ownerPointer, bool pathLevel) {
        const JsonValue *list = owner->member(QStringLiteral("parameters"));
        if (!list || !list->isArray())
            return;
        for (int i = 0; i < list->size(); ++i) {
            const JsonValue *node = deref(list->at(i));
            if (node && node->isObject())
                result.append({ownerPointer.child(QStringLiteral("parameters")).child(i), node, pathLevel});
        }
    };
    collect(operation.pathItem, operation.pointer.parentPointer(), true);
    collect(operation.node, operation.pointer, false);
    return result;
}

const JsonValue *ValidationContext::resolveRef(const QString &ref) const
{
    if (!ref.startsWith(QLatin1Char('#')) || !m_definition)
        return nullptr;
    // The same few references are followed thousands of times in a large connector.
    if (const auto known = m_refs.constFind(ref); known != m_refs.constEnd())
        return *known;
    JsonPointer pointer;
    const JsonValue *target
        = JsonPointer::parse(ref.mid(1), &pointer) ? pointer.resolve(m_definition) : nullptr;
    m_refs.insert(ref, target);
    return target;
}

const JsonValue *ValidationContext::refOf(const JsonValue *node)
{
    if (!node || !node->isObject())
        return nullptr;
    // A hot path: a cheap length and first-character test before comparing ("$ref" vs "type").
    for (int i = node->size() - 1; i >= 0; --i) {
        const QString &key = node->itemAt(i).key;
        if (key.size() == 4 && key.front() == QLatin1Char('$') && key == QLatin1String("$ref"))
            return node->at(i);
    }
    return nullptr;
}

const JsonValue *ValidationContext::deref(const JsonValue *node) const
{
    const JsonValue *ref = refOf(node);
    if (!ref || !ref->isString())
        return node;
    return resolveRef(ref->toString());
}

QString ValidationContext::stringAt(const JsonValue *object, const QString &key)
{
    if (!object || !object->isObject())
        return {};
    const JsonValue *value = object->member(key);
    return value && value->isString() ? value->toString() : QString();
}

void ValidationContext::report(Part part, const JsonPointer &pointer, const QString &message,
                               const QuickFix &fix)
{
    report(m_rule ? m_rule->id : QString(), m_rule ? m_rule->severity : Severity::Error, part, pointer,
           message, fix);
}

void ValidationContext::report(const QString &ruleId, Severity severity, Part part,
                               const JsonPointer &pointer, const QString &message, const QuickFix &fix)
{
    ValidationFinding finding;
    finding.ruleId = ruleId;
    finding.severity = severity;
    finding.part = part;
    finding.pointer = pointer;
    finding.message = message;
    finding.fix = fix;
    locate(finding);
    m_findings.append(finding);
}

void ValidationContext::reportAt(Part part, int line, int column, const QString &message)
{
    ValidationFinding finding;
    finding.ruleId = m_rule ? m_rule->id : QString();
    finding.severity = m_rule ? m_rule->severity : Severity::Error;
    finding.part = part;
    finding.message = message;
    finding.fileName = (part == Part::Definition ? m_definitionFile : m_propertiesFile).fileName();
    finding.line = line;
    finding.column = column;
    m_findings.append(finding);
}

// The line and column of the pointer's member name (or value), from the file as read.
// Nodes added by edits have no position: the nearest ancestor that has one is used.
void ValidationContext::locate(ValidationFinding &finding) const
{
    const json::JsonFile &file = finding.part == Part::Definition ? m_definitionFile : m_propertiesFile;
    finding.fileName = file.fileName();
    if (!file.root())
        return;
    JsonPointer pointer = finding.pointer;
    const JsonValue *node = pointer.resolve(file.root());
    while (!node && !pointer.isRoot()) {
        pointer = pointer.parentPointer();
        node = pointer.resolve(file.root());
    }
    for (; node; node = node->parent()) {
        int offset = node->hasSource() ? node->sourceStart() : -1;
        const JsonValue *parent = node->parent();
        if (parent && parent->isObject() && parent->hasSource()) {
            const JsonValue::Item &item = parent->itemAt(node->indexInParent());
            if (item.hasSource())
                offset = item.keyStart;
        }
        if (offset >= 0 && node->source()) {
            finding.line = node->source()->lineAt(offset);
            finding.column = node->source()->columnAt(offset);
            return;
        }
    }
}

void ValidationContext::forEachSchema(
    const std::function<void(const JsonValue *, const JsonPointer &)> &visit) const
{
    for (const JsonValue *schema : schemas())
        visit(schema, JsonPointer::of(schema));
}

// Every object that sits where a schema is expected. Pointers are not built here: rules
// compute one (JsonPointer::of) only for the few schemas they report on.
void ValidationContext::collectSchemas(std::vector<const JsonValue *> &out) const
{
    if (!m_definition || !m_definition->isObject())
        return;
    std::function<void(const JsonValue *, int)> walk = [&](const JsonValue *schema, int depth) {
        if (!schema || !schema->isObject() || depth > 64)
            return;
        out.push_back(schema);
        forEachSubschema(schema, [&](const JsonValue *child) { walk(child, depth + 1); });
    };
    // Named schemas, shared parameters and responses, then what operations write inline.
    // A $ref is not followed: its target is visited where it is defined.
    auto walkNamed = [&](const QString &section, const QString &schemaKey) {
        const JsonValue *named = m_definition->member(section);
        for (int i = 0; named && named->isObject() && i < named->size(); ++i) {
            if (schemaKey.isEmpty())
                walk(named->at(i), 0);
            else if (named->at(i)->isObject())
                walk(named->at(i)->member(schemaKey), 0);
        }
    };
    walkNamed(QStringLiteral("definitions"), QString());
    walkNamed(QStringLiteral("parameters"), QStringLiteral("schema"));
    walkNamed(QStringLiteral("responses"), QStringLiteral("schema"));
    auto walkInline = [&](const JsonValue *owner, const QString &listKey) {
        const JsonValue *list = owner->member(listKey);
        for (int i = 0; list && list->isContainer() && i < list->size(); ++i) {
            const JsonValue *entry = list->at(i);
            if (entry->isObject() && !refOf(entry))
                walk(entry->member(QStringLiteral("schema")), 0);
        }
    };
    const JsonValue *previousPathItem = nullptr;
    for (const Operation &op : m_operations) {
        if (op.pathItem != previousPathItem)
            walkInline(op.pathItem, QStringLiteral("parameters"));
        previousPathItem = op.pathItem;
        walkInline(op.node, QStringLiteral("parameters"));
        walkInline(op.node, QStringLiteral("responses"));
    }
}
