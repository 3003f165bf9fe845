#pragma once

#include "import/ApiReadiness.h"
#include "import/OpenApiDiscovery.h"

#include <QDialog>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QLabel;

// File > Import > From URL: the address, extra headers (an API key: values shown as bullets and
// never remembered), a progress bar with Cancel, then what discovery tried and the readiness
// check of the API. UrlImportController does the work; this class only shows it.
class UrlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UrlImportDialog(QWidget *parent = nullptr);

    QString url() const;
    void setUrl(const QString &url);
    void setRecentUrls(const QStringList &urls);
    QList<UrlFetcher::Header> headers() const;
    void addHeader(const QString &name, const QString &value = {});
    QTableWidget *headersTable() const { return m_headers; }

    void setRunning(bool running);
    void setProgress(qint64 received, qint64 total);
    void setStatus(const QString &text, bool error = false);
    void showDiscovery(const OpenApiDiscovery::Result &result);
    void showReadiness(const QList<ApiReadiness::Item> &items, const OpenApiDiscovery::Result &result);
    QString resultText() const;

signals:
    void importRequested();
    void cancelRequested();

private:
    QString attemptsHtml(const OpenApiDiscovery::Result &result) const;

    QLineEdit *m_url;
    QTableWidget *m_headers;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTextBrowser *m_result;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
