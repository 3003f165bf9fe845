#include "SwaggerOutput.h"

#include "domain/JsonBuilder.h"
#include "domain/NameStyle.h"

#include <QCoreApplication>
#include <QStringList>

using json::JsonValue;

std::unique_ptr<JsonValue> SwaggerOutput::skeleton(const QString &title, const QString &description,
                                                   const QString &version)
{
    JsonBuilder info;
    info.add(QStringLiteral("title"),
             title.trimmed().isEmpty() ? QCoreApplication::translate("SwaggerOutput", "Imported connector")
                                       : title.trimmed());
    info.addIfNotEmpty(QStringLiteral("description"), description.trimmed());
    info.add(QStringLiteral("version"),
             version.trimmed().isEmpty() ? QStringLiteral("1.0") : version.trimmed());
    JsonBuilder root;
    root.add(QStringLiteral("swagger"), QStringLiteral("2.0"));
    root.add(QStringLiteral("info"), info.take());
    return root.take();
}

void SwaggerOutput::orderTopLevel(JsonValue *root)
{
    static const QStringList order = {
        QStringLiteral("swagger"),    QStringLiteral("info"),      QStringLiteral("host"),
        QStringLiteral("basePath"),   QStringLiteral("schemes"),   QStringLiteral("consumes"),
        QStringLiteral("produces"),   QStringLiteral("paths"),     QStringLiteral("definitions"),
        QStringLiteral("parameters"), QStringLiteral("responses"), QStringLiteral("securityDefinitions"),
        QStringLiteral("security"),   QStringLiteral("tags"),      QStringLiteral("x-ms-connector-metadata")};
    int next = 0;
    for (const QString &key : order) {
        const int index = root->indexOf(key);
        if (index < 0)
            continue;
        if (index != next)
            root->moveItem(index, next);
        ++next;
    }
}

JsonValue *SwaggerOutput::object(JsonValue *parent, const QString &key)
{
    if (JsonValue *existing = parent->member(key))
        return existing;
    parent->insertItem(parent->size(), JsonValue::makeObject(), key);
    return parent->at(parent->size() - 1);
}

void SwaggerOutput::set(JsonValue *object, const QString &key, std::unique_ptr<JsonValue> value)
{
    const int index = object->indexOf(key);
    if (index >= 0)
        object->replaceValue(index, std::move(value));
    else
        object->insertItem(object->size(), std::move(value), key);
}

void SwaggerOutput::set(JsonValue *object, const QString &key, const QString &text)
{
    set(object, key, JsonValue::makeString(text));
}

void SwaggerOutput::append(JsonValue *array, std::unique_ptr<JsonValue> value)
{
    array->insertItem(array->size(), std::move(value));
}

std::unique_ptr<JsonValue> SwaggerOutput::copy(const JsonValue &value)
{
    return JsonBuilder::detachedClone(value);
}

QString SwaggerOutput::text(const JsonValue *value)
{
    if (!value)
        return {};
    if (value->isString())
        return value->toString();
    if (value->isNumber())
        return value->numberLexeme();
    if (value->isBool())
        return value->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString OperationIds::take(const QString &name, const QString &fallback)
{
    QString base = NameStyle::identifier(name);
    if (base.isEmpty())
        base = NameStyle::identifier(fallback);
    base.removeIf([](QChar c) { return c.unicode() >= 128; }); // operationIds are ASCII
    if (base.isEmpty())
        base = QStringLiteral("Operation");
    if (base.at(0).isDigit())
        base.prepend(QLatin1Char('_'));
    QString id = base;
    for (int n = 2; contains(id); ++n)
        id = base + QString::number(n);
    reserve(id);
    return id;
}
