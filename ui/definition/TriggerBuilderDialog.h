#pragma once

#include "domain/OperationKey.h"

#include <QDialog>

class ConnectorDocument;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// Makes the operation a trigger: a webhook (the body property that receives the callback URL,
// the notification's schema, the operation that removes the registration) or a polling
// trigger (the state query parameter and its next value, where the new items are), single or
// batch. Apply runs TriggerEdits (one undo step) and closes; a refused edit keeps it open
// with the reason.
class TriggerBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    enum Style { Webhook, Polling };

    TriggerBuilderDialog(ConnectorDocument *document, const OperationKey &key, QWidget *parent = nullptr);

    QTabWidget *styles() const { return m_styles; }
    QLineEdit *callbackEdit() const { return m_callback; }
    QComboBox *deleteCombo() const { return m_delete; }
    QPlainTextEdit *notificationEdit() const { return m_notification; }
    QLineEdit *stateEdit() const { return m_state; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QLineEdit *dataPathEdit() const { return m_dataPath; }
    QCheckBox *batchCheck() const { return m_batch; }
    QPushButton *applyButton() const { return m_apply; }
    QString error() const;
    QStringList notes() const { return m_notes; }

signals:
    void applied(const OperationKey &key);

private:
    QWidget *buildWebhookTab();
    QWidget *buildPollingTab();
    void apply();

    ConnectorDocument *m_document;
    OperationKey m_key;
    QTabWidget *m_styles;
    QLineEdit *m_callback;
    QComboBox *m_delete;
    QPlainTextEdit *m_notification;
    QLineEdit *m_state;
    QLineEdit *m_expression;
    QLineEdit *m_dataPath;
    QCheckBox *m_batch;
    FieldMessage *m_error;
    QPushButton *m_apply;
    QStringList m_notes;
};
