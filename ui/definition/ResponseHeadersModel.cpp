#include "ResponseHeadersModel.h"

#include "domain/ResponseEdits.h"
#include "json/JsonValue.h"

using json::JsonPointer;
using Part = ConnectorDocument::Part;

ResponseHeadersModel::ResponseHeadersModel(ConnectorDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &ConnectorDocument::changed, this, [this](ConnectorDocument::Part part) {
        if (part == Part::Definition)
            refresh();
    });
    connect(m_document, &ConnectorDocument::reset, this, &ResponseHeadersModel::refresh);
}

void ResponseHeadersModel::setResponse(const JsonPointer &response)
{
    beginResetModel();
    m_response = response;
    m_names = readNames();
    endResetModel();
}

QStringList ResponseHeadersModel::readNames() const
{
    QStringList names;
    if (m_response.isRoot())
        return names;
    const json::JsonValue *headers
        = m_document->value(Part::Definition, m_response.child(QStringLiteral("headers")));
    for (int i = 0; headers && headers->isObject() && i < headers->size(); ++i)
        names.append(headers->keyAt(i));
    return names;
}

void ResponseHeadersModel::refresh()
{
    const QStringList names = readNames();
    // A rename keeps the row count: update in place, so an open cell editor survives.
    if (names.size() == m_names.size() && !m_names.isEmpty()) {
        m_names = names;
        emit dataChanged(index(0, 0), index(int(m_names.size()) - 1, ColumnCount - 1));
    } else if (names != m_names) {
        beginResetModel();
        m_names = names;
        endResetModel();
    }
}

int ResponseHeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ResponseHeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponseHeadersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size()
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const QString name = m_names.at(index.row());
    if (index.column() == NameColumn)
        return name;
    const JsonPointer header = m_response.child(QStringLiteral("headers")).child(name);
    const QString key = index.column() == TypeColumn ? QStringLiteral("type") : QStringLiteral("description");
    const json::JsonValue *value = m_document->value(Part::Definition, header.child(key));
    return value && value->isString() ? value->toString() : QString();
}

QVariant ResponseHeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Header");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags ResponseHeadersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ResponseHeadersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_names.size())
        return false;
    if (value.toString() == data(index, Qt::EditRole).toString())
        return true;
    static const ResponseEdits::HeaderField fields[] {ResponseEdits::HeaderField::Name,
                                                      ResponseEdits::HeaderField::Type,
                                                      ResponseEdits::HeaderField::Description};
    const EditResult result = ResponseEdits::setHeaderField(m_document, m_response, m_names.at(index.row()),
                                                            fields[index.column()], value.toString());
    m_lastError = result.error;
    if (!result.ok)
        emit editFailed(result.error);
    return result.ok;
}
