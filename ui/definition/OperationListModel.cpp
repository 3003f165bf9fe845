#include "OperationListModel.h"

#include <QFont>

namespace {

// Children carry their section + 1 as internal id; section rows carry 0.
constexpr quintptr SectionRowId = 0;

} // namespace

OperationListModel::OperationListModel(const ConnectorDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuild();
}

void OperationListModel::rebuild()
{
    const QVector<OperationIndex::Entry> before = m_index.entries(); // shared, not copied
    m_index.rebuild(m_document);
    refilter(&before);
}

void OperationListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void OperationListModel::refilter(const QVector<OperationIndex::Entry> *before)
{
    QVector<int> rows[SectionCount] = {m_index.filter(m_filter.trimmed(), OperationIndex::Kind::Actions),
                                       m_index.filter(m_filter.trimmed(), OperationIndex::Kind::Triggers)};
    // Same rows (typing a summary, say): repaint them, so the view keeps selection and scroll.
    if (rows[Actions] == m_rows[Actions] && rows[Triggers] == m_rows[Triggers]) {
        const bool comparable = before && before->size() == m_index.size();
        // The sections' counts change only with an operation's kind (action or trigger).
        bool kindChanged = !comparable;
        for (int entry = 0; comparable && !kindChanged && entry < m_index.size(); ++entry)
            kindChanged = before->at(entry).isTrigger() != m_index.at(entry).isTrigger();
        for (int section = 0; section < SectionCount; ++section)
            announceChangedRows(Section(section), comparable ? before : nullptr, kindChanged);
        return;
    }
    beginResetModel();
    for (int section = 0; section < SectionCount; ++section)
        m_rows[section] = rows[section];
    endResetModel();
}

void OperationListModel::announceChangedRows(Section section, const QVector<OperationIndex::Entry> *before,
                                             bool header)
{
    const QModelIndex parent = sectionIndex(section);
    if (header)
        emit dataChanged(parent, parent);
    const QVector<int> &rows = m_rows[section];
    if (!before) {
        if (!rows.isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(rows.size()) - 1, 0, parent));
        return;
    }
    // Only what changed: the view measures each announced row again (two lines of text), and
    // placing a row far down measures every row above it; for all 219 rows of a large connector
    // that was half a frame per keystroke.
    for (int row = 0; row < rows.size(); ++row) {
        const int entry = rows.at(row);
        if (before->at(entry) != m_index.at(entry))
            emit dataChanged(index(row, 0, parent), index(row, 0, parent));
    }
}

QModelIndex OperationListModel::indexOf(const OperationKey &key) const
{
    const int entry = m_index.indexOf(key);
    if (entry < 0)
        return {};
    for (int section = 0; section < SectionCount; ++section) {
        const int row = int(m_rows[section].indexOf(entry));
        if (row >= 0)
            return index(row, 0, sectionIndex(Section(section)));
    }
    return {};
}

OperationKey OperationListModel::keyAt(const QModelIndex &index) const
{
    const OperationIndex::Entry *entry = entryAt(index);
    return entry ? entry->key : OperationKey();
}

const OperationIndex::Entry *OperationListModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionRowId || index.model() != this)
        return nullptr;
    const QVector<int> &rows = m_rows[index.internalId() - 1];
    if (index.row() >= rows.size())
        return nullptr;
    return &m_index.at(rows.at(index.row()));
}

QModelIndex OperationListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OperationListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionRowId);
}

int OperationListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.column() != 0 || parent.internalId() != SectionRowId)
        return 0;
    return int(m_rows[parent.row()].size());
}

int OperationListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OperationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionRowId)
        return sectionData(index.row(), role);
    const OperationIndex::Entry *entry = entryAt(index);
    return entry ? entryData(*entry, role) : QVariant();
}

QVariant OperationListModel::sectionData(int section, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const int shown = int(m_rows[section].size());
        const int total = int(section == Actions ? m_index.actions().size() : m_index.triggers().size());
        const QString name = section == Actions ? tr("Actions") : tr("Triggers");
        return shown == total ? tr("%1 (%2)").arg(name).arg(total)
                              : tr("%1 (%2 of %3)").arg(name).arg(shown).arg(total);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SectionRole:
        return section;
    default:
        return {};
    }
}

QVariant OperationListModel::entryData(const OperationIndex::Entry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (!entry.summary.isEmpty())
            return entry.summary;
        return entry.operationId.isEmpty() ? tr("(no summary)") : entry.operationId;
    case Qt::ToolTipRole:
        return entry.operationId.isEmpty()
            ? QString(entry.key.method.toUpper() + QLatin1Char(' ') + entry.key.path)
            : tr("%1 — %2 %3").arg(entry.operationId, entry.key.method.toUpper(), entry.key.path);
    case RouteRole:
        return QString(entry.key.method.toUpper() + QLatin1Char(' ') + entry.key.path);
    case PathRole:
        return entry.key.path;
    case MethodRole:
        return entry.key.method;
    case OperationIdRole:
        return entry.operationId;
    case Qt::FontRole:
        if (entry.deprecated) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags OperationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == SectionRowId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
