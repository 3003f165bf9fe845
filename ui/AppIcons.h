#pragma once

#include <QIcon>
#include <QStyle>

// The application's icons from :/icons/<name>.svg (:/icons/dark/<name>.svg on dark
// palettes), falling back to a standard style icon while an SVG is missing.
namespace AppIcons {

QIcon icon(const QString &name, QStyle::StandardPixmap fallback);

} // namespace AppIcons
