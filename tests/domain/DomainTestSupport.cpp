#include "DomainTestSupport.h"

#include "domain/DefinitionEdits.h"
#include "domain/DynamicInputEdits.h"
#include "domain/OperationEdits.h"
#include "domain/OperationRename.h"
#include "domain/ParameterEdits.h"
#include "domain/PathEdits.h"
#include "domain/PolicyEdits.h"
#include "domain/SampleImport.h"
#include "domain/SchemaEdits.h"
#include "domain/TriggerEdits.h"
#include "json/JsonFile.h"
#include "json/JsonParser.h"
#include "json/JsonStyle.h"
#include "json/JsonWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace DomainTest {

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

static const QByteArray EmptyProperties = "{\n  \"properties\": {\n    \"iconBrandColor\": \"#007ee5\"\n  }\n}\n";

Connector::Connector(const QByteArray &definition, const QByteArray &properties)
{
    const QString dir = m_dir.path();
    writeFile(dir + QStringLiteral("/apiDefinition.swagger.json"), definition);
    writeFile(dir + QStringLiteral("/apiProperties.json"), properties.isEmpty() ? EmptyProperties : properties);
    m_open = m_document.open(dir, &m_error);
}

Connector::Connector(const QString &folderToCopy)
{
    QDirIterator it(folderToCopy, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::copy(path, m_dir.filePath(QFileInfo(path).fileName()));
    }
    m_open = m_document.open(m_dir.path(), &m_error);
}

Snapshot Connector::snapshot() const
{
    return {m_document.file(ConnectorDocument::Part::Definition).toBytes(),
            m_document.file(ConnectorDocument::Part::Properties).toBytes()};
}

QString pretty(const QByteArray &json)
{
    QString error;
    std::unique_ptr<json::JsonValue> value = json::JsonParser::parseValue(QString::fromUtf8(json), &error, {});
    if (!value)
        return QStringLiteral("<not JSON: %1>\n%2").arg(error, QString::fromUtf8(json));
    value->detachFromSource();
    return json::JsonWriter(json::JsonStyle()).write(*value);
}

QString compareJson(const QByteArray &actual, const QString &expected)
{
    QString error;
    std::unique_ptr<json::JsonValue> a = json::JsonParser::parseValue(QString::fromUtf8(actual), &error, {});
    if (!a)
        return QStringLiteral("The result is not JSON (%1):\n%2").arg(error, QString::fromUtf8(actual));
    std::unique_ptr<json::JsonValue> e = json::JsonParser::parseValue(expected, &error, {});
    if (!e)
        return QStringLiteral("The expected text is not JSON (%1):\n%2").arg(error, expected);
    if (a->equals(*e))
        return {};
    return QStringLiteral("JSON differs.\n--- actual:\n%1\n--- expected:\n%2").arg(pretty(actual), pretty(expected.toUtf8()));
}

QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    QStringList lines;
    for (int i = head; i < a.size() - tail; ++i)
        lines.append(QLatin1Char('-') + QString::fromUtf8(a.at(i)));
    for (int i = head; i < b.size() - tail; ++i)
        lines.append(QLatin1Char('+') + QString::fromUtf8(b.at(i)));
    return lines;
}

QString corpusPath()
{
    QString dir = qEnvironmentVariable("CD_CORPUS");
    if (dir.isEmpty())
        dir = QDir(qEnvironmentVariable("CD_SOURCE_DIR", QStringLiteral("."))).filePath(QStringLiteral("../shared/corpus"));
    return QFileInfo::exists(dir + QStringLiteral("/connectors/index.tsv")) ? QDir(dir).absolutePath() : QString();
}

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// --- the command language --------------------------------------------------------------

