#include "UrlImportDialog.h"

#include "SecretValueDelegate.h"
#include "Theme.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

UrlImportDialog::UrlImportDialog(QWidget *parent)
    : QDialog(parent),
      m_url(new QLineEdit),
      m_headers(new QTableWidget(0, 2)),
      m_progress(new QProgressBar),
      m_status(new QLabel),
      m_result(new QTextBrowser)
{
    setObjectName(QStringLiteral("urlImportDialog"));
    setWindowTitle(tr("Import from URL"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setAccessibleName(tr("Address"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/openapi.json"));
    m_url->setClearButtonEnabled(true);
    auto *hint = new QLabel(
        tr("An OpenAPI (2.0, 3.x; JSON or YAML) or Postman document, or the service's base "
           "address: the usual places (/openapi.json, /swagger.json, /v3/api-docs...) are tried."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_headers->setObjectName(QStringLiteral("headersTable"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->setColumnWidth(0, 180);
    m_headers->verticalHeader()->hide();
    m_headers->setItemDelegateForColumn(1, new SecretValueDelegate(m_headers));
    m_headers->setMaximumHeight(110);
    auto *add = new QPushButton(tr("Add Header"));
    add->setObjectName(QStringLiteral("addHeaderButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addHeader(QString());
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeHeaderButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
    });
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(add);
    headerButtons->addWidget(remove);
    headerButtons->addStretch();
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headers, 1);
    headerRow->addLayout(headerButtons);
    auto *headerNote = new QLabel(tr("Sent only to this address's origin, never after a redirect elsewhere. "
                                     "Values are not remembered."));
    headerNote->setWordWrap(true);
    headerNote->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setAccessibleName(tr("Discovery and API check"));
    m_result->setOpenLinks(false);
    m_result->setMinimumHeight(150);

    auto *buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_import, &QPushButton::clicked, this, &UrlImportDialog::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &UrlImportDialog::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_import->setEnabled(!text.trimmed().isEmpty() && !m_cancel->isEnabled());
    });
    m_import->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), hint);
    form->addRow(tr("Headers:"), headerRow);
    form->addRow(QString(), headerNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(680, 560);
}

QString UrlImportDialog::url() const
{
    return m_url->text().trimmed();
}

void UrlImportDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void UrlImportDialog::setRecentUrls(const QStringList &urls)
{
    auto *completer = new QCompleter(urls, m_url);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_url->setCompleter(completer);
}

QList<UrlFetcher::Header> UrlImportDialog::headers() const
{
    QList<UrlFetcher::Header> list;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = m_headers->item(row, 0) ? m_headers->item(row, 0)->text().trimmed() : QString();
        const QString value = m_headers->item(row, 1) ? m_headers->item(row, 1)->text() : QString();
        if (!name.isEmpty())
            list.append({name.toLatin1(), value.toUtf8()});
    }
    return list;
}

void UrlImportDialog::addHeader(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

void UrlImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(running);
    m_import->setEnabled(!running && !url().isEmpty());
    m_url->setEnabled(!running);
    m_headers->setEnabled(!running);
}

void UrlImportDialog::setProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void UrlImportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, Theme::errorColor(palette));
    m_status->setPalette(palette);
}

QString UrlImportDialog::attemptsHtml(const OpenApiDiscovery::Result &result) const
{
    if (result.attempts.size() <= 1 && result.notes.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Tried").toHtmlEscaped());
    for (const OpenApiDiscovery::Attempt &attempt : result.attempts)
        html += QStringLiteral("<li><code>%1</code>: %2</li>")
                    .arg(attempt.url.toDisplayString(QUrl::RemoveUserInfo).toHtmlEscaped(),
                         attempt.outcome.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    for (const QString &note : result.notes)
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    return html;
}

void UrlImportDialog::showDiscovery(const OpenApiDiscovery::Result &result)
{
    m_result->setHtml(attemptsHtml(result));
}

void UrlImportDialog::showReadiness(const QList<ApiReadiness::Item> &items,
                                    const OpenApiDiscovery::Result &result)
{
    const QPalette palette = this->palette();
    QString html
        = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\">").arg(tr("API check").toHtmlEscaped());
    for (const ApiReadiness::Item &item : items) {
        const QColor color = item.status == ApiReadiness::Status::Ok ? Theme::successColor(palette)
            : item.status == ApiReadiness::Status::Warning           ? Theme::warningColor(palette)
                                                                     : Theme::mutedText(palette);
        const QString mark = item.status == ApiReadiness::Status::Ok ? QStringLiteral("\u2714")
            : item.status == ApiReadiness::Status::Warning           ? QStringLiteral("\u26a0")
                                                                     : QStringLiteral("\u2139");
        html += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(color.name(), mark, item.topic.toHtmlEscaped(), item.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>") + attemptsHtml(result);
    m_result->setHtml(html);
}

QString UrlImportDialog::resultText() const
{
    return m_result->toPlainText();
}
