#pragma once

#include "document/ConnectorDocument.h"

#include <QHash>
#include <QWidget>

class FieldMessage;
class FormSection;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

// The editor of one policy: its title, a typed field per parameter of its template (text,
// choice or JSON, required ones marked), the request/response section, the operations it
// applies to, and the whole entry as JSON (the only editor for an unknown template). Every
// change is a PolicyEdits call; the form follows the document (undo, other tabs).
class PolicyForm : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyForm(ConnectorDocument *document, QWidget *parent = nullptr);

    void setPolicy(int index); // -1: nothing selected
    int policy() const { return m_index; }
    void refresh();

    QLineEdit *titleEdit() const { return m_title; }
    // The input of a parameter by its full key (QLineEdit or QComboBox), or nullptr.
    QWidget *parameterField(const QString &key) const { return m_fields.value(key); }
    QComboBox *sectionCombo() const { return m_section; }
    QListWidget *operationsList() const { return m_operations; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QPushButton *applyJsonButton() const { return m_applyJson; }
    QString problem() const; // the last refused edit's reason

private:
    void rebuildParameters();
    void refreshValues();
    void refreshOperations();
    void setParameter(const QString &key, const QString &text);
    void onOperationChanged(QListWidgetItem *item);
    void applyJson();

    ConnectorDocument *m_document;
    int m_index = -1;
    QString m_builtFor; // template id the parameter fields were built for
    QLineEdit *m_title;
    QLabel *m_template;
    FormSection *m_parametersSection;
    QWidget *m_parametersHost;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, FieldMessage *> m_messages;
    QComboBox *m_section;
    QLabel *m_sectionLabel;
    FormSection *m_operationsSection;
    QListWidget *m_operations;
    QPlainTextEdit *m_json;
    QPushButton *m_applyJson;
    FieldMessage *m_jsonMessage;
    bool m_refreshing = false;
};
