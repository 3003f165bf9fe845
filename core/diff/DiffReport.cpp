#include "DiffReport.h"

#include "ConnectorDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace DiffReport {

QString text(const QList<DiffChange> &changes)
{
    QList<DiffChange> sorted = changes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DiffChange &a, const DiffChange &b) { return a.breaking && !b.breaking; });
    QString out;
    for (const DiffChange &c : sorted)
        out += c.toText() + QLatin1Char('\n');
    const int breaking = ConnectorDiff::breakingCount(changes);
    out += changes.isEmpty()
        ? QStringLiteral("No changes.\n")
        : QStringLiteral("%1 change(s), %2 breaking.\n").arg(changes.size()).arg(breaking);
    return out;
}

// QJsonDocument is fine here: this is our own output, not a connector file.
QByteArray json(const QList<DiffChange> &changes, const QString &oldPath, const QString &newPath)
{
    QJsonArray list;
    for (const DiffChange &c : changes) {
        QJsonObject entry {{QStringLiteral("kind"), DiffChange::kindName(c.kind)},
                           {QStringLiteral("breaking"), c.breaking},
                           {QStringLiteral("operationId"), c.operationId},
                           {QStringLiteral("method"), c.method},
                           {QStringLiteral("path"), c.path},
                           {QStringLiteral("message"), c.message},
                           {QStringLiteral("reason"), c.reason}};
        if (!c.target.isEmpty())
            entry.insert(QStringLiteral("target"), c.target);
        if (!c.oldValue.isEmpty())
            entry.insert(QStringLiteral("old"), c.oldValue);
        if (!c.newValue.isEmpty())
            entry.insert(QStringLiteral("new"), c.newValue);
        if (!c.oldPointer.isRoot())
            entry.insert(QStringLiteral("oldPointer"), c.oldPointer.toString());
        if (!c.newPointer.isRoot())
            entry.insert(QStringLiteral("newPointer"), c.newPointer.toString());
        list.append(entry);
    }
    const QJsonObject root {{QStringLiteral("old"), oldPath},
                            {QStringLiteral("new"), newPath},
                            {QStringLiteral("changes"), list},
                            {QStringLiteral("breaking"), ConnectorDiff::breakingCount(changes)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace DiffReport
