#include "OperationIndex.h"

#include "SwaggerKeys.h"

using json::JsonPointer;
using json::JsonValue;
namespace K = SwaggerKeys;

static QString stringMember(const JsonValue *object, QLatin1String key)
{
    const JsonValue *value = object->member(key);
    return value && value->isString() ? value->toString() : QString();
}

void OperationIndex::rebuild(const ConnectorDocument *document)
{
    m_entries.clear();
    m_byId.clear();
    const JsonValue *paths = document ? document->value(ConnectorDocument::Part::Definition,
                                                        JsonPointer(QStringList{QString(K::Paths)}))
                                      : nullptr;
    if (!paths || !paths->isObject())
        return;
    for (int p = 0; p < paths->size(); ++p) {
        const JsonValue *item = paths->at(p);
        if (!item->isObject())
            continue;
        for (int m = 0; m < item->size(); ++m) {
            const JsonValue *operation = item->at(m);
            if (!operation->isObject() || !OperationKey::isHttpMethod(item->keyAt(m)))
                continue;
            Entry entry;
            entry.key = OperationKey(paths->keyAt(p), item->keyAt(m));
            entry.operationId = stringMember(operation, K::OperationId);
            entry.summary = stringMember(operation, K::Summary);
            entry.visibility = stringMember(operation, K::XmsVisibility);
            const JsonValue *deprecated = operation->member(K::Deprecated);
            entry.deprecated = deprecated && deprecated->toBool();
            entry.trigger = OperationView::triggerKindOf(operation);
            if (!entry.operationId.isEmpty() && !m_byId.contains(entry.operationId))
                m_byId.insert(entry.operationId, int(m_entries.size()));
            m_entries.append(std::move(entry));
        }
    }
}

QVector<int> OperationIndex::actions() const
{
    return filter(QString(), Kind::Actions);
}

QVector<int> OperationIndex::triggers() const
{
    return filter(QString(), Kind::Triggers);
}

int OperationIndex::indexOf(const OperationKey &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

int OperationIndex::indexOfOperationId(const QString &operationId) const
{
    return m_byId.value(operationId, -1);
}

QStringList OperationIndex::operationIds() const
{
    QStringList ids;
    ids.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ids.append(entry.operationId);
    return ids;
}

QStringList OperationIndex::duplicateOperationIds() const
{
    QHash<QString, int> counts;
    QStringList duplicates;
    for (const Entry &entry : m_entries) {
        if (!entry.operationId.isEmpty() && ++counts[entry.operationId] == 2)
            duplicates.append(entry.operationId);
    }
    return duplicates;
}

QVector<int> OperationIndex::filter(const QString &text, Kind kind) const
{
    QVector<int> result;
    const QString needle = text.trimmed();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if ((kind == Kind::Actions && entry.isTrigger()) || (kind == Kind::Triggers && !entry.isTrigger()))
            continue;
        if (!needle.isEmpty() && !entry.summary.contains(needle, Qt::CaseInsensitive)
            && !entry.operationId.contains(needle, Qt::CaseInsensitive)
            && !entry.key.path.contains(needle, Qt::CaseInsensitive))
            continue;
        result.append(i);
    }
    return result;
}

QString OperationIndex::uniqueOperationId(const QString &base, const QString &suffix) const
{
    if (!base.isEmpty() && suffix.isEmpty() && !containsOperationId(base))
        return base;
    const QString stem = base + suffix;
    if (!suffix.isEmpty() && !containsOperationId(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QString::number(n);
        if (!containsOperationId(candidate))
            return candidate;
    }
}

bool OperationIndex::isAffectedBy(ConnectorDocument::Part part, const JsonPointer &pointer)
{
    if (part != ConnectorDocument::Part::Definition)
        return false;
    return pointer.isRoot() || pointer.tokens().first() == K::Paths;
}
