#pragma once

#include "document/ConnectorDocument.h"
#include "domain/OperationKey.h"

#include <QAbstractListModel>
#include <QStringList>

// The responses of one operation: status code and description, numeric codes in order and
// "default" last. Follows the document; resets only when the set of codes changes.
class ResponseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit ResponseListModel(ConnectorDocument *document, QObject *parent = nullptr);

    void setOperation(const OperationKey &key);
    const OperationKey &operation() const { return m_key; }
    QStringList codes() const { return m_codes; }
    int rowOf(const QString &code) const { return int(m_codes.indexOf(code)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void refresh();

private:
    QStringList readCodes() const;

    ConnectorDocument *m_document;
    OperationKey m_key;
    QStringList m_codes;
};
