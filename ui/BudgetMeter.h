#pragma once

#include "validation/ConnectorBudget.h"

#include <QWidget>

class BudgetGauge;

// The size budget in the status bar: the definition's size against 1 MB, the operations
// against 256 and the largest body's schema count against 512.
class BudgetMeter : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetMeter(QWidget *parent = nullptr);

    void setBudget(const ConnectorBudget::Figures &budget);
    BudgetGauge *sizeGauge() const { return m_size; }
    BudgetGauge *operationsGauge() const { return m_operations; }
    BudgetGauge *schemasGauge() const { return m_schemas; }

    // "412 KB", "1.2 MB", "980 B".
    static QString sizeText(qint64 bytes);

private:
    BudgetGauge *m_size;
    BudgetGauge *m_operations;
    BudgetGauge *m_schemas;
};
