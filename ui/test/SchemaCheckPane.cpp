#include "SchemaCheckPane.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SchemaCheckPane::SchemaCheckPane(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_mismatches(new QTreeWidget(this)),
      m_update(new QPushButton(tr("&Update schema from this response"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setObjectName(QStringLiteral("schemaSummary"));
    m_summary->setWordWrap(true);
    m_mismatches->setObjectName(QStringLiteral("schemaMismatches"));
    m_mismatches->setAccessibleName(tr("Schema mismatches"));
    m_mismatches->setHeaderLabels({tr("JSON path"), tr("Expected"), tr("Actual"), tr("Message")});
    m_mismatches->setRootIsDecorated(false);
    m_mismatches->setAlternatingRowColors(true);
    m_mismatches->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_mismatches->setColumnWidth(0, 200);
    m_mismatches->setColumnWidth(1, 180);
    m_mismatches->setColumnWidth(2, 180);
    m_update->setObjectName(QStringLiteral("updateSchema"));
    m_update->setToolTip(tr("Replaces the response's schema with one inferred from this body (undoable)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_update);
    buttons->addStretch();
    layout->addWidget(m_summary);
    layout->addWidget(m_mismatches, 1);
    layout->addLayout(buttons);
    connect(m_update, &QPushButton::clicked, this, &SchemaCheckPane::updateSchemaRequested);
    clear();
}

void SchemaCheckPane::clear()
{
    showMessage(tr("The response is checked against the operation's schema once it arrives."), false);
    m_mismatches->clear();
    m_update->setEnabled(false);
}

void SchemaCheckPane::showMessage(const QString &message, bool error)
{
    m_summary->setText(message);
    m_summary->setStyleSheet(
        error ? QStringLiteral("color: %1").arg(Theme::cssColor(Theme::errorColor(palette()))) : QString());
}

QString SchemaCheckPane::summary() const
{
    return m_summary->text();
}

void SchemaCheckPane::showTest(const OperationTest &test)
{
    clear();
    if (!test.ran)
        return showMessage(tr("Nothing to check: no response."), false);
    const SchemaCheckResult &schema = test.schema;
    if (!schema.checked)
        showMessage(tr("Not checked: %1").arg(schema.note), false);
    else if (schema.valid)
        showMessage(tr("The response matches the schema of response %1.").arg(schema.responseKey), false);
    else
        showMessage(
            tr("%n mismatch(es) with the schema of response %1:", nullptr, int(schema.mismatches.size()))
                .arg(schema.responseKey),
            true);
    if (schema.checked && schema.valid)
        m_summary->setStyleSheet(
            QStringLiteral("color: %1").arg(Theme::cssColor(Theme::successColor(palette()))));
    for (const SchemaMismatch &m : schema.mismatches)
        m_mismatches->addTopLevelItem(new QTreeWidgetItem({m.path, m.expected, m.actual, m.message}));
    // Only a JSON body can become a schema.
    m_update->setEnabled(!QJsonDocument::fromJson(test.result.body).isNull());
}
