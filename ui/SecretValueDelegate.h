#pragma once

#include <QStyledItemDelegate>

// Shows a table cell's value as bullets and edits it in a password field: header values such
// as API keys stay off the screen (and off screenshots) once typed.
class SecretValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};
