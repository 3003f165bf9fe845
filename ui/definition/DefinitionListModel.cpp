#include "DefinitionListModel.h"

#include "domain/DefinitionEdits.h"
#include "domain/LocalReference.h"

DefinitionListModel::DefinitionListModel(ConnectorDocument *document, DefinitionEdits::Section section,
                                         QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_section(section)
{
    connect(m_document, &ConnectorDocument::changed, this, [this](ConnectorDocument::Part part) {
        if (part == ConnectorDocument::Part::Definition)
            refresh();
    });
    connect(m_document, &ConnectorDocument::reset, this, &DefinitionListModel::refresh);
    m_names = DefinitionEdits::names(m_document, m_section);
}

void DefinitionListModel::refresh()
{
    const QStringList names = DefinitionEdits::names(m_document, m_section);
    if (names != m_names) {
        beginResetModel();
        m_names = names;
        endResetModel();
    } else if (!m_names.isEmpty()) {
        emit dataChanged(index(0), index(int(m_names.size()) - 1));
    }
}

int DefinitionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant DefinitionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case UsageCountRole:
        return int(DefinitionEdits::findUsages(
                       m_document, LocalReference::make(DefinitionEdits::sectionKey(m_section), name))
                       .size());
    default:
        return {};
    }
}
