#pragma once

#include <QLabel>

// The message under an input that explains why its value is wrong. Showing a problem
// also marks the input (red border); an empty problem hides both.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    void setProblem(const QString &problem);
    QString problem() const { return isHidden() ? QString() : text(); }

private:
    QWidget *m_field;
};
