#include "ParameterTableModel.h"

#include "Theme.h"
#include "domain/OperationView.h"

#include <QApplication>
#include <QPalette>

ParameterTableModel::ParameterTableModel(const ConnectorDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{ }

void ParameterTableModel::setOperation(const OperationKey &key)
{
    beginResetModel();
    m_key = key;
    const OperationView view(m_document, m_key);
    m_parameters = view.parameters();
    m_ownCount = view.ownParameterCount();
    endResetModel();
}

void ParameterTableModel::refresh()
{
    const OperationView view(m_document, m_key);
    const QList<ParameterView> parameters = view.parameters();
    bool sameRows = parameters.size() == m_parameters.size() && view.ownParameterCount() == m_ownCount;
    for (int i = 0; sameRows && i < parameters.size(); ++i)
        sameRows = parameters.at(i).listPointer() == m_parameters.at(i).listPointer();
    if (!sameRows) {
        setOperation(m_key);
        return;
    }
    m_parameters = parameters;
    if (!m_parameters.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_parameters.size()) - 1, ColumnCount - 1));
}

int ParameterTableModel::rowOf(const json::JsonPointer &listPointer) const
{
    for (int i = 0; i < m_parameters.size(); ++i) {
        if (m_parameters.at(i).listPointer() == listPointer)
            return i;
    }
    return -1;
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parameters.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParameterView &parameter = m_parameters.at(index.row());
    const bool own = index.row() < m_ownCount;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(parameter, index.column());
    case Qt::ToolTipRole:
        if (!own)
            return tr("Declared on the path: every operation of %1 shares it.").arg(m_key.path);
        if (parameter.isReference())
            return tr("Shared parameter %1: a change applies to every operation using it.")
                .arg(parameter.referenceName());
        return parameter.description();
    case Qt::ForegroundRole:
        if (!own)
            return Theme::mutedText(QApplication::palette());
        return {};
    case ListPointerRole:
        return parameter.listPointer().toString();
    case OwnRole:
        return own;
    default:
        return {};
    }
}

QVariant ParameterTableModel::displayText(const ParameterView &parameter, int column) const
{
    switch (column) {
    case NameColumn:
        return parameter.isReference() ? tr("%1 (shared)").arg(parameter.name()) : parameter.name();
    case LocationColumn:
        return parameter.location();
    case TypeColumn:
        return typeText(parameter);
    case RequiredColumn:
        return parameter.isRequired() ? tr("yes") : QString();
    case DescriptionColumn:
        return parameter.description().section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QString ParameterTableModel::typeText(const ParameterView &parameter)
{
    if (parameter.isBody())
        return parameter.schema().displayType();
    if (parameter.type() == QLatin1String("array") && !parameter.itemsType().isEmpty())
        return tr("array of %1").arg(parameter.itemsType());
    if (!parameter.format().isEmpty())
        return QStringLiteral("%1 (%2)").arg(parameter.type(), parameter.format());
    return parameter.type();
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("In");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}
