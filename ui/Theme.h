#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include "settings/AppSettings.h"

// The few colours and style rules the UI uses beyond the system palette. Everything
// else comes from the palette, so the system's light or dark theme carries through.
namespace Theme {

QColor accent(); // the one brand accent
bool isDark(const QPalette &palette);
QColor errorColor(const QPalette &palette); // readable on the palette's base/window
QColor warningColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor mutedText(const QPalette &palette);
// rgba(...) for style sheets, keeping the alpha.
QString cssColor(const QColor &color);
// Shared rules for form pages: framed inputs, invalid inputs, section cards, captions.
QString formStyleSheet(const QPalette &palette);
// The designer's own dark palette (used when the user picks the dark theme, whatever the system).
QPalette darkPalette();
// Applies a theme choice to the application's palette; pages whose colours are not from the
// palette follow its PaletteChange event.
void apply(AppSettings::Theme theme);

// Marks an input as invalid (red border) through the [invalid="true"] rule.
void setInvalid(class QWidget *field, bool invalid);

} // namespace Theme
