#include "AppSettings.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QSettings>

#include <algorithm>

namespace {

const QString ThemeKey = QStringLiteral("preferences/theme");
const QString FontKey = QStringLiteral("preferences/editorFont");
const QString TimeoutKey = QStringLiteral("preferences/requestTimeoutSeconds");
const QString RetriesKey = QStringLiteral("preferences/requestRetries");
const QString ConfirmKey = QStringLiteral("preferences/confirmDeletions");

} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent) { }

AppSettings *AppSettings::instance()
{
    // Parented to the application so it goes before QCoreApplication does.
    static AppSettings *settings = nullptr;
    if (!settings)
        settings = new AppSettings(QCoreApplication::instance());
    return settings;
}

void AppSettings::store(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed();
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(QSettings().value(ThemeKey).toString());
}

void AppSettings::setTheme(Theme theme)
{
    store(ThemeKey, themeName(theme));
}

QFont AppSettings::editorFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString stored = QSettings().value(FontKey).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    font.setStyleHint(QFont::Monospace);
    return font;
}

void AppSettings::setEditorFont(const QFont &font)
{
    store(FontKey, font.toString());
}

int AppSettings::requestTimeoutSeconds() const
{
    const int seconds = QSettings().value(TimeoutKey, DefaultTimeoutSeconds).toInt();
    return std::clamp(seconds, 1, MaxTimeoutSeconds);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    store(TimeoutKey, std::clamp(seconds, 1, MaxTimeoutSeconds));
}

int AppSettings::requestRetries() const
{
    return std::clamp(QSettings().value(RetriesKey, DefaultRetries).toInt(), 0, MaxRetries);
}

void AppSettings::setRequestRetries(int retries)
{
    store(RetriesKey, std::clamp(retries, 0, MaxRetries));
}

bool AppSettings::confirmDeletions() const
{
    return QSettings().value(ConfirmKey, true).toBool();
}

void AppSettings::setConfirmDeletions(bool confirm)
{
    store(ConfirmKey, confirm);
}
