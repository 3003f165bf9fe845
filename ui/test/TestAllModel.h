#pragma once

#include "runner/OperationTest.h"

#include <QAbstractTableModel>
#include <QList>

// The results table of "Test all": one row per operation with its status, whether the
// response matched its schema, the time and the error. Rows are listed before the run
// starts ("waiting") and filled as each operation finishes.
class TestAllModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OperationColumn, StatusColumn, SchemaColumn, TimeColumn, ErrorColumn, ColumnCount };
    enum Role { PassedRole = Qt::UserRole + 1 };

    explicit TestAllModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reset(const QStringList &operationIds);
    void setRunning(int row);
    void setResult(int row, const OperationTest &test);
    const OperationTest &result(int row) const { return m_rows.at(row).test; }
    int finishedCount() const;
    int passedCount() const;

private:
    struct Row
    {
        QString operationId;
        enum class State { Waiting, Running, Done } state = State::Waiting;
        OperationTest test;
    };
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
};
