#include "TriggerBuilderDialog.h"

#include "ButtonBoxTabOrder.h"

#include "FieldMessage.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "domain/OperationView.h"
#include "domain/TriggerEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

TriggerBuilderDialog::TriggerBuilderDialog(ConnectorDocument *document, const OperationKey &key,
                                           QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_key(key),
      m_styles(new QTabWidget),
      m_callback(new QLineEdit(QStringLiteral("callbackUrl"))),
      m_delete(new QComboBox),
      m_notification(new QPlainTextEdit),
      m_state(new QLineEdit),
      m_expression(new QLineEdit),
      m_dataPath(new QLineEdit(QStringLiteral("@triggerBody().value"))),
      m_batch(new QCheckBox(tr("Batch: one run for all new items (else one run per item)")))
{
    setObjectName(QStringLiteral("triggerBuilderDialog"));
    const OperationView view(document, key);
    setWindowTitle(tr("Make %1 a trigger").arg(view.operationId().isEmpty() ? key.path : view.operationId()));
    auto *intro = new QLabel(tr("%1 %2 becomes a trigger: flows start when it reports something new.")
                                 .arg(key.method.toUpper(), key.path));
    intro->setWordWrap(true);
    m_styles->setObjectName(QStringLiteral("triggerStyles"));
    m_styles->addTab(buildWebhookTab(), tr("Webhook"));
    m_styles->addTab(buildPollingTab(), tr("Polling"));
    // A POST usually registers a webhook; a GET is usually polled.
    m_styles->setCurrentIndex(key.method == QLatin1String("get") ? Polling : Webhook);
    m_batch->setObjectName(QStringLiteral("triggerBatchCheck"));
    m_error = new FieldMessage(m_styles);
    m_error->setObjectName(QStringLiteral("triggerError"));

    // A reason shown for the last try goes once the user changes something.
    connect(m_notification, &QPlainTextEdit::textChanged, m_error, [this] { m_error->setProblem({}); });
    for (QLineEdit *edit : {m_callback, m_state, m_expression, m_dataPath})
        connect(edit, &QLineEdit::textEdited, m_error, [this] { m_error->setProblem({}); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("Make trigger"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("makeTriggerButton"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &TriggerBuilderDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_styles);
    layout->addWidget(m_batch);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    ButtonBoxTabOrder::apply(buttons);
    resize(620, 520);
}

QWidget *TriggerBuilderDialog::buildWebhookTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_callback->setObjectName(QStringLiteral("callbackPropertyEdit"));
    m_callback->setAccessibleName(tr("Callback URL property"));
    m_callback->setToolTip(tr("The body property the platform fills with the URL the service must call."));
    form->addRow(tr("Callback URL property"), m_callback);
    m_delete->setObjectName(QStringLiteral("deleteOperationCombo"));
    m_delete->setAccessibleName(tr("Operation that removes the webhook"));
    m_delete->addItem(tr("New: DELETE %1/{hookId}").arg(m_key.path), QString());
    const OperationIndex index(m_document);
    for (int i = 0; i < index.size(); ++i) {
        const QString id = index.at(i).operationId;
        if (index.at(i).key.method == QLatin1String("delete") && !id.isEmpty())
            m_delete->addItem(id, id);
    }
    if (m_delete->count() > 1)
        m_delete->setCurrentIndex(1); // an existing DELETE is most likely the one
    form->addRow(tr("Removed by"), m_delete);
    m_notification->setObjectName(QStringLiteral("notificationSchemaEdit"));
    m_notification->setAccessibleName(tr("Notification schema"));
    m_notification->setTabChangesFocus(true);
    m_notification->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_notification->setPlaceholderText(
        tr("Optional JSON schema of what the service posts, e.g.\n{\"type\": \"object\", \"properties\": "
           "{\"orderId\": {\"type\": \"string\"}}}"));
    form->addRow(tr("Notification schema"), m_notification);
    return tab;
}

QWidget *TriggerBuilderDialog::buildPollingTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_state->setObjectName(QStringLiteral("stateParameterEdit"));
    m_state->setAccessibleName(tr("State query parameter"));
    m_state->setPlaceholderText(tr("e.g. since (empty: no state)"));
    form->addRow(tr("State query parameter"), m_state);
    m_expression->setObjectName(QStringLiteral("stateExpressionEdit"));
    m_expression->setAccessibleName(tr("Next value of the state"));
    m_expression->setPlaceholderText(tr("e.g. @{triggerBody()?['latest']}"));
    form->addRow(tr("Next value"), m_expression);
    m_dataPath->setObjectName(QStringLiteral("triggerDataPathEdit"));
    m_dataPath->setAccessibleName(tr("Trigger data path"));
    m_dataPath->setToolTip(tr("Where the new items are in the response."));
    form->addRow(tr("Trigger data path"), m_dataPath);
    return tab;
}

QString TriggerBuilderDialog::error() const
{
    return m_error->problem();
}

void TriggerBuilderDialog::apply()
{
    EditResult result;
    if (m_styles->currentIndex() == Webhook) {
        TriggerEdits::Webhook spec;
        spec.callbackProperty = m_callback->text().trimmed();
        spec.batch = m_batch->isChecked();
        spec.notificationSchema = m_notification->toPlainText();
        spec.deleteOperationId = m_delete->currentData().toString();
        result = TriggerEdits::makeWebhook(m_document, m_key, spec);
    } else {
        result = TriggerEdits::makePolling(
            m_document, m_key,
            {m_state->text(), m_expression->text(), m_dataPath->text(), m_batch->isChecked()});
    }
    m_error->setProblem(result.ok ? QString() : result.error);
    if (!result.ok)
        return;
    m_notes = result.notes;
    emit applied(m_key);
    accept();
}
