#include "ConnectorBudget.h"

#include "SchemaMeasurer.h"
#include "ValidationContext.h"

#include "document/ConnectorDocument.h"
#include "json/JsonFile.h"
#include "json/JsonValue.h"

#include <QUndoStack>

#include <algorithm>

namespace {

qint64 utf8Size(const QChar c)
{
    return c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 || c.isSurrogate() ? 2 : 3;
}

// A JSON string literal's size: quotes, escapes, UTF-8.
qint64 stringSize(const QString &text)
{
    qint64 size = 2;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\' || u == '\n' || u == '\r' || u == '\t' || u == '\b' || u == '\f')
            size += 2;
        else if (u < 0x20)
            size += 6;
        else
            size += utf8Size(c);
    }
    return size;
}

} // namespace

qint64 ConnectorBudget::minifiedSize(const json::JsonValue &value)
{
    switch (value.type()) {
    case json::JsonValue::Type::Null:
        return 4;
    case json::JsonValue::Type::Bool:
        return value.toBool() ? 4 : 5;
    case json::JsonValue::Type::Number:
        return value.numberLexeme().size();
    case json::JsonValue::Type::String:
        return stringSize(value.toString());
    case json::JsonValue::Type::Array:
    case json::JsonValue::Type::Object:
        break;
    }
    qint64 size = 2 + std::max(0, value.size() - 1); // brackets and commas
    for (int i = 0; i < value.size(); ++i) {
        if (value.isObject())
            size += stringSize(value.keyAt(i)) + 1;
        size += minifiedSize(*value.at(i));
    }
    return size;
}

qint64 ConnectorBudget::definitionSize(const ConnectorDocument &document)
{
    const json::JsonFile &file = document.file(ConnectorDocument::Part::Definition);
    if (!file.isValid())
        return 0;
    return file.encodedSize(document.undoStack()->count() > 0 ? file.toText() : file.text());
}

ConnectorBudget::Figures ConnectorBudget::measure(const ConnectorDocument &document)
{
    return measure(document.file(ConnectorDocument::Part::Definition), definitionSize(document));
}

ConnectorBudget::Figures ConnectorBudget::measure(const json::JsonFile &definition, qint64 definitionBytes)
{
    Figures figures;
    figures.definitionBytes = definitionBytes;
    if (!definition.root())
        return figures;
    figures.minifiedBytes = minifiedSize(*definition.root());
    static const json::JsonFile noProperties;
    const ValidationContext ctx(definition, noProperties, definitionBytes);
    figures.operations = int(ctx.operations().size());
    SchemaMeasurer &measurer = ctx.schemaMeasurer();
    auto consider = [&](const json::JsonValue *schema, const ValidationContext::Operation &op, const QString &what) {
        const SchemaMeasurer::Measure m = measurer.measure(schema);
        if (m.count > figures.largestBodySchemas) {
            figures.largestBodySchemas = m.count;
            figures.largestBodyOperation = ValidationContext::operationLabel(op);
            figures.largestBody = QStringLiteral("%1 of %2").arg(what, figures.largestBodyOperation);
        }
        figures.deepestBody = std::max(figures.deepestBody, m.depth);
    };
    for (const auto &op : ctx.operations()) {
        for (const auto &p : ctx.parameters(op)) {
            if (ValidationContext::stringAt(p.node, QStringLiteral("in")) == QLatin1String("body"))
                consider(p.node->member(QStringLiteral("schema")), op, QStringLiteral("request body"));
        }
        const json::JsonValue *responses = op.node->member(QStringLiteral("responses"));
        for (int i = 0; responses && responses->isObject() && i < responses->size(); ++i) {
            const json::JsonValue *response = ctx.deref(responses->at(i));
            if (response && response->isObject())
                consider(response->member(QStringLiteral("schema")), op,
                         QStringLiteral("response ") + responses->keyAt(i));
        }
    }
    return figures;
}
