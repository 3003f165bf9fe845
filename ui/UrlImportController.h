#pragma once

#include "import/UrlFetcher.h"

#include <QObject>
#include <QPointer>

class DocumentController;
class OpenApiDiscovery;
class QMenu;
class QNetworkAccessManager;
class QWidget;
class UrlImportDialog;

// File > Import > From URL...: shows UrlImportDialog, downloads and discovers the description
// (OpenApiDiscovery, asynchronous on the GUI thread's event loop: nothing blocks), imports it as
// a new untitled connector, then shows the API check and the import report. Remembers the
// addresses (without user info or query) and header names, never header values.
class UrlImportController : public QObject
{
    Q_OBJECT

public:
    // Adds its action to importMenu.
    UrlImportController(DocumentController *documents, QMenu *importMenu, QWidget *window,
                        QObject *parent = nullptr);
    ~UrlImportController() override;

    void showDialog();
    void start();
    void cancel();
    bool isRunning() const;
    void setOptions(const UrlFetcher::Options &options) { m_options = options; }
    UrlImportDialog *dialog() const;
    QWidget *reportDialog() const;

    static QStringList recentUrls();
    static QStringList recentHeaderNames();

signals:
    void finished(bool ok);
    void statusMessage(const QString &message);

private:
    void onDiscovered();
    void remember(const QUrl &url, const QList<UrlFetcher::Header> &headers);

    DocumentController *m_documents;
    QWidget *m_window;
    QNetworkAccessManager *m_network;
    OpenApiDiscovery *m_discovery;
    UrlFetcher::Options m_options;
    QPointer<UrlImportDialog> m_dialog;
    QPointer<QWidget> m_report;
};
