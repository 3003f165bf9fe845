#include "ReferenceMerge.h"

#include "MergeRules.h"
#include "json/JsonValue.h"

using json::JsonValue;

const QStringList &ReferenceMerge::sections()
{
    static const QStringList names {QStringLiteral("definitions"), QStringLiteral("parameters"),
                                    QStringLiteral("responses")};
    return names;
}

static const JsonValue *section(const JsonValue *root, const QString &name)
{
    const JsonValue *value = root && root->isObject() ? root->member(name) : nullptr;
    return value && value->isObject() ? value : nullptr;
}

// "#/definitions/Pet/properties/x" -> "definitions/Pet"; empty for anything else.
static QString addressOf(const QString &reference)
{
    if (!reference.startsWith(QLatin1String("#/")))
        return {};
    const QStringList parts = reference.mid(2).split(QLatin1Char('/'));
    if (parts.size() < 2 || !ReferenceMerge::sections().contains(parts.at(0)))
        return {};
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

static QString uniqueName(const QString &name, const JsonValue *a, const JsonValue *b,
                          const QSet<QString> &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = name + QString::number(n);
        if ((!a || a->indexOf(candidate) < 0) && (!b || b->indexOf(candidate) < 0)
            && !taken.contains(candidate))
            return candidate;
    }
}

QHash<QString, QString> ReferenceMerge::resolveCollisions(const JsonValue *connector, JsonValue *imported)
{
    QHash<QString, QString> renames;
    QSet<QString> taken;
    // A rename changes the references inside other items, which may make them differ in turn.
    for (bool more = true; more;) {
        QHash<QString, QString> round;
        for (const QString &name : sections()) {
            const JsonValue *mine = section(connector, name);
            const JsonValue *theirs = section(imported, name);
            if (!mine || !theirs)
                continue;
            const auto kind = name == QLatin1String("parameters") ? MergeRules::Kind::Parameter
                                                                  : MergeRules::Kind::Schema;
            for (int i = 0; i < theirs->size(); ++i) {
                const QString key = theirs->keyAt(i);
                const QString address = name + QLatin1Char('/') + key;
                if (renames.contains(address) || mine->indexOf(key) < 0
                    || MergeRules::sameShape(theirs->at(i), mine->member(key), kind))
                    continue;
                const QString unique = uniqueName(key, mine, theirs, taken);
                taken.insert(unique);
                round.insert(address, unique);
            }
        }
        rewrite(imported, round);
        renames.insert(round);
        more = !round.isEmpty();
    }
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        const QString name = it.key().section(QLatin1Char('/'), 0, 0);
        JsonValue *items = const_cast<JsonValue *>(section(imported, name));
        items->renameKey(items->indexOf(it.key().section(QLatin1Char('/'), 1)), it.value());
    }
    return renames;
}

void ReferenceMerge::collect(const JsonValue *node, QSet<QString> *references)
{
    if (!node || !node->isContainer())
        return;
    for (int i = 0; i < node->size(); ++i) {
        const JsonValue *child = node->at(i);
        if (node->isObject() && node->keyAt(i) == QLatin1String("$ref") && child->isString()) {
            const QString address = addressOf(child->toString());
            if (!address.isEmpty())
                references->insert(address);
        } else {
            collect(child, references);
        }
    }
}

QStringList ReferenceMerge::missing(const JsonValue *connector, const JsonValue *imported,
                                    QSet<QString> references)
{
    QSet<QString> needed;
    QStringList queue(references.cbegin(), references.cend());
    while (!queue.isEmpty()) {
        const QString address = queue.takeLast();
        const QString name = address.section(QLatin1Char('/'), 0, 0);
        const QString key = address.section(QLatin1Char('/'), 1);
        const JsonValue *mine = section(connector, name);
        const JsonValue *theirs = section(imported, name);
        if ((mine && mine->indexOf(key) >= 0) || !theirs || theirs->indexOf(key) < 0
            || needed.contains(address))
            continue;
        needed.insert(address);
        QSet<QString> inner;
        collect(theirs->member(key), &inner);
        queue.append(QStringList(inner.cbegin(), inner.cend()));
    }
    QStringList ordered;
    for (const QString &name : sections()) {
        const JsonValue *theirs = section(imported, name);
        for (int i = 0; theirs && i < theirs->size(); ++i) {
            const QString address = name + QLatin1Char('/') + theirs->keyAt(i);
            if (needed.contains(address))
                ordered.append(address);
        }
    }
    return ordered;
}

void ReferenceMerge::rewrite(JsonValue *node, const QHash<QString, QString> &renames)
{
    if (!node || !node->isContainer() || renames.isEmpty())
        return;
    for (int i = 0; i < node->size(); ++i) {
        JsonValue *child = node->at(i);
        if (node->isObject() && node->keyAt(i) == QLatin1String("$ref") && child->isString()) {
            const QString reference = child->toString();
            const QString address = addressOf(reference);
            const auto it = renames.constFind(address);
            if (it == renames.cend())
                continue;
            const QString rest = reference.mid(2 + address.size());
            node->replaceValue(i,
                               JsonValue::makeString(QStringLiteral("#/")
                                                     + address.section(QLatin1Char('/'), 0, 0)
                                                     + QLatin1Char('/') + it.value() + rest));
        } else {
            rewrite(child, renames);
        }
    }
}
