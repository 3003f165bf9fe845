#include "TestOperationModel.h"

TestOperationModel::TestOperationModel(const ConnectorDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    rebuild();
}

int TestOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TestOperationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperationIndex::Entry &entry = m_index.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return entry.summary.isEmpty() ? entry.operationId : entry.summary;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2 (%3)")
            .arg(entry.key.method.toUpper(), entry.key.path, entry.operationId);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2 %3").arg(entry.summary, entry.key.method.toUpper(), entry.key.path);
    case KeyPathRole:
        return entry.key.path;
    case KeyMethodRole:
        return entry.key.method;
    case MethodPathRole:
        return QStringLiteral("%1 %2").arg(entry.key.method.toUpper(), entry.key.path);
    case OperationIdRole:
        return entry.operationId;
    default:
        return {};
    }
}

void TestOperationModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void TestOperationModel::rebuild()
{
    beginResetModel();
    m_index.rebuild(m_document);
    m_rows = m_index.filter(m_filter, OperationIndex::Kind::Actions);
    endResetModel();
}

OperationKey TestOperationModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_index.at(m_rows.at(row)).key : OperationKey();
}

int TestOperationModel::rowOf(const OperationKey &key) const
{
    const int at = m_index.indexOf(key);
    return at < 0 ? -1 : int(m_rows.indexOf(at));
}

QList<OperationKey> TestOperationModel::allKeys() const
{
    QList<OperationKey> keys;
    for (const int i : m_index.actions())
        keys.append(m_index.at(i).key);
    return keys;
}