namespace {

struct Args
{
    const json::JsonValue *array;
    QString text(int i) const { return array->at(i) ? array->at(i)->toString() : QString(); }
    int number(int i) const { return array->at(i) ? int(array->at(i)->toInteger()) : 0; }
    const json::JsonValue *value(int i) const { return array->at(i); }
    OperationKey key(int i) const { return OperationKey(text(i + 1), text(i)); } // method, path
};

QString member(const json::JsonValue *object, const char *key)
{
    const json::JsonValue *v = object ? object->member(QString::fromLatin1(key)) : nullptr;
    return v ? v->toString() : QString();
}

QStringList stringList(const json::JsonValue *array)
{
    QStringList list;
    for (int i = 0; array && array->isArray() && i < array->size(); ++i)
        list.append(array->at(i)->toString());
    return list;
}

ParameterSpec specOf(const json::JsonValue *o)
{
    ParameterSpec spec;
    spec.name = member(o, "name");
    spec.location = o->member(QStringLiteral("in")) ? member(o, "in") : spec.location;
    spec.type = o->member(QStringLiteral("type")) ? member(o, "type") : spec.type;
    spec.format = member(o, "format");
    spec.required = o->member(QStringLiteral("required")) && o->member(QStringLiteral("required"))->toBool();
    spec.defaultText = member(o, "default");
    spec.description = member(o, "description");
    spec.summary = member(o, "x-ms-summary");
    spec.visibility = member(o, "x-ms-visibility");
    spec.urlEncoding = member(o, "x-ms-url-encoding");
    spec.enumValues = stringList(o->member(QStringLiteral("enum")));
    spec.enumDisplayNames = stringList(o->member(QStringLiteral("displayNames")));
    return spec;
}

ParameterEdits::Field parameterField(const QString &name)
{
    static const QStringList names{QStringLiteral("name"),        QStringLiteral("in"),
                                   QStringLiteral("type"),        QStringLiteral("format"),
                                   QStringLiteral("required"),    QStringLiteral("default"),
                                   QStringLiteral("description"), QStringLiteral("x-ms-summary"),
                                   QStringLiteral("x-ms-visibility"), QStringLiteral("x-ms-url-encoding"),
                                   QStringLiteral("enum"),        QStringLiteral("displayNames")};
    return ParameterEdits::Field(names.indexOf(name));
}

QVariant variantOf(const json::JsonValue *value)
{
    if (!value)
        return {};
    if (value->isBool())
        return value->toBool();
    if (value->isArray())
        return stringList(value);
    return value->toString();
}

SchemaEdits::Field schemaField(const QString &name)
{
    static const QStringList names{QStringLiteral("type"),        QStringLiteral("format"),
                                   QStringLiteral("title"),       QStringLiteral("x-ms-summary"),
                                   QStringLiteral("description"), QStringLiteral("default"),
                                   QStringLiteral("x-ms-visibility"), QStringLiteral("enum"),
                                   QStringLiteral("x-nullable")};
    return SchemaEdits::Field(names.indexOf(name));
}

OperationEdits::Field operationField(const QString &name)
{
    if (name == QLatin1String("description"))
        return OperationEdits::Field::Description;
    if (name == QLatin1String("visibility"))
        return OperationEdits::Field::Visibility;
    if (name == QLatin1String("deprecated"))
        return OperationEdits::Field::Deprecated;
    return OperationEdits::Field::Summary;
}

json::JsonPointer pointer(const QString &text)
{
    json::JsonPointer p;
    json::JsonPointer::parse(text, &p);
    return p;
}

} // namespace

