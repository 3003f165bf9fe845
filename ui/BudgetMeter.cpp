#include "BudgetMeter.h"

#include "BudgetGauge.h"

#include <QHBoxLayout>
#include <QLocale>

BudgetMeter::BudgetMeter(QWidget *parent)
    : QWidget(parent),
      m_size(new BudgetGauge(tr("Size"))),
      m_operations(new BudgetGauge(tr("Operations"))),
      m_schemas(new BudgetGauge(tr("Schemas")))
{
    setObjectName(QStringLiteral("budgetMeter"));
    m_size->setObjectName(QStringLiteral("budgetSize"));
    m_operations->setObjectName(QStringLiteral("budgetOperations"));
    m_schemas->setObjectName(QStringLiteral("budgetSchemas"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    layout->addWidget(m_size);
    layout->addWidget(m_operations);
    layout->addWidget(m_schemas);
    setBudget({});
}

QString BudgetMeter::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg((bytes + 512) / 1024);
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 2));
}

void BudgetMeter::setBudget(const ConnectorBudget::Figures &budget)
{
    m_size->setValue(budget.definitionBytes, ConnectorBudget::MaxDefinitionBytes,
                     sizeText(budget.definitionBytes) + QStringLiteral("/1 MB"));
    m_size->setToolTip(tr("The definition file has %1 bytes as it would be saved, %2 bytes minified (without "
                          "whitespace); the platform's limit is 1 MB (1,048,576 bytes).")
                           .arg(QLocale().toString(budget.definitionBytes), QLocale().toString(budget.minifiedBytes)));
    m_operations->setValue(budget.operations, ConnectorBudget::MaxOperations,
                           QStringLiteral("%1/%2").arg(budget.operations).arg(ConnectorBudget::MaxOperations));
    m_operations->setToolTip(tr("%1 operations; a connector may have at most %2.")
                                 .arg(budget.operations)
                                 .arg(ConnectorBudget::MaxOperations));
    m_schemas->setValue(budget.largestBodySchemas, ConnectorBudget::MaxSchemasPerBody,
                        QStringLiteral("%1/%2").arg(budget.largestBodySchemas).arg(ConnectorBudget::MaxSchemasPerBody));
    m_schemas->setToolTip(budget.largestBody.isEmpty()
                              ? tr("No request or response body has a schema yet; each may have at most %1 "
                                   "schema objects.")
                                    .arg(ConnectorBudget::MaxSchemasPerBody)
                              : tr("The largest body, the %1, has %2 schema objects (references expanded); "
                                   "the limit is %3 per body.")
                                    .arg(budget.largestBody)
                                    .arg(budget.largestBodySchemas)
                                    .arg(ConnectorBudget::MaxSchemasPerBody));
}
