#pragma once

#include "document/ConnectorDocument.h"
#include "domain/OperationKey.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolButton;
class QTabWidget;
class QTreeView;
class DialogProvider;
class NewOperationDialog;
class DefinitionsPanel;
class LazyPage;
class OperationEditor;
class OperationListModel;
class PoliciesPanel;

// The Definition tab: the operations (Actions and Triggers) on the left with a filter and
// New / Duplicate / Delete, the selected operation's editor on the right. Both follow every
// change of the document (edits, undo, redo, other tabs), keeping the selection when the
// operation still exists.
class DefinitionPage : public QWidget
{
    Q_OBJECT

public:
    DefinitionPage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    OperationListModel *listModel() const { return m_model; }
    QTreeView *listView() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    OperationEditor *editor() const { return m_editor; }
    QAction *newAction() const { return m_newAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QToolButton *newButton() const { return m_newButton; }
    QToolButton *duplicateButton() const { return m_duplicateButton; }
    QToolButton *deleteButton() const { return m_deleteButton; }
    // The open New dialog, if any.
    NewOperationDialog *newOperationDialog() const;
    QString message() const;

    OperationKey currentOperation() const { return m_current; }
    // The References and Policies sections are built on first use: these build them.
    DefinitionsPanel *definitionsPanel();
    DefinitionsPanel *sharedParametersPanel();
    DefinitionsPanel *sharedResponsesPanel();
    QTabWidget *referenceSections();
    QTabWidget *sections() const { return m_sections; }
    QSplitter *splitter() const { return m_splitter; }
    PoliciesPanel *policiesPanel();
    enum Section { OperationsSection, DefinitionsSection, PoliciesSection };
    // Shows a definition of #/definitions in the Definitions section.
    bool showDefinition(const QString &name);
    // Shows where a "$ref" is used: its operation or its definition.
    void showUsage(const json::JsonPointer &pointer);
    bool selectOperation(const OperationKey &key);
    // Applies pending document changes now (they are applied once per event-loop turn).
    void refreshNow();

private:
    QWidget *buildReferences();
    bool showReference(DefinitionsPanel *panel, const QString &name);
    QWidget *buildListPane();
    void createActions();
    void onDocumentChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    void onDocumentReset();
    void onCurrentChanged(const QModelIndex &current);
    void openNewDialog();
    void createOperation();
    void duplicateOperation();
    void deleteOperation();
    void restoreSelection(int fallbackRow);
    void setCurrent(const OperationKey &key);
    void updateActions();
    void showMessage(const QString &error, const QStringList &notes);
    static QString extraStyleRules(const QPalette &palette);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    OperationListModel *m_model;
    OperationEditor *m_editor;
    LazyPage *m_referencesPage = nullptr;
    LazyPage *m_policiesPage = nullptr;
    DefinitionsPanel *m_definitions = nullptr;
    DefinitionsPanel *m_sharedParameters = nullptr;
    DefinitionsPanel *m_sharedResponses = nullptr;
    QTabWidget *m_references = nullptr;
    PoliciesPanel *m_policies = nullptr;
    QTabWidget *m_sections = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_list = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QTimer *m_refreshTimer;
    QPointer<NewOperationDialog> m_newDialog;
    OperationKey m_current;
    QString m_currentId; // to find the operation again after undo moved it back
    bool m_indexStale = false;
    bool m_selecting = false;
};
