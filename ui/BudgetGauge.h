#pragma once

#include <QWidget>

// One compact gauge of the size budget for the status bar: a caption, the value and a thin
// bar that fills towards the limit, amber from 75 % and red from 90 % (and over the limit).
class BudgetGauge : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Normal, Near, Critical };

    explicit BudgetGauge(const QString &caption, QWidget *parent = nullptr);

    // value and limit in the same unit; text is how the value reads ("412 KB").
    void setValue(qint64 value, qint64 limit, const QString &text);
    qint64 value() const { return m_value; }
    qint64 limit() const { return m_limit; }
    QString valueText() const { return m_text; }
    Level level() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor levelColor() const;

    QString m_caption;
    QString m_text;
    qint64 m_value = 0;
    qint64 m_limit = 1;
};
