#include "DiffModel.h"

#include "AppIcons.h"
#include "Theme.h"

#include <QApplication>
#include <QFont>

#include <algorithm>

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_breakingIcon(AppIcons::icon(QStringLiteral("error"), QStyle::SP_MessageBoxCritical)),
      m_compatibleIcon(AppIcons::icon(QStringLiteral("info"), QStyle::SP_MessageBoxInformation))
{
}

void DiffModel::setChanges(QList<DiffChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const DiffChange &a, const DiffChange &b) { return a.breaking && !b.breaking; });
    beginResetModel();
    m_all = std::move(changes);
    rebuildRows();
    endResetModel();
}

void DiffModel::setBreakingOnly(bool breakingOnly)
{
    if (breakingOnly == m_breakingOnly)
        return;
    beginResetModel();
    m_breakingOnly = breakingOnly;
    rebuildRows();
    endResetModel();
}

void DiffModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_breakingOnly || m_all.at(i).breaking)
            m_rows.append(i);
    }
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::display(const DiffChange &change, int column) const
{
    switch (column) {
    case ImpactColumn:
        return change.breaking ? tr("Breaking") : tr("Compatible");
    case OperationColumn:
        if (change.operationId.isEmpty() && !change.method.isEmpty())
            return QString(change.method + QLatin1Char(' ') + change.path);
        return change.operationId;
    case ChangeColumn:
        return capitalized(change.message);
    }
    return {};
}

QVariant DiffModel::secondary(const DiffChange &change, int column) const
{
    switch (column) {
    case OperationColumn:
        if (change.operationId.isEmpty() || change.method.isEmpty())
            return {};
        return QString(change.method + QLatin1Char(' ') + change.path);
    case ChangeColumn:
        return capitalized(change.reason);
    }
    return {};
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffChange &c = change(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return c.toText();
    case Qt::DecorationRole:
        if (index.column() == ImpactColumn)
            return c.breaking ? m_breakingIcon : m_compatibleIcon;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ImpactColumn && c.breaking)
            return Theme::errorColor(QApplication::palette());
        if (index.column() == ImpactColumn)
            return Theme::mutedText(QApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == ImpactColumn && c.breaking) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case BreakingRole:
        return c.breaking;
    case KindRole:
        return DiffChange::kindName(c.kind);
    case SecondaryTextRole:
        return secondary(c, index.column());
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImpactColumn:
        return tr("Impact");
    case OperationColumn:
        return tr("Operation");
    case ChangeColumn:
        return tr("Change, and why it matters");
    }
    return {};
}
