#pragma once

#include "diff/DiffChange.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The changes between two versions of a connector, breaking ones first: whether it breaks,
// the operation (its id, and its route as a second line) and what changed (with why it
// matters as a second line).
class DiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ImpactColumn, OperationColumn, ChangeColumn, ColumnCount };
    enum Role {
        BreakingRole = Qt::UserRole + 1,
        KindRole,
        SecondaryTextRole, // the line under the display text: the route, the reason
    };

    explicit DiffModel(QObject *parent = nullptr);

    void setChanges(QList<DiffChange> changes);
    const QList<DiffChange> &allChanges() const { return m_all; }
    // Shows only the breaking changes.
    void setBreakingOnly(bool breakingOnly);
    bool breakingOnly() const { return m_breakingOnly; }
    const DiffChange &change(int row) const { return m_all.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    QVariant display(const DiffChange &change, int column) const;
    QVariant secondary(const DiffChange &change, int column) const;

    QList<DiffChange> m_all;
    QList<int> m_rows; // indexes into m_all that are shown
    bool m_breakingOnly = false;
    QIcon m_breakingIcon;
    QIcon m_compatibleIcon;
};
