#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"
#include "json/JsonPointer.h"

#include <QWidget>

class DynamicInputEditor;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The fields of one schema node (property, items or root): name, title (x-ms-summary),
// description, type/format, required, default, visibility, enum and $ref, and its dynamic
// input (x-ms-dynamic-values/-list on a property, -schema/-properties on a body). Each field is
// one SchemaEdits call (typing merges into one undo step); the fields follow the document.
class SchemaForm : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaForm(ConnectorDocument *document, QWidget *parent = nullptr);

    // kind is a SchemaTreeModel::Kind; an inherited node is shown read-only.
    void setNode(const json::JsonPointer &pointer, int kind, bool inherited);
    void clear();
    // Refills the fields from the document (keeps what is being typed).
    void refresh();
    const json::JsonPointer &pointer() const { return m_pointer; }
    DynamicInputEditor *dynamicEditor() const { return m_dynamic; }
    QToolButton *dynamicToggle() const { return m_dynamicToggle; }

signals:
    void definitionRequested(const QString &definitionName);
    // A rename moved the node: select it at its new pointer.
    void nodeMoved(const json::JsonPointer &pointer);

private:
    void build();
    void commitName();
    void commitEnum();
    void commitFormat();
    void setType(const QString &type);
    void setReference(int index);
    void showResult(const EditResult &result);
    void refreshDynamic(bool allowed);
    void fillFormats(const QString &type);
    void fillReferences();
    QString definitionOf() const; // the definition a $ref or an inherited node belongs to

    ConnectorDocument *m_document;
    json::JsonPointer m_pointer;
    int m_kind = 0;
    bool m_inherited = false;
    bool m_refreshing = false;

    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_required = nullptr;
    QLineEdit *m_default = nullptr;
    QComboBox *m_visibility = nullptr;
    QLineEdit *m_enum = nullptr;
    QComboBox *m_reference = nullptr;
    QPushButton *m_goTo = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_dynamicToggle = nullptr;
    DynamicInputEditor *m_dynamic = nullptr;
    json::JsonPointer m_dynamicNode;
};