EditResult run(ConnectorDocument *document, const QString &command)
{
    QString error;
    std::unique_ptr<json::JsonValue> parsed = json::JsonParser::parseValue(command, &error, {});
    if (!parsed || !parsed->isArray() || parsed->size() == 0)
        return EditResult::failure(QStringLiteral("bad test command: ") + command + QStringLiteral(" ") + error);
    const Args a{parsed.get()};
    const QString verb = a.text(0);
    if (verb == QLatin1String("add"))
        return OperationEdits::addOperation(document, a.text(1), a.text(2), a.text(3), a.text(4));
    if (verb == QLatin1String("duplicate"))
        return OperationEdits::duplicateOperation(document, a.key(1));
    if (verb == QLatin1String("delete"))
        return OperationEdits::deleteOperation(document, a.key(1));
    if (verb == QLatin1String("rename"))
        return OperationRename::renameOperation(document, a.text(1), a.text(2));
    if (verb == QLatin1String("renameAt"))
        return OperationRename::renameOperation(document, a.key(1), a.text(3));
    if (verb == QLatin1String("setField"))
        return OperationEdits::setOperationField(document, a.key(1), operationField(a.text(3)), variantOf(a.value(4)));
    if (verb == QLatin1String("setPath"))
        return PathEdits::setPath(document, a.key(1), a.text(3));
    if (verb == QLatin1String("setMethod"))
        return PathEdits::setMethod(document, a.key(1), a.text(3));
    if (verb == QLatin1String("addParam"))
        return ParameterEdits::addParameter(document, a.key(1), specOf(a.value(3)),
                                            a.value(4) ? a.number(4) : -1);
    if (verb == QLatin1String("updateParam"))
        return ParameterEdits::updateParameter(document, pointer(a.text(1)), specOf(a.value(2)));
    if (verb == QLatin1String("setParam"))
        return ParameterEdits::setParameterField(document, pointer(a.text(1)), parameterField(a.text(2)),
                                                 variantOf(a.value(3)));
    if (verb == QLatin1String("removeParam"))
        return ParameterEdits::removeParameter(document, pointer(a.text(1)));
    if (verb == QLatin1String("moveParam"))
        return ParameterEdits::moveParameter(document, a.key(1), a.number(3), a.number(4));
    if (verb == QLatin1String("importRequest")) {
        const json::JsonValue *s = a.value(3);
        return SampleImport::importRequest(document, a.key(1),
                                           {member(s, "method"), member(s, "url"), member(s, "headers"), member(s, "body")});
    }
    if (verb == QLatin1String("importResponse"))
        return SampleImport::importResponse(document, a.key(1), a.text(3), a.text(4), a.text(5));
    if (verb == QLatin1String("renameDefinition"))
        return DefinitionEdits::renameDefinition(document, a.text(1), a.text(2));
    if (verb == QLatin1String("renameParameterDef"))
        return DefinitionEdits::rename(document, DefinitionEdits::Section::Parameters, a.text(1), a.text(2));
    if (verb == QLatin1String("addDefinition"))
        return DefinitionEdits::addDefinition(document, a.text(1));
    if (verb == QLatin1String("removeDefinition"))
        return DefinitionEdits::remove(document, DefinitionEdits::Section::Definitions, a.text(1));
    if (verb == QLatin1String("schemaField"))
        return SchemaEdits::setField(document, pointer(a.text(1)), schemaField(a.text(2)), variantOf(a.value(3)));
    if (verb == QLatin1String("required"))
        return SchemaEdits::setRequired(document, pointer(a.text(1)), a.value(2)->toBool());
    if (verb == QLatin1String("addProp"))
        return SchemaEdits::addProperty(document, pointer(a.text(1)), a.text(2), a.text(3), a.value(4) ? a.number(4) : -1);
    if (verb == QLatin1String("removeProp"))
        return SchemaEdits::removeProperty(document, pointer(a.text(1)));
    if (verb == QLatin1String("renameProp"))
        return SchemaEdits::renameProperty(document, pointer(a.text(1)), a.text(2));
    if (verb == QLatin1String("moveProp"))
        return SchemaEdits::moveProperty(document, pointer(a.text(1)), a.number(2), a.number(3));
    if (verb == QLatin1String("movePropTo"))
        return SchemaEdits::movePropertyTo(document, pointer(a.text(1)), pointer(a.text(2)), a.value(3) ? a.number(3) : -1);
    if (verb == QLatin1String("setRef"))
        return SchemaEdits::setReference(document, pointer(a.text(1)), a.text(2));
    if (verb == QLatin1String("webhook")) {
        const json::JsonValue *o = a.value(3);
        TriggerEdits::Webhook spec;
        if (!member(o, "callback").isEmpty())
            spec.callbackProperty = member(o, "callback");
        spec.batch = member(o, "batch") == QLatin1String("yes");
        spec.notificationSchema = member(o, "schema");
        spec.deleteOperationId = member(o, "deleteId");
        spec.deletePath = member(o, "deletePath");
        return TriggerEdits::makeWebhook(document, a.key(1), spec);
    }
    if (verb == QLatin1String("polling")) {
        const json::JsonValue *o = a.value(3);
        TriggerEdits::Polling spec{member(o, "state"), member(o, "expression"), member(o, "dataPath"),
                                   member(o, "batch") != QLatin1String("no")};
        return TriggerEdits::makePolling(document, a.key(1), spec);
    }
    if (verb == QLatin1String("dynamic")) { // ["dynamic", pointer, kind, {operationId, parameters: [[n, true|false, text]], ...}]
        const json::JsonValue *o = a.value(3);
        DynamicInput input;
        input.kind = DynamicInput::Kind(a.number(2));
        input.operationId = member(o, "operationId");
        input.collectionPath = member(o, "collection");
        input.valuePath = member(o, "value");
        input.titlePath = member(o, "title");
        const json::JsonValue *mapped = o ? o->member(QStringLiteral("parameters")) : nullptr;
        for (int i = 0; mapped && i < mapped->size(); ++i)
            input.parameters.append({mapped->at(i)->at(0)->toString(), mapped->at(i)->at(1)->toBool(),
                                     mapped->at(i)->at(2)->toString()});
        return DynamicInputEdits::set(document, pointer(a.text(1)), input);
    }
    if (verb == QLatin1String("removeDynamic"))
        return DynamicInputEdits::remove(document, pointer(a.text(1)), DynamicInput::Kind(a.number(2)));
    if (verb == QLatin1String("addPolicy"))
        return PolicyEdits::addPolicy(document, a.text(1), a.text(2), stringList(a.value(3)));
    if (verb == QLatin1String("duplicatePolicy"))
        return PolicyEdits::duplicatePolicy(document, a.number(1));
    if (verb == QLatin1String("removePolicy"))
        return PolicyEdits::removePolicy(document, a.number(1));
    if (verb == QLatin1String("policyTitle"))
        return PolicyEdits::setTitle(document, a.number(1), a.text(2));
    if (verb == QLatin1String("policyParam"))
        return PolicyEdits::setParameter(document, a.number(1), a.text(2), a.text(3));
    if (verb == QLatin1String("policyOperations"))
        return PolicyEdits::setOperations(document, a.number(1), stringList(a.value(2)));
    if (verb == QLatin1String("replacePolicy"))
        return PolicyEdits::replacePolicy(document, a.number(1), a.text(2));
    return EditResult::failure(QStringLiteral("unknown test command: ") + verb);
}

} // namespace DomainTest
