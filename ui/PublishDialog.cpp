#include "PublishDialog.h"

#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int ProgramRole = Qt::UserRole + 1;

} // namespace

PublishDialog::PublishDialog(const QString &connectorName, QWidget *parent)
    : QDialog(parent),
      m_tool(new QComboBox),
      m_environment(new QLineEdit),
      m_target(new QLabel),
      m_secretLabel(new QLabel(tr("Client &secret:"))),
      m_secret(new QLineEdit),
      m_secretNote(new QLabel),
      m_log(new QPlainTextEdit),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish %1").arg(connectorName));
    m_tool->setObjectName(QStringLiteral("toolCombo"));
    m_tool->setAccessibleName(tr("Publishing tool"));
    m_environment->setObjectName(QStringLiteral("environmentEdit"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setPlaceholderText(tr("Environment ID (empty: the tool's default environment)"));
    m_target->setObjectName(QStringLiteral("targetLabel"));
    m_target->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(tr("OAuth client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_tool, &QComboBox::currentIndexChanged, this, &PublishDialog::updateSecretNote);

    m_log->setObjectName(QStringLiteral("publishLog"));
    m_log->setAccessibleName(tr("Output of the publishing tool"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth); // the whole command line stays in view
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMinimumHeight(180);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox;
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("stopButton"));
    m_cancel->setEnabled(false);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publishRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::cancelRequested);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tool:"), m_tool);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(QString(), m_target);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_secretNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setSecretNeeded(false, {}, {});
    resize(720, 520);
}

void PublishDialog::setTools(const QList<QPair<PublishTool::Kind, QString>> &tools)
{
    m_tool->clear();
    for (const auto &tool : tools) {
        m_tool->addItem(QStringLiteral("%1  (%2)").arg(PublishTool::name(tool.first), tool.second),
                        int(tool.first));
        m_tool->setItemData(m_tool->count() - 1, tool.second, ProgramRole);
    }
    if (tools.isEmpty()) {
        m_tool->addItem(tr("Not installed"));
        m_tool->setEnabled(false);
        for (const QString &line : PublishTool::installHint().split(QLatin1Char('\n')))
            appendLog(line);
        blockPublish(tr("Install paconn or pac to publish."));
    }
    updateSecretNote();
}

PublishTool::Kind PublishDialog::tool() const
{
    const QVariant kind = m_tool->currentData();
    return kind.isValid() ? PublishTool::Kind(kind.toInt()) : PublishTool::Kind::None;
}

QString PublishDialog::toolProgram() const
{
    return m_tool->currentData(ProgramRole).toString();
}

QString PublishDialog::environment() const
{
    return m_environment->text().trimmed();
}

void PublishDialog::setEnvironment(const QString &environment)
{
    m_environment->setText(environment);
}

void PublishDialog::setSecretNeeded(bool needed, const QString &secret, const QString &source)
{
    m_secret->setText(secret);
    m_secretSource = source;
    m_secretLabel->setVisible(needed);
    m_secret->setVisible(needed);
    m_secretNote->setVisible(needed);
    updateSecretNote();
}

QString PublishDialog::secret() const
{
    return m_secret->isHidden() ? QString() : m_secret->text();
}

void PublishDialog::updateSecretNote()
{
    const QString from = m_secretSource.isEmpty()
        ? tr("No connection of this connector holds a client secret: type it.")
        : tr("From %1.").arg(m_secretSource);
    const QString use = tool() == PublishTool::Kind::Pac
        ? tr("pac takes no client secret: enter it in the maker portal after publishing.")
        : tr("paconn receives it on its command line (--secret); it is shown as *** in the log and saved "
             "nowhere.");
    m_secretNote->setText(from + QLatin1Char(' ') + use);
}

void PublishDialog::setTarget(const QString &connectorId)
{
    m_target->setText(connectorId.isEmpty()
                          ? tr("Creates a new custom connector; its id is then kept in settings.json.")
                          : tr("Updates connector %1 (from settings.json).").arg(connectorId));
}

void PublishDialog::setRunning(bool running)
{
    m_publish->setEnabled(!running && !m_blocked);
    m_cancel->setEnabled(running);
    m_tool->setEnabled(!running && tool() != PublishTool::Kind::None);
    m_environment->setEnabled(!running);
    m_secret->setEnabled(!running);
}

void PublishDialog::blockPublish(const QString &reason)
{
    m_blocked = true;
    m_publish->setEnabled(false);
    setStatus(reason, true);
}

void PublishDialog::appendLog(const QString &line, bool isError)
{
    if (!isError) {
        m_log->appendPlainText(line);
        return;
    }
    // Error lines in the palette's error colour; the text itself is escaped.
    m_log->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(Theme::errorColor(m_log->palette()).name(), line.toHtmlEscaped()));
}

void PublishDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    m_status->setPalette(palette);
}

QString PublishDialog::logText() const
{
    return m_log->toPlainText();
}
