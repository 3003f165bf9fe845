#include "LazyPage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Builder builder, QWidget *parent) : QWidget(parent), m_builder(std::move(builder))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_builder();
        m_builder = nullptr;
        layout()->addWidget(m_content);
        // Shown now, not on the next event-loop turn (what a layout does for a visible parent),
        // so the first frame already has it.
        if (isVisible())
            m_content->show();
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}
