#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"

#include <QWidget>

class DefinitionListModel;
class DialogProvider;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class SchemaEditor;

// The definitions (#/definitions): a list with add, rename (every $ref rewritten in the same
// step), delete (refused while a $ref uses it) and find usages, and the selected one in a
// SchemaEditor. "Go to definition" inside the editor selects the target here.
class DefinitionsPanel : public QWidget
{
    Q_OBJECT

public:
    DefinitionsPanel(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    bool selectDefinition(const QString &name);
    QString currentDefinition() const;
    EditResult addDefinition(const QString &name);
    EditResult renameCurrent(const QString &newName);
    // Asks first; refused (with the usages named) while the definition is used.
    EditResult removeCurrent();
    // Fills the usages list with the $refs to the current definition; returns their pointers.
    QList<json::JsonPointer> findUsages();

    DefinitionListModel *model() const { return m_model; }
    SchemaEditor *schemaEditor() const { return m_schema; }
    QListWidget *usagesList() const { return m_usages; }
    QString lastError() const;

signals:
    // A usage was activated: the pointer of the "$ref" string.
    void usageActivated(const json::JsonPointer &pointer);

private:
    void onCurrentChanged();
    void showResult(const EditResult &result);
    static QString describeUsage(const json::JsonPointer &pointer);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    DefinitionListModel *m_model;
    QListView *m_list = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_findUsages = nullptr;
    QListWidget *m_usages = nullptr;
    QLabel *m_error = nullptr;
    SchemaEditor *m_schema = nullptr;
    QString m_current;
};
