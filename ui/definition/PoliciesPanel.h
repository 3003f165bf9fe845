#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"

#include <QWidget>

class DialogProvider;
class PolicyForm;
class PolicyListModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QListView;
class QMenu;
class QTimer;
class QToolButton;

// The policies (apiProperties.json policyTemplateInstances): a list with New (a menu of the
// 13 templates), Duplicate and Delete, a filter box, and the selected policy in a PolicyForm. Follows every
// change of the document, keeping the selection.
class PoliciesPanel : public QWidget
{
    Q_OBJECT

public:
    PoliciesPanel(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    PolicyListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    PolicyForm *form() const { return m_form; }
    QToolButton *newButton() const { return m_new; }
    QMenu *templateMenu() const { return m_templates; }
    int currentPolicy() const;
    void selectPolicy(int index);
    EditResult addPolicy(const QString &templateId);
    EditResult duplicateCurrent();
    EditResult removeCurrent(); // asks first when the preference says so
    QString lastError() const;
    void refreshNow();

private:
    void showResult(const EditResult &result);
    void onCurrentChanged();

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    PolicyListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    PolicyForm *m_form;
    QListView *m_list = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_remove = nullptr;
    QMenu *m_templates = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_refreshTimer;
    int m_current = -1;
};
