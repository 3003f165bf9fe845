#include "TestAllModel.h"

#include "Theme.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

TestAllModel::TestAllModel(QObject *parent) : QAbstractTableModel(parent) { }

int TestAllModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestAllModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestAllModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case SchemaColumn:
        return tr("Schema");
    case TimeColumn:
        return tr("Time");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QVariant TestAllModel::display(const Row &row, int column) const
{
    if (column == OperationColumn)
        return row.operationId;
    if (row.state != Row::State::Done)
        return column == StatusColumn ? (row.state == Row::State::Running ? tr("running…") : tr("waiting"))
                                      : QVariant();
    const OperationTest &t = row.test;
    switch (column) {
    case StatusColumn:
        return t.ran ? QVariant(t.result.status) : QVariant(tr("-"));
    case SchemaColumn:
        if (!t.ran || !t.schema.checked)
            return tr("not checked");
        return t.schema.valid ? tr("valid") : tr("%n mismatch(es)", nullptr, int(t.schema.mismatches.size()));
    case TimeColumn:
        return t.request.isValid() ? tr("%1 ms").arg(t.result.totalMs) : QString();
    case ErrorColumn:
        return t.passed ? QString() : t.error;
    default:
        return {};
    }
}

QVariant TestAllModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? display(row, index.column()) : QVariant();
    case Qt::ForegroundRole:
        if (row.state == Row::State::Done && index.column() != OperationColumn) {
            const QPalette palette = QApplication::palette();
            return QBrush(row.test.passed ? Theme::successColor(palette) : Theme::errorColor(palette));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PassedRole:
        return row.state == Row::State::Done ? QVariant(row.test.passed) : QVariant();
    default:
        return {};
    }
}

void TestAllModel::reset(const QStringList &operationIds)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &id : operationIds)
        m_rows.append(Row {id, Row::State::Waiting, {}});
    endResetModel();
}

void TestAllModel::setRunning(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = Row::State::Running;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TestAllModel::setResult(int row, const OperationTest &test)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = Row::State::Done;
    m_rows[row].test = test;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TestAllModel::finishedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state == Row::State::Done; }));
}

int TestAllModel::passedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state == Row::State::Done && r.test.passed; }));
}
