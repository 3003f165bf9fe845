#pragma once

#include "document/ConnectorDocument.h"
#include "domain/DefinitionEdits.h"
#include "domain/EditResult.h"

#include <QWidget>

class DefinitionListModel;
class DialogProvider;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class ParameterForm;
class ResponseDetailForm;
class SchemaEditor;

// One section of the references: definitions, shared parameters or shared responses. A list
// with a filter box, add, duplicate, rename (every $ref rewritten in the same step), delete (refused while a
// $ref uses it) and find usages, and the selected entry in its editor: a SchemaEditor ("Go to definition"
// selects the target here), a ParameterForm or a ResponseDetailForm.
class DefinitionsPanel : public QWidget
{
    Q_OBJECT

public:
    using Section = DefinitionEdits::Section;

    DefinitionsPanel(ConnectorDocument *document, DialogProvider *dialogs,
                     Section section = Section::Definitions, QWidget *parent = nullptr);

    Section section() const { return m_section; }

    bool selectDefinition(const QString &name);
    QString currentDefinition() const;
    EditResult addDefinition(const QString &name);
    EditResult renameCurrent(const QString &newName);
    // A copy of the selected entry named "<name>Copy" (then Copy2...), selected.
    EditResult duplicateCurrent();
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // Asks first; refused (with the usages named) while the definition is used.
    EditResult removeCurrent();
    // Fills the usages list with the $refs to the current definition; returns their pointers.
    QList<json::JsonPointer> findUsages();

    DefinitionListModel *model() const { return m_model; }
    SchemaEditor *schemaEditor() const { return m_schema; } // definitions only
    ParameterForm *parameterForm() const { return m_parameter; } // shared parameters only
    ResponseDetailForm *responseForm() const { return m_response; } // shared responses only
    QListWidget *usagesList() const { return m_usages; }
    QString lastError() const;

signals:
    // A usage was activated: the pointer of the "$ref" string.
    void usageActivated(const json::JsonPointer &pointer);

private:
    void onCurrentChanged();
    void showResult(const EditResult &result);
    QWidget *buildEditor();
    void showEntry(const QString &name);
    QString objectNameFor(const char *base) const;
    QString sectionTitle() const;
    QString sectionHint() const;
    QString entryNoun() const;
    static QString describeUsage(const json::JsonPointer &pointer);

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    Section m_section;
    DefinitionListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_findUsages = nullptr;
    QListWidget *m_usages = nullptr;
    QLabel *m_error = nullptr;
    SchemaEditor *m_schema = nullptr;
    ParameterForm *m_parameter = nullptr;
    ResponseDetailForm *m_response = nullptr;
    QString m_current;
};
