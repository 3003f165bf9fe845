#pragma once

#include "OperationKey.h"
#include "OperationView.h"
#include "document/ConnectorDocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

// A flat snapshot of every operation in /paths, in file order, split into actions and
// triggers (x-ms-trigger). One pass over the tree: cheap enough to rebuild on any change
// under /paths (about 3 ms for the 219 operations of the largest corpus connector, debug build).
class OperationIndex
{
public:
    struct Entry
    {
        OperationKey key;
        QString operationId;
        QString summary;
        QString visibility;
        bool deprecated = false;
        OperationView::TriggerKind trigger = OperationView::TriggerKind::None;

        bool isTrigger() const { return trigger != OperationView::TriggerKind::None; }
        bool operator==(const Entry &other) const
        {
            return key == other.key && operationId == other.operationId && summary == other.summary
                && visibility == other.visibility && deprecated == other.deprecated
                && trigger == other.trigger;
        }
        bool operator!=(const Entry &other) const { return !(*this == other); }
    };

    OperationIndex() = default;
    explicit OperationIndex(const ConnectorDocument *document) { rebuild(document); }

    void rebuild(const ConnectorDocument *document);

    const QVector<Entry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    const Entry &at(int index) const { return m_entries.at(index); }
    QVector<int> actions() const; // indexes into entries()
    QVector<int> triggers() const;

    int indexOf(const OperationKey &key) const;
    int indexOfOperationId(const QString &operationId) const; // first one with that id, or -1
    bool containsOperationId(const QString &operationId) const
    {
        return indexOfOperationId(operationId) >= 0;
    }
    QStringList operationIds() const;
    // Ids used by more than one operation (a validation error, and renames then skip references).
    QStringList duplicateOperationIds() const;

    // Entries whose summary, operationId or path contains text (case-insensitive), of the
    // given kind; an empty text matches everything.
    enum class Kind { All, Actions, Triggers };
    QVector<int> filter(const QString &text, Kind kind = Kind::All) const;

    // base, or base + suffix + 2, 3, ... the first id no operation uses.
    QString uniqueOperationId(const QString &base, const QString &suffix = {}) const;

    // Whether a change at (part, pointer) can change the index.
    static bool isAffectedBy(ConnectorDocument::Part part, const json::JsonPointer &pointer);

private:
    QVector<Entry> m_entries;
    QHash<QString, int> m_byId;
};
