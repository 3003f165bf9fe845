#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Theme {

QColor accent()
{
    return QColor(0x0f, 0x6c, 0xbd);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc4, 0x2b, 0x1c);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf7, 0xc9, 0x48) : QColor(0x9d, 0x5d, 0x00);
}

QColor successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x0f, 0x7b, 0x0f);
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x20, 0x20, 0x22), base(0x17, 0x17, 0x19), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x70, 0x70, 0x75);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x48));
    palette.setColor(QPalette::Midlight, QColor(0x38, 0x38, 0x3c));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x12));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x55));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x47, 0x9e, 0xf5));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

void apply(AppSettings::Theme theme)
{
    // The palette the platform gave before any choice: what "System" goes back to.
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case AppSettings::Theme::System:
        QApplication::setPalette(systemPalette);
        break;
    case AppSettings::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QColor mutedText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QString cssColor(const QColor &color)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(color.red())
        .arg(color.green())
        .arg(color.blue())
        .arg(color.alpha());
}

QString formStyleSheet(const QPalette &palette)
{
    const QString error = errorColor(palette).name();
    const QString muted = mutedText(palette).name();
    return QStringLiteral("QFrame#formSection { background: palette(base); border: 1px solid palette(mid);"
                          " border-radius: 8px; }"
                          "QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }"
                          "QLabel#sectionSubtitle, QLabel[caption=\"true\"] { color: %2; }"
                          "QLabel#pageTitle { font-size: 17pt; font-weight: 600; }"
                          "QLineEdit, QPlainTextEdit { border: 1px solid palette(mid); border-radius: 4px;"
                          " padding: 4px 6px; background: palette(base); }"
                          "QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid palette(highlight); }"
                          "QLineEdit:disabled, QPlainTextEdit:disabled { background: palette(window); }"
                          "QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"]"
                          " { border: 1px solid %1; }"
                          "QLabel[fieldMessage=\"true\"] { color: %1; }"
                          "QPushButton[segment] { border: 1px solid palette(mid); background: palette(base);"
                          " padding: 5px 18px; min-width: 48px; }"
                          "QPushButton[segment=\"left\"] { border-top-left-radius: 4px;"
                          " border-bottom-left-radius: 4px; }"
                          "QPushButton[segment=\"right\"] { border-left: none; border-top-right-radius: 4px;"
                          " border-bottom-right-radius: 4px; }"
                          "QPushButton[segment]:hover { background: palette(alternate-base); }"
                          "QPushButton[segment]:checked { background: palette(highlight);"
                          " color: palette(highlighted-text); border-color: palette(highlight); }"
                          "QPushButton[segment]:disabled { color: palette(mid); }")
        .arg(error, muted);
}

void setInvalid(QWidget *field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    // Dynamic properties in selectors only apply after a re-polish.
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->update();
}

} // namespace Theme
