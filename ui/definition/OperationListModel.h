#pragma once

#include "domain/OperationIndex.h"

#include <QAbstractItemModel>
#include <QVector>

class ConnectorDocument;

// The Definition tab's list: two sections, Actions and Triggers, each holding the operations
// that match the filter text, in file order. A model over OperationIndex (one flat snapshot),
// so filling and filtering stay cheap on connectors with hundreds of operations.
class OperationListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        RouteRole = Qt::UserRole + 1, // "GET /employees/{id}", painted under the summary
        PathRole,
        MethodRole,
        OperationIdRole,
        SectionRole // on section rows: 0 actions, 1 triggers
    };
    enum Section { Actions, Triggers, SectionCount };

    explicit OperationListModel(const ConnectorDocument *document, QObject *parent = nullptr);

    // Reads the document again (after a change under /paths).
    void rebuild();
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    const OperationIndex &operationIndex() const { return m_index; }
    QModelIndex sectionIndex(Section section) const { return index(int(section), 0); }
    QModelIndex indexOf(const OperationKey &key) const;
    OperationKey keyAt(const QModelIndex &index) const;
    int visibleCount(Section section) const { return int(m_rows[section].size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // before: the entries as they were, to announce only the rows that changed.
    void refilter(const QVector<OperationIndex::Entry> *before = nullptr);
    // before null: every row. header: the section's own row too.
    void announceChangedRows(Section section, const QVector<OperationIndex::Entry> *before, bool header);
    const OperationIndex::Entry *entryAt(const QModelIndex &index) const;
    QVariant sectionData(int section, int role) const;
    QVariant entryData(const OperationIndex::Entry &entry, int role) const;

    const ConnectorDocument *m_document;
    OperationIndex m_index;
    QString m_filter;
    QVector<int> m_rows[SectionCount]; // indexes into m_index.entries(), per section
};
