#include "UrlImportController.h"

#include "DocumentController.h"
#include "ImportReportDialog.h"
#include "UrlImportDialog.h"
#include "import/ApiReadiness.h"
#include "import/ConnectorImporter.h"
#include "import/OpenApiDiscovery.h"

#include <QAction>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>

namespace {

const QString RecentUrlsKey = QStringLiteral("import/recentUrls");
const QString HeaderNamesKey = QStringLiteral("import/recentHeaderNames");
constexpr int MaxRecent = 10;

} // namespace

UrlImportController::UrlImportController(DocumentController *documents, QMenu *importMenu, QWidget *window,
                                         QObject *parent)
    : QObject(parent),
      m_documents(documents),
      m_window(window),
      m_network(new QNetworkAccessManager(this)),
      m_discovery(new OpenApiDiscovery(m_network, this))
{
    setObjectName(QStringLiteral("urlImportController"));
    auto *action = importMenu->addAction(tr("From &URL..."));
    action->setObjectName(QStringLiteral("actionImportUrl"));
    action->setStatusTip(
        tr("Download an OpenAPI, Swagger or Postman document, or find it from a service's address"));
    connect(action, &QAction::triggered, this, &UrlImportController::showDialog);
    connect(m_discovery, &OpenApiDiscovery::finished, this, &UrlImportController::onDiscovered);
    connect(m_discovery, &OpenApiDiscovery::progress, this, [this](qint64 received, qint64 total) {
        if (m_dialog)
            m_dialog->setProgress(received, total);
    });
    connect(m_discovery, &OpenApiDiscovery::attemptStarted, this,
            [this](const QUrl &url, int index, int count) {
                if (m_dialog)
                    m_dialog->setStatus(tr("Trying %1 (%2 of up to %3)...")
                                            .arg(url.toDisplayString(QUrl::RemoveUserInfo))
                                            .arg(index + 1)
                                            .arg(count));
            });
}

UrlImportController::~UrlImportController()
{
    m_discovery->disconnect(this);
    m_discovery->cancel();
}

UrlImportDialog *UrlImportController::dialog() const
{
    return m_dialog;
}

QWidget *UrlImportController::reportDialog() const
{
    return m_report;
}

QStringList UrlImportController::recentUrls()
{
    return QSettings().value(RecentUrlsKey).toStringList();
}

QStringList UrlImportController::recentHeaderNames()
{
    return QSettings().value(HeaderNamesKey).toStringList();
}

void UrlImportController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new UrlImportDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QStringList urls = recentUrls();
        m_dialog->setRecentUrls(urls);
        for (const QString &name : recentHeaderNames())
            m_dialog->addHeader(name);
        connect(m_dialog, &UrlImportDialog::importRequested, this, &UrlImportController::start);
        connect(m_dialog, &UrlImportDialog::cancelRequested, this, &UrlImportController::cancel);
        connect(m_dialog, &QDialog::finished, this, &UrlImportController::cancel);
    }
    m_dialog->open();
    m_dialog->raise();
}

bool UrlImportController::isRunning() const
{
    return m_discovery->isRunning();
}

void UrlImportController::start()
{
    if (!m_dialog || isRunning())
        return;
    const QUrl url = QUrl::fromUserInput(m_dialog->url());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_dialog->setStatus(tr("Enter an http:// or https:// address."), true);
        return;
    }
    m_dialog->setRunning(true);
    m_dialog->showDiscovery({});
    m_discovery->setOptions(m_options);
    m_discovery->start(url, m_dialog->headers());
}

void UrlImportController::cancel()
{
    if (isRunning())
        m_discovery->cancel();
}

void UrlImportController::onDiscovered()
{
    const OpenApiDiscovery::Result &result = m_discovery->result();
    if (!m_dialog) {
        emit finished(false);
        return;
    }
    m_dialog->setRunning(false);
    m_dialog->showDiscovery(result);
    if (!result.found) {
        m_dialog->setStatus(result.cancelled ? tr("Cancelled.") : result.error, !result.cancelled);
        emit statusMessage(result.cancelled ? tr("Import from URL cancelled")
                                            : tr("Nothing imported from the URL"));
        emit finished(false);
        return;
    }
    const QString name = result.url.toDisplayString(QUrl::RemoveUserInfo);
    const ImportedConnector imported = ConnectorImporter::import(result.document, result.format);
    if (!imported.ok()) {
        m_dialog->setStatus(
            tr("%1 could not be imported: %2").arg(name, imported.report.text(name).trimmed()), true);
        emit finished(false);
        return;
    }
    remember(result.url, m_dialog->headers());
    m_dialog->showReadiness(ApiReadiness::check(imported.definitionBytes(), result.url), result);
    if (!m_documents->openImported(imported.definitionBytes(), imported.propertiesBytes())) {
        m_dialog->setStatus(tr("Found at %1; not opened (the open connector was kept).").arg(name));
        emit finished(false);
        return;
    }
    m_dialog->setStatus(tr("Imported %n operation(s) from %1: save the connector to keep it.", nullptr,
                           imported.operationCount())
                            .arg(name));
    emit statusMessage(tr("Imported from %1").arg(name));
    if (!imported.report.entries().isEmpty()) {
        auto *report = new ImportReportDialog(name, imported, m_window);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
        m_report = report;
    }
    emit finished(true);
}

void UrlImportController::remember(const QUrl &url, const QList<UrlFetcher::Header> &headers)
{
    // The query may carry a key (?api_key=...): neither it nor user info goes to the history.
    const QString shown
        = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    QStringList urls = recentUrls();
    urls.removeAll(shown);
    urls.prepend(shown);
    QStringList names;
    for (const UrlFetcher::Header &header : headers)
        names.append(QString::fromLatin1(header.first));
    QSettings settings;
    settings.setValue(RecentUrlsKey, urls.mid(0, MaxRecent));
    settings.setValue(HeaderNamesKey, names);
}
