#include "FormStyleSheet.h"

#include "Theme.h"

#include <QEvent>
#include <QWidget>

namespace {

const char *const FormProperty = "cdFormStyleSheet";

} // namespace

void FormStyleSheet::install(QWidget *widget, ExtraRules extraRules)
{
    widget->setProperty(FormProperty, true);
    widget->installEventFilter(new FormStyleSheet(widget, std::move(extraRules)));
}

FormStyleSheet::FormStyleSheet(QWidget *widget, ExtraRules extraRules)
    : QObject(widget), m_widget(widget), m_extraRules(std::move(extraRules))
{ }

bool FormStyleSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget) {
        if (event->type() == QEvent::Polish && !m_polished) {
            m_polished = true;
            apply();
        } else if (event->type() == QEvent::PaletteChange && m_polished) {
            apply();
        }
    }
    return QObject::eventFilter(watched, event);
}

void FormStyleSheet::apply()
{
    // Compare first: setting a style sheet can itself announce a palette change.
    QString sheet;
    if (!insideStyledForm()) {
        const QPalette palette = m_widget->palette();
        sheet = Theme::formStyleSheet(palette) + (m_extraRules ? m_extraRules(palette) : QString());
    }
    if (m_widget->styleSheet() != sheet)
        m_widget->setStyleSheet(sheet);
}

bool FormStyleSheet::insideStyledForm() const
{
    for (QWidget *ancestor = m_widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (ancestor->property(FormProperty).toBool())
            return true;
    }
    return false;
}
