#pragma once

#include "domain/OperationKey.h"
#include "domain/ParameterView.h"

#include <QAbstractTableModel>
#include <QList>

class ConnectorDocument;

// The parameters of one operation as a table: name, in, type, required, description. The
// operation's own parameters first, in order, then the path item's it inherits (shown
// muted). Read-only: the ParameterForm beside it edits the selected one.
class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LocationColumn, TypeColumn, RequiredColumn, DescriptionColumn, ColumnCount };
    enum Role { ListPointerRole = Qt::UserRole + 1, OwnRole };

    explicit ParameterTableModel(const ConnectorDocument *document, QObject *parent = nullptr);

    void setOperation(const OperationKey &key);
    // Reads the operation again; keeps rows (and the view's selection) when only values changed.
    void refresh();

    const OperationKey &operation() const { return m_key; }
    ParameterView parameterAt(int row) const { return m_parameters.value(row); }
    int rowOf(const json::JsonPointer &listPointer) const;
    int ownCount() const { return m_ownCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const ParameterView &parameter, int column) const;
    static QString typeText(const ParameterView &parameter);

    const ConnectorDocument *m_document;
    OperationKey m_key;
    QList<ParameterView> m_parameters;
    int m_ownCount = 0;
};
