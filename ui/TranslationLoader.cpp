#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString OwnPrefix = QStringLiteral("connector-designer");
const QString ResourceDir = QStringLiteral(":/i18n");

// Loads one translation and hands it to the application (which does not own it: parent it).
bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    app->installTranslator(translator);
    return true;
}

} // namespace

QStringList TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList installed;
    if (installOne(app, locale, OwnPrefix, ResourceDir))
        installed << OwnPrefix + QLatin1Char('_') + locale.name();
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    if (installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed << QStringLiteral("qtbase_") + locale.name();
    return installed;
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(ResourceDir).entryList({OwnPrefix + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(OwnPrefix.size() + 1).chopped(3);
    return languages;
}
