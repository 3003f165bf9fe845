#include "DefinitionEdits.h"

#include "EditTransaction.h"
#include "JsonBuilder.h"
#include "LocalReference.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("DefinitionEdits", text);
}

QString DefinitionEdits::sectionKey(Section section)
{
    switch (section) {
    case Section::Definitions:
        return K::Definitions;
    case Section::Parameters:
        return K::Parameters;
    case Section::Responses:
        return K::Responses;
    }
    return {};
}

QStringList DefinitionEdits::names(const ConnectorDocument *document, Section section)
{
    const JsonValue *node = document->value(Part::Definition, JsonPointer(QStringList {sectionKey(section)}));
    return node && node->isObject() ? node->keys() : QStringList();
}

QList<JsonPointer> DefinitionEdits::findUsages(const ConnectorDocument *document, const QString &ref)
{
    QList<JsonPointer> out;
    JsonPointer target;
    if (!LocalReference::target(ref, &target) || target.isRoot())
        return out;
    QStringList path;
    collectRefs(document->root(Part::Definition), path, target, out);
    return out;
}

void DefinitionEdits::collectRefs(const JsonValue *node, QStringList &path, const JsonPointer &target,
                                  QList<JsonPointer> &out)
{
    if (!node || !node->isContainer())
        return;
    for (int i = 0; i < node->size(); ++i) {
        const JsonValue *child = node->at(i);
        if (node->isObject() && child->isString() && node->keyAt(i) == K::Ref) {
            JsonPointer points;
            if (LocalReference::target(child->toString(), &points) && points.startsWith(target))
                out.append(JsonPointer(path).child(K::Ref));
            continue;
        }
        if (!child->isContainer())
            continue;
        path.append(node->isObject() ? node->keyAt(i) : QString::number(i));
        collectRefs(child, path, target, out);
        path.removeLast();
    }
}

EditResult DefinitionEdits::rename(ConnectorDocument *document, Section section, const QString &oldName,
                                   const QString &newName)
{
    const QString key = sectionKey(section);
    const JsonPointer sectionPointer(QStringList {key});
    if (!document->value(Part::Definition, sectionPointer.child(oldName)))
        return EditResult::failure(tr("There is no %1 entry \"%2\".").arg(key, oldName));
    if (newName.trimmed().isEmpty())
        return EditResult::failure(tr("The name is empty."));
    if (newName == oldName)
        return EditResult::success(sectionPointer.child(oldName));
    if (document->value(Part::Definition, sectionPointer.child(newName)))
        return EditResult::failure(tr("\"%1\" already exists in %2.").arg(newName, key));

    // The new text of each $ref, and where it is once the entry is renamed (refs inside the
    // renamed entry itself move with it).
    QList<QPair<JsonPointer, QString>> rewrites;
    const JsonPointer oldEntry = sectionPointer.child(oldName);
    for (const JsonPointer &usage : findUsages(document, LocalReference::make(key, oldName))) {
        JsonPointer points;
        LocalReference::target(document->value(Part::Definition, usage)->toString(), &points);
        QStringList tokens = points.tokens();
        tokens[1] = newName;
        QStringList at = usage.tokens();
        if (usage.startsWith(oldEntry))
            at[1] = newName;
        rewrites.append({JsonPointer(at), QLatin1Char('#') + JsonPointer(tokens).toString()});
    }
    EditTransaction edit(document, tr("Rename %1 to %2").arg(oldName, newName));
    edit.renameKey(Part::Definition, oldEntry, newName);
    for (const auto &rewrite : rewrites)
        edit.setString(Part::Definition, rewrite.first, rewrite.second);
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return EditResult::success(sectionPointer.child(newName));
}

EditResult DefinitionEdits::addDefinition(ConnectorDocument *document, const QString &name,
                                          std::unique_ptr<JsonValue> schema)
{
    return add(document, Section::Definitions, name, std::move(schema));
}

// What a new entry of each section starts as: valid Swagger the user then fills in.
std::unique_ptr<JsonValue> DefinitionEdits::newEntry(Section section, const QString &name)
{
    switch (section) {
    case Section::Definitions:
        return JsonBuilder()
            .add(K::Type, QStringLiteral("object"))
            .add(K::Properties, JsonValue::makeObject())
            .take();
    case Section::Parameters:
        return JsonBuilder()
            .add(K::Name, name)
            .add(K::In, QStringLiteral("query"))
            .add(K::Type, QStringLiteral("string"))
            .take();
    case Section::Responses:
        return JsonBuilder().add(K::Description, QString()).take();
    }
    return JsonValue::makeObject();
}

EditResult DefinitionEdits::add(ConnectorDocument *document, Section section, const QString &name,
                                std::unique_ptr<JsonValue> value)
{
    const QString key = sectionKey(section);
    const JsonPointer container(QStringList {key});
    if (name.trimmed().isEmpty())
        return EditResult::failure(tr("The name is empty."));
    if (document->value(Part::Definition, container.child(name)))
        return EditResult::failure(tr("\"%1\" already exists in %2.").arg(name, key));
    if (!value)
        value = newEntry(section, name);
    QString error;
    const bool ok = document->value(Part::Definition, container)
        ? document->insert(Part::Definition, container, -1, std::move(value), name, &error)
        : document->setValue(Part::Definition, container.child(name), std::move(value), &error);
    return ok ? EditResult::success(container.child(name)) : EditResult::failure(error);
}

EditResult DefinitionEdits::remove(ConnectorDocument *document, Section section, const QString &name)
{
    const QString key = sectionKey(section);
    const JsonPointer at = JsonPointer(QStringList {key}).child(name);
    if (!document->value(Part::Definition, at))
        return EditResult::failure(tr("There is no %1 entry \"%2\".").arg(key, name));
    const QList<JsonPointer> usages = findUsages(document, LocalReference::make(key, name));
    QStringList outside;
    for (const JsonPointer &usage : usages) {
        if (!usage.startsWith(at)) // a self-reference goes away with the entry
            outside.append(usage.toString());
    }
    if (!outside.isEmpty())
        return EditResult::failure(
            tr("\"%1\" is still used at %2.").arg(name, outside.join(QStringLiteral(", "))));
    QString error;
    if (!document->remove(Part::Definition, at, &error))
        return EditResult::failure(error);
    return EditResult::success(at);
}
