#include "ButtonBoxTabOrder.h"

#include <QDialogButtonBox>
#include <QLayout>

void ButtonBoxTabOrder::apply(QDialogButtonBox *box)
{
    QLayout *layout = box->layout();
    QWidget *previous = nullptr;
    for (int i = 0; layout && i < layout->count(); ++i) {
        QWidget *widget = layout->itemAt(i)->widget();
        if (!widget)
            continue; // a stretch between the groups
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}
