#include "ConnectionBar.h"

#include "MessageBanner.h"
#include "TestController.h"
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionParameter.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "demo/DemoServer.h"
#include "document/ConnectorDocument.h"
#include "runner/JsonBridge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kNone = QStringLiteral("none");
const QString kDemo = QStringLiteral("demo");
const QString kStored = QStringLiteral("stored:");
} // namespace

ConnectionBar::ConnectionBar(TestController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_combo(new QComboBox(this)),
      m_new(new QPushButton(tr("&New…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_detail(new QLabel(this)),
      m_notice(new MessageBanner(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Co&nnection:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("connectionPicker"));
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_new->setObjectName(QStringLiteral("newConnection"));
    m_new->setToolTip(tr("Create a connection for this connector"));
    m_edit->setObjectName(QStringLiteral("editConnection"));
    m_edit->setToolTip(tr("Edit the selected connection"));
    m_detail->setObjectName(QStringLiteral("connectionDetail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(label);
    row->addWidget(m_combo);
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_detail, 1);
    column->addLayout(row);
    m_notice->setObjectName(QStringLiteral("secretsNotice"));
    m_notice->hide();
    column->addWidget(m_notice);
    connect(m_combo, &QComboBox::activated, this, &ConnectionBar::onChosen);
    connect(m_new, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(true); });
}

void ConnectionBar::reload()
{
    // Another connector starts from its default choice; the same one keeps what was picked.
    const QString previous
        = m_controller->connectorId() == m_connectorId ? m_combo->currentData().toString() : QString();
    m_connectorId = m_controller->connectorId();
    m_combo->clear();
    m_combo->addItem(tr("No connection (no credentials)"), kNone);
    if (m_controller->isSample())
        m_combo->addItem(tr("Built-in demo API (127.0.0.1, no network)"), kDemo);
    for (const QString &name : m_controller->connectionNames())
        m_combo->addItem(name, QString(kStored + name));
    int at = m_combo->findData(previous);
    if (at < 0) // first choice: the demo for the sample, else the first stored connection
        at = m_controller->isSample() ? 1 : (m_combo->count() > 1 ? 1 : 0);
    m_combo->setCurrentIndex(at);
    onChosen();
}

void ConnectionBar::onChosen()
{
    const QString choice = m_combo->currentData().toString();
    QString error;
    if (choice == kDemo) {
        if (!m_controller->selectDemo(&error)) {
            m_detail->setText(tr("The demo API could not start: %1").arg(error));
            m_controller->selectNone();
        }
    } else if (choice.startsWith(kStored)) {
        m_controller->selectConnection(choice.mid(kStored.size()));
    } else {
        m_controller->selectNone();
    }
    m_edit->setEnabled(choice.startsWith(kStored));
    if (error.isEmpty())
        m_detail->setText(detailText());
}

QString ConnectionBar::detailText() const
{
    switch (m_controller->target()) {
    case TestController::Target::Demo:
        return tr("Requests go to %1 instead of the definition's host; the demo's API key is filled in.")
            .arg(m_controller->baseUrl());
    case TestController::Target::Stored:
        return tr("Requests go to the definition's host with this connection's credentials.");
    case TestController::Target::None:
        break;
    }
    return tr("Requests go to the definition's host without credentials.");
}

void ConnectionBar::updateNotice()
{
    const QString notice = m_controller->secrets()->notice();
    m_notice->setVisible(!notice.isEmpty());
    if (!notice.isEmpty())
        m_notice->showMessage(MessageBanner::Kind::Warning, tr("Secrets are kept in memory only"), notice);
}

ConnectionDialog *ConnectionBar::openDialog(bool edit)
{
    ConnectorDocument *document = m_controller->document();
    const QJsonObject properties
        = JsonBridge::toQJson(document->root(ConnectorDocument::Part::Properties)).toObject();
    auto *dialog = new ConnectionDialog(
        m_controller->connectorId(), ConnectionParameter::fromApiProperties(properties),
        m_controller->connections(), m_controller->secrets(), m_controller->network(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (edit) {
        if (const Connection *c
            = m_controller->connections()->find(m_controller->connectorId(), m_controller->connectionName()))
            dialog->edit(*c);
    }
    updateNotice();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->connection().name;
        reload();
        const int at = m_combo->findData(QString(kStored + name));
        if (at >= 0) {
            m_combo->setCurrentIndex(at);
            onChosen();
        }
    });
    dialog->open(); // window-modal without a nested event loop: tests drive it like the user
    return dialog;
}
