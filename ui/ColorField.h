#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;
class DialogProvider;
class FieldMessage;

// A colour as #RRGGBB: a swatch button that opens the colour picker and a hex field.
// Emits colorEdited only for complete, valid colours; partial input is marked inline
// and reverts to the last valid colour when editing finishes.
class ColorField : public QWidget
{
    Q_OBJECT

public:
    ColorField(DialogProvider *dialogs, QWidget *parent = nullptr);

    QString color() const { return m_color; }
    // From the document: updates the swatch and, if it differs, the text.
    void setColor(const QString &color);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *swatchButton() const { return m_swatch; }

signals:
    void colorEdited(const QString &color);

private:
    void onTextEdited(const QString &text);
    void onEditingFinished();
    void pickColor();
    void updateSwatch();
    QString storedProblem() const;

    DialogProvider *m_dialogs;
    QToolButton *m_swatch;
    QLineEdit *m_edit;
    FieldMessage *m_message;
    QString m_color;
};
