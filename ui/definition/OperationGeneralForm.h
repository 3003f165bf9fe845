#pragma once

#include "domain/OperationKey.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ConnectorDocument;
class FieldMessage;
class QPushButton;
class TriggerBuilderDialog;

// The General sub-tab: summary, description, operationId, visibility, deprecated. Text
// fields edit as you type (one undo step per word run); the operationId is renamed when
// editing finishes, together with every reference to it.
class OperationGeneralForm : public QWidget
{
    Q_OBJECT

public:
    explicit OperationGeneralForm(ConnectorDocument *document, QWidget *parent = nullptr);

    void setOperation(const OperationKey &key);
    void refresh();

    QLineEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *operationIdEdit() const { return m_operationId; }
    QComboBox *visibilityCombo() const { return m_visibility; }
    QCheckBox *deprecatedCheck() const { return m_deprecated; }
    QString operationIdProblem() const;
    QString operationIdNotes() const;
    QLabel *kindLabel() const { return m_kind; }
    QPushButton *makeTriggerButton() const { return m_makeTrigger; }
    // Opens the trigger builder for the operation (non-modal); the open one, if any.
    TriggerBuilderDialog *openTriggerBuilder();
    TriggerBuilderDialog *triggerBuilder() const;

private:
    void renameOperationId();

    ConnectorDocument *m_document;
    OperationKey m_key;
    bool m_refreshing = false;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QLineEdit *m_operationId;
    FieldMessage *m_operationIdMessage;
    QLabel *m_operationIdNotes;
    QComboBox *m_visibility;
    QCheckBox *m_deprecated;
    QLabel *m_kind;
    QPushButton *m_makeTrigger;
    QPointer<TriggerBuilderDialog> m_triggerBuilder;
};
