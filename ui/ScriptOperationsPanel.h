#pragma once

#include "document/ConnectorDocument.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

// The operations the custom code applies to (apiProperties properties.scriptOperations; an
// empty or missing list means all): a checkable list of the definition's operationIds.
// Checking or unchecking writes the list as one undo step.
class ScriptOperationsPanel : public QWidget
{
    Q_OBJECT

public:
    static const json::JsonPointer ListPointer; // /properties/scriptOperations

    explicit ScriptOperationsPanel(ConnectorDocument *document, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QStringList selectedOperations() const; // as in the file
    void refresh();

private:
    void onItemChanged(QStandardItem *item);
    void updateSummary();

    ConnectorDocument *m_document;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_summary;
    bool m_updating = false;
};
