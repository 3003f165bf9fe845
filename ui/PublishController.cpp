#include "PublishController.h"

#include "DialogProvider.h"
#include "DocumentController.h"
#include "PublishDialog.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "publish/PublishRunner.h"
#include "publish/PublishSecret.h"
#include "publish/PublishSettings.h"
#include "validation/Validator.h"

#include <QAction>
#include <QMenu>

PublishController::PublishController(ConnectorDocument *document, DocumentController *documents,
                                     DialogProvider *dialogs, QMenu *fileMenu, QAction *before,
                                     QWidget *window, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_documents(documents),
      m_dialogs(dialogs),
      m_window(window),
      m_action(new QAction(tr("&Publish..."), this)),
      m_runner(new PublishRunner(this))
{
    setObjectName(QStringLiteral("publishController"));
    m_action->setObjectName(QStringLiteral("actionPublish"));
    m_action->setStatusTip(tr("Create or update the connector in Power Platform with paconn or pac"));
    fileMenu->insertAction(before, m_action);
    const auto enable = [this] { m_action->setEnabled(m_documents->isOpen()); };
    connect(m_documents, &DocumentController::stateChanged, this, enable);
    enable();
    connect(m_action, &QAction::triggered, this, &PublishController::publish);
    connect(m_runner, &PublishRunner::started, this, [this](const QString &line) {
        if (m_dialog)
            m_dialog->appendLog(QStringLiteral("$ ") + line);
    });
    connect(m_runner, &PublishRunner::output, this, [this](const QString &line, bool isError) {
        if (m_dialog)
            m_dialog->appendLog(line, isError);
    });
    connect(m_runner, &PublishRunner::finished, this, &PublishController::onFinished);
}

PublishController::~PublishController() = default;

PublishDialog *PublishController::dialog() const
{
    return m_dialog;
}

void PublishController::setStores(ConnectionStore *connections, SecretStore *secrets)
{
    m_connections = connections;
    m_secrets = secrets;
}

bool PublishController::isRunning() const
{
    return m_runner->isRunning();
}

bool PublishController::saveFirst()
{
    if (!m_document->isModified() && !m_document->isUntitled())
        return true;
    const bool save = m_dialogs->confirm(
        m_window, tr("Publish"),
        m_document->isUntitled()
            ? tr(
                "The connector has not been saved yet. The tools publish the files of a folder: save it now?")
            : tr("The connector has unsaved changes. The tools publish the saved files: save them first?"));
    if (save)
        return m_documents->save() && !m_document->isModified();
    return !m_document->isUntitled(); // publish what is on disk
}

void PublishController::publish()
{
    if (!m_documents->isOpen() || isRunning())
        return;
    if (!saveFirst())
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PublishDialog(m_document->displayName(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PublishDialog::publishRequested, this, &PublishController::start);
    connect(m_dialog, &PublishDialog::cancelRequested, this, &PublishController::cancel);
    fillDialog();
    const int errors = showFindings();
    if (errors > 0)
        m_dialog->blockPublish(tr("%n validation error(s): fix them, then publish again.", nullptr, errors));
    m_dialog->open();
}

int PublishController::showFindings()
{
    int errors = 0;
    for (const ValidationFinding &finding : Validator().validate(*m_document)) {
        if (finding.severity != ValidationFinding::Severity::Error)
            continue;
        if (errors == 0)
            m_dialog->appendLog(tr("Validation found errors; the connector is not published:"), true);
        m_dialog->appendLog(finding.toText(), true);
        ++errors;
    }
    return errors;
}

void PublishController::fillDialog()
{
    const QString folder = m_document->folderPath();
    QList<QPair<PublishTool::Kind, QString>> tools;
    for (PublishTool::Kind kind : {PublishTool::Kind::Paconn, PublishTool::Kind::Pac}) {
        const QString program = PublishTool::find(kind, m_searchPaths);
        if (!program.isEmpty())
            tools.append({kind, program});
    }
    m_dialog->setTools(tools);
    PublishSettings settings;
    QString error;
    if (!settings.read(folder, &error))
        m_dialog->appendLog(error, true);
    m_dialog->setEnvironment(settings.environment());
    m_dialog->setTarget(settings.connectorId());
    if (PublishSecret::needsClientSecret(folder)) {
        QString source;
        const QString secret = lookUpSecret(&source);
        m_dialog->setSecretNeeded(true, secret, source);
    }
}

QString PublishController::lookUpSecret(QString *source)
{
    if (!m_connections) {
        m_ownConnections = std::make_unique<ConnectionStore>();
        m_ownConnections->load();
        m_ownSecrets = std::make_unique<SecretStore>();
        m_connections = m_ownConnections.get();
        m_secrets = m_ownSecrets.get();
    }
    QString name;
    const QString secret
        = PublishSecret::fromStores(m_document->folderPath(), *m_connections, *m_secrets, &name);
    if (!secret.isEmpty())
        *source = m_secrets->usesKeychain() ? tr("the connection \"%1\" in the keychain").arg(name)
                                            : tr("the connection \"%1\" (kept in memory)").arg(name);
    return secret;
}

void PublishController::start()
{
    if (!m_dialog || isRunning())
        return;
    PublishRunner::Request request;
    request.folder = m_document->folderPath();
    request.tool = m_dialog->tool();
    request.program = m_dialog->toolProgram();
    request.environment = m_dialog->environment();
    request.secret = m_dialog->secret();
    m_dialog->setRunning(true);
    m_dialog->setStatus(tr("Publishing with %1...").arg(PublishTool::name(request.tool)));
    if (!m_runner->start(request)) {
        m_dialog->setRunning(false);
        m_dialog->setStatus(m_runner->error(), true);
        emit finished(false);
    }
}

void PublishController::cancel()
{
    m_runner->cancel();
}

void PublishController::onFinished(bool ok)
{
    if (m_dialog) {
        m_dialog->setRunning(false);
        if (ok && m_runner->error().isEmpty()) {
            const QString done
                = tr("Published: connector %1 %2; its id is kept in settings.json for the next publish.")
                      .arg(m_runner->connectorId(),
                           m_runner->arguments().isUpdate() ? tr("updated") : tr("created"));
            m_dialog->setStatus(done);
            m_dialog->appendLog(done);
            m_dialog->setTarget(m_runner->connectorId());
        } else {
            m_dialog->setStatus(m_runner->error(), true);
        }
    }
    emit statusMessage(ok ? tr("Published %1").arg(m_document->displayName()) : tr("Not published"));
    emit finished(ok);
}
