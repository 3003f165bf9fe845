#pragma once

#include "domain/OperationIndex.h"

#include <QAbstractListModel>

// The operations of the connector for the Test tab, filtered by a text (summary, operationId
// or path): display "summary", the method and path as a second line, the OperationKey as
// KeyRole. Rebuilt when /paths changes.
class TestOperationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KeyPathRole = Qt::UserRole + 1, KeyMethodRole, OperationIdRole, MethodPathRole };

    explicit TestOperationModel(const ConnectorDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    void rebuild();

    OperationKey keyAt(int row) const;
    int rowOf(const OperationKey &key) const; // -1 when filtered out or gone
    QList<OperationKey> allKeys() const; // every action, filter ignored (Test all)

private:
    const ConnectorDocument *m_document;
    OperationIndex m_index;
    QVector<int> m_rows; // into m_index
    QString m_filter;
};
