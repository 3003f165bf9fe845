#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QPalette;
class QWidget;

// Gives a page or form the form style sheet (Theme::formStyleSheet plus its own rules) when it
// is first polished (shown, or rendered), and again when its palette changes (light <-> dark).
// Why not in the constructor: with a sheet set there, Qt re-polishes the whole subtree each time
// a child is added and each time the widget is re-parented; that was 85% of the main window's
// startup. The widget's Polish event comes before its children are polished, so each of them is
// polished once, with the sheet, before the first layout and frame.
// A form inside another one takes no sheet of its own: the outer sheet, which always holds the
// form rules, cascades to it.
class FormStyleSheet : public QObject
{
public:
    using ExtraRules = std::function<QString(const QPalette &)>;

    static void install(QWidget *widget, ExtraRules extraRules = {});

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FormStyleSheet(QWidget *widget, ExtraRules extraRules);
    void apply();
    bool insideStyledForm() const;

    QWidget *m_widget;
    ExtraRules m_extraRules;
    bool m_polished = false;
};
