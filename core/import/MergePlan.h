#pragma once

#include "MergeChange.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// What a re-import would do to the open connector (ConnectorMerge::plan), shown before it is
// applied (ConnectorMerge::apply). Copyable: the prepared JSON is shared and never changed.
struct MergePlan
{
    QString error; // the import gave nothing to merge
    QList<MergeChange> changes; // in the import's order, then the removed ones in the connector's
    // Shared items the new and changed operations need, "definitions/Pet" -> the item to add
    // under its (possibly renamed) name.
    QStringList addedItems;
    QList<std::shared_ptr<const json::JsonValue>> addedItemContent;
    QMap<QString, QString> renamedItems; // "definitions/Pet" -> "Pet2": the name was taken
    QStringList notes; // e.g. "the import's security is not applied"

    bool ok() const { return error.isEmpty(); }
    int count(MergeChange::Kind kind) const;
    // Something to apply, with or without deleting the removed operations.
    bool hasEdits(bool deleteRemoved) const;
    // A listing for the CLI and tests: "added POST /pets (AddPet)", "  - parameter ...".
    QString text(bool includeUnchanged = false) const;
    // "2 added, 1 changed, 5 unchanged, 1 removed"
    QString summaryText() const;
};
