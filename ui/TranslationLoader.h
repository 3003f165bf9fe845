#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs the translations for a locale: the designer's own (compiled from translations/*.ts
// into the binary as :/i18n/connector-designer_<lang>.qm) and Qt's for its standard dialogs.
class TranslationLoader
{
public:
    // Returns the translation files installed (none for English or a language we lack).
    static QStringList install(QCoreApplication *app, const QLocale &locale = QLocale());
    // The languages the designer ships, as ISO 639 codes ("de").
    static QStringList availableLanguages();
};
