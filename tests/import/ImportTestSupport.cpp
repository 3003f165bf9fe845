#include "ImportTestSupport.h"

#include "domain/JsonBuilder.h"
#include "validation/Validator.h"
#include "json/JsonFile.h"
#include "json/JsonPointer.h"
#include "json/JsonWriter.h"

namespace ImportTest {

const json::JsonValue *at(const ImportedConnector &result, const QString &pointer)
{
    if (!result.definition)
        return nullptr;
    return json::JsonPointer::fromString(pointer).resolve(result.definition.get());
}

const json::JsonValue *propertiesAt(const ImportedConnector &result, const QString &pointer)
{
    if (!result.properties)
        return nullptr;
    return json::JsonPointer::fromString(pointer).resolve(result.properties.get());
}

QString text(const ImportedConnector &result, const QString &pointer)
{
    const json::JsonValue *value = at(result, pointer);
    return value && value->isString() ? value->toString() : QString();
}

QString compactOf(const json::JsonValue *value)
{
    if (!value || !value->isContainer())
        return JsonBuilder::displayText(value);
    json::JsonStyle style;
    style.indentUnit.clear();
    style.newline.clear();
    style.colon = ":";
    return json::JsonWriter(style).write(*JsonBuilder::detachedClone(*value));
}

QString compact(const ImportedConnector &result, const QString &pointer)
{
    return compactOf(at(result, pointer));
}

QList<ImportReport::Entry> entries(const ImportedConnector &result, const QString &needle)
{
    QList<ImportReport::Entry> found;
    for (const ImportReport::Entry &entry : result.report.entries())
        if (entry.message.contains(needle))
            found.append(entry);
    return found;
}

QStringList structuralRuleIds()
{
    // Rules about the document's shape, not its style: a Swagger 2.0 tool or the platform
    // rejects a definition that breaks one of these.
    return {"json-syntax",
            "swagger-version",
            "required-field",
            "keyword-type",
            "type-value",
            "parameter-location",
            "ref-local-target",
            "ref-resolvable",
            "parameter-unique",
            "path-parameter-declared",
            "path-parameter-required",
            "path-parameter-used",
            "single-body-parameter",
            "body-and-form-data",
            "operation-id-required",
            "operation-id-unique"};
}

QStringList structuralErrors(const ImportedConnector &result)
{
    const QByteArray definitionBytes = result.definitionBytes();
    const json::JsonFile definition
        = json::JsonFile::fromBytes(definitionBytes, "apiDefinition.swagger.json");
    const json::JsonFile properties
        = json::JsonFile::fromBytes(result.propertiesBytes(), "apiProperties.json");
    const QStringList ids = structuralRuleIds();
    QStringList problems;
    for (const ValidationFinding &finding :
         Validator().validate(definition, properties, definitionBytes.size()))
        if (ids.contains(finding.ruleId) && finding.severity == ValidationFinding::Severity::Error)
            problems.append(finding.toText());
    return problems;
}

} // namespace ImportTest
