#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"
#include "json/JsonPointer.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class QKeySequence;
class QLabel;
class QToolButton;
class QTreeView;
class SchemaForm;
class SchemaTreeModel;

// Edits one schema (a body, a response's schema, a definition): a tree of its properties
// and a form for the selected one. Add, add child, remove, move up/down, move into the
// object above and out to the parent: each one SchemaEdits call, one undo step.
// Shortcuts (while the tree has focus): Insert, Shift+Insert, Delete, Alt+Up/Down,
// Alt+Right (into), Alt+Left (out).
class SchemaEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Action { AddProperty, AddChild, Remove, MoveUp, MoveDown, MoveInto, MoveOut };

    explicit SchemaEditor(ConnectorDocument *document, QWidget *parent = nullptr);

    // e.g. /paths/~1employees/get/responses/200/schema or /definitions/Employee.
    void setSchema(const json::JsonPointer &schemaPointer);
    json::JsonPointer schemaPointer() const;

    SchemaTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    SchemaForm *form() const { return m_form; }
    // Selects the row showing the schema at pointer; false if there is none.
    bool selectPointer(const json::JsonPointer &pointer);
    json::JsonPointer currentPointer() const;
    bool canRun(Action action) const;
    // Runs an action on the selected node (what the buttons and shortcuts do).
    EditResult run(Action action);
    QToolButton *button(Action action) const;
    QString lastError() const;

signals:
    void definitionRequested(const QString &definitionName);

private:
    struct Target
    {
        json::JsonPointer property; // the selected property (empty for root/items)
        json::JsonPointer owner; // the object schema holding it
        int index = -1; // its place among the owner's properties
        int count = 0;
    };

    void buildToolbar(QHBoxLayout *layout);
    QToolButton *addButton(Action action, const QString &icon, const QString &text,
                           const QKeySequence &shortcut);
    void updateActions();
    void onCurrentChanged();
    void rememberState();
    void restoreState();
    void expandOwnRows(const QModelIndex &parent);
    Target target() const;
    json::JsonPointer containerOf(const json::JsonPointer &schema) const;
    json::JsonPointer enclosingOwner(const json::JsonPointer &owner, int *index) const;
    QString freeName(const json::JsonPointer &owner) const;
    bool currentInherited() const;

    ConnectorDocument *m_document;
    SchemaTreeModel *m_model;
    QTreeView *m_tree;
    SchemaForm *m_form;
    QLabel *m_error;
    QHash<int, QToolButton *> m_buttons;
    QSet<QString> m_expanded; // row keys, kept across model resets
    QString m_currentKey;
    json::JsonPointer m_currentPointer;
};
