#pragma once

#include <QFrame>

class QFormLayout;
class QLabel;
class QVBoxLayout;

// A titled card holding a form: the building block of the form pages.
class FormSection : public QFrame
{
    Q_OBJECT

public:
    static constexpr int LabelWidth = 130; // the same in every card, so fields line up

    FormSection(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    // For cards that are not a form: content stacked below the title.
    QVBoxLayout *body() const { return m_body; }
    // Adds a row whose label has the shared width.
    void addRow(const QString &label, QWidget *field);
    void addRow(const QString &label, QLayout *field);

private:
    QLabel *makeLabel(const QString &text);

    QVBoxLayout *m_body;
    QFormLayout *m_form;
};
