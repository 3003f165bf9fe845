#include "FieldMessage.h"

#include "Theme.h"

FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setProperty("fieldMessage", true);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::setProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
    Theme::setInvalid(m_field, !problem.isEmpty());
}
