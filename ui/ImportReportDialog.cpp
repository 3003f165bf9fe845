#include "ImportReportDialog.h"

#include "FindingsModel.h"
#include "import/ImportedConnector.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

ValidationFinding::Severity findingSeverity(ImportReport::Severity severity)
{
    switch (severity) {
    case ImportReport::Severity::Error:
        return ValidationFinding::Severity::Error;
    case ImportReport::Severity::Warning:
        return ValidationFinding::Severity::Warning;
    case ImportReport::Severity::Info:
        break;
    }
    return ValidationFinding::Severity::Info;
}

QString locationText(const ImportReport::Entry &entry)
{
    QString where = entry.line > 0 ? QStringLiteral("%1:%2").arg(entry.line).arg(entry.column) : QString();
    if (!entry.pointer.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral("  ")) + entry.pointer;
    return where;
}

} // namespace

ImportReportDialog::ImportReportDialog(const QString &inputName, const ImportedConnector &result, QWidget *parent)
    : QDialog(parent), m_entries(new QTreeWidget), m_text(result.report.text(inputName))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    const int count = result.operationCount();
    auto *summary = new QLabel((count == 1 ? tr("<b>%1</b>: 1 operation imported as a new connector.")
                                           : tr("<b>%1</b>: %2 operations imported as a new connector.").arg(QStringLiteral("%1")).arg(count))
                                   .arg(inputName.toHtmlEscaped())
                               + QStringLiteral("<br>")
                               + tr("What could not be carried over exactly is listed below, with its place in "
                                    "the input."));
    summary->setWordWrap(true);
    m_entries->setColumnCount(2);
    m_entries->setHeaderLabels({tr("Note"), tr("Where in %1").arg(inputName)});
    m_entries->setRootIsDecorated(false);
    m_entries->setAlternatingRowColors(true);
    m_entries->setAccessibleName(tr("Import notes"));
    for (const ImportReport::Entry &entry : result.report.entries()) {
        auto *item = new QTreeWidgetItem(m_entries, {entry.message, locationText(entry)});
        item->setIcon(0, FindingsModel::severityIcon(findingSeverity(entry.severity)));
        item->setToolTip(0, entry.message);
    }
    m_entries->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_entries->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_entries->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy as Text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_entries, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}
