#include "SecretValueDelegate.h"

#include <QLineEdit>

QString SecretValueDelegate::displayText(const QVariant &value, const QLocale &) const
{
    const int length = int(value.toString().size());
    return length == 0 ? QString() : QString(qMin(length, 12), QChar(0x2022));
}

QWidget *SecretValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setEchoMode(QLineEdit::Password);
    return editor;
}
