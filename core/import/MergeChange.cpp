#include "MergeChange.h"

#include <QCoreApplication>

QString MergeChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QCoreApplication::translate("MergeChange", "added");
    case Kind::Changed:
        return QCoreApplication::translate("MergeChange", "changed");
    case Kind::Removed:
        return QCoreApplication::translate("MergeChange", "removed");
    case Kind::Unchanged:
        break;
    }
    return QCoreApplication::translate("MergeChange", "unchanged");
}

QString MergeChange::title() const
{
    const OperationKey &key = kind == Kind::Removed ? existing : imported;
    QString text = key.method.toUpper() + QLatin1Char(' ') + key.path;
    if (!operationId.isEmpty())
        text += QStringLiteral(" (%1)").arg(operationId);
    return text;
}
