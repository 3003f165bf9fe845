#include "AppIcons.h"

#include "Theme.h"
#include "UiResources.h"

#include <QApplication>
#include <QFile>

namespace AppIcons {

QIcon icon(const QString &name, QStyle::StandardPixmap fallback)
{
    UiResources::ensureLoaded();
    // Dark palettes get the variant with lighter strokes, where there is one.
    if (Theme::isDark(QApplication::palette())) {
        const QString dark = QStringLiteral(":/icons/dark/") + name + QStringLiteral(".svg");
        if (QFile::exists(dark))
            return QIcon(dark);
    }
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(fallback);
}

} // namespace AppIcons
