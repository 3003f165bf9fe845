#include "ResponseListModel.h"

#include "domain/OperationView.h"

#include <algorithm>

ResponseListModel::ResponseListModel(ConnectorDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(m_document, &ConnectorDocument::changed, this, [this](ConnectorDocument::Part part) {
        if (part == ConnectorDocument::Part::Definition)
            refresh();
    });
    connect(m_document, &ConnectorDocument::reset, this, &ResponseListModel::refresh);
}

void ResponseListModel::setOperation(const OperationKey &key)
{
    beginResetModel();
    m_key = key;
    m_codes = readCodes();
    endResetModel();
}

QStringList ResponseListModel::readCodes() const
{
    QStringList codes;
    for (const ResponseView &response : OperationView(m_document, m_key).responses())
        codes.append(response.statusCode());
    // "default" sorts after every code; the codes themselves as text (2XX after 299 is fine).
    std::stable_sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        const bool aDefault = a == QLatin1String("default"), bDefault = b == QLatin1String("default");
        if (aDefault != bDefault)
            return bDefault;
        return a < b;
    });
    return codes;
}

void ResponseListModel::refresh()
{
    const QStringList codes = readCodes();
    if (codes != m_codes) {
        beginResetModel();
        m_codes = codes;
        endResetModel();
    } else if (!m_codes.isEmpty()) {
        emit dataChanged(index(0), index(int(m_codes.size()) - 1));
    }
}

int ResponseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

QVariant ResponseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size())
        return {};
    const QString code = m_codes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const auto response = OperationView(m_document, m_key).response(code);
        const QString description = response ? response->description() : QString();
        // "default" described as "default" (common in real connectors) reads once.
        return description.isEmpty() || description == code ? code
                                                            : QStringLiteral("%1  %2").arg(code, description);
    }
    case Qt::ToolTipRole: {
        const auto response = OperationView(m_document, m_key).response(code);
        return response && response->isReference() ? tr("Shared response %1").arg(response->referenceName())
                                                   : QVariant();
    }
    case CodeRole:
        return code;
    default:
        return {};
    }
}
