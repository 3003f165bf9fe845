#include "MergePlan.h"

#include <QCoreApplication>

static QString tr(const char *text)
{
    return QCoreApplication::translate("MergePlan", text);
}

int MergePlan::count(MergeChange::Kind kind) const
{
    int n = 0;
    for (const MergeChange &change : changes)
        n += change.kind == kind ? 1 : 0;
    return n;
}

bool MergePlan::hasEdits(bool deleteRemoved) const
{
    return count(MergeChange::Kind::Added) + count(MergeChange::Kind::Changed) > 0
        || (deleteRemoved && count(MergeChange::Kind::Removed) > 0);
}

QString MergePlan::text(bool includeUnchanged) const
{
    if (!ok())
        return error + QLatin1Char('\n');
    QString out;
    for (const MergeChange &change : changes) {
        if (change.kind == MergeChange::Kind::Unchanged && !includeUnchanged)
            continue;
        out += MergeChange::kindName(change.kind) + QLatin1Char(' ') + change.title() + QLatin1Char('\n');
        for (const QString &detail : change.details)
            out += QStringLiteral("  - ") + detail + QLatin1Char('\n');
    }
    for (const QString &address : addedItems)
        out += tr("added %1").arg(address) + QLatin1Char('\n');
    for (auto it = renamedItems.cbegin(); it != renamedItems.cend(); ++it)
        out += tr("renamed %1 to %2 (the name is used for something else)").arg(it.key(), it.value())
            + QLatin1Char('\n');
    for (const QString &note : notes)
        out += tr("note: %1").arg(note) + QLatin1Char('\n');
    return out;
}

QString MergePlan::summaryText() const
{
    return tr("%1 added, %2 changed, %3 unchanged, %4 removed")
        .arg(count(MergeChange::Kind::Added))
        .arg(count(MergeChange::Kind::Changed))
        .arg(count(MergeChange::Kind::Unchanged))
        .arg(count(MergeChange::Kind::Removed));
}
