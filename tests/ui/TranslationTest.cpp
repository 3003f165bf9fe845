// The German translation compiled into the binary is found and used for the system locale.

#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "TranslationLoader.h"
#include "document/ConnectorDocument.h"
#include "import/ConnectorImporter.h"
#include "import/ImportedConnector.h"
#include "validation/Validator.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QMenuBar>
#include <QTest>

class TranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void germanIsShipped();
    void englishLoadsNothingOfOurs();
    void germanMenusAndStartPage();
    void germanMessagesFromCore();

private:
    static QStringList menuTitles(const MainWindow &window);
    ScriptedDialogProvider m_dialogs;
};

QStringList TranslationTest::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void TranslationTest::germanIsShipped()
{
    QVERIFY2(TranslationLoader::availableLanguages().contains(QStringLiteral("de")),
             qPrintable(TranslationLoader::availableLanguages().join(QLatin1Char(','))));
}

void TranslationTest::englishLoadsNothingOfOurs()
{
    const QStringList loaded
        = TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!loaded.join(QLatin1Char(' ')).contains(QStringLiteral("connector-designer")));
    MainWindow window(&m_dialogs);
    QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
}

void TranslationTest::germanMenusAndStartPage()
{
    const QStringList loaded = TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral("connector-designer_de_DE")),
             qPrintable(loaded.join(QLatin1Char(','))));
    MainWindow window(&m_dialogs);
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(','))));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    bool startPageTranslated = false;
    for (const QCommandLinkButton *choice : window.findChildren<QCommandLinkButton *>())
        startPageTranslated = startPageTranslated || choice->text() == QStringLiteral("Neuer Connector");
    QVERIFY(startPageTranslated);
}

// Core's texts are looked up at run time in the contexts lupdate wrote: the validation rules
// (namespace rules) and a class's own texts.
void TranslationTest::germanMessagesFromCore()
{
    TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    ConnectorDocument document;
    document.newFromBytes(R"({"swagger": "2.0", "info": {"version": "1.0"}, "host": "api.example.com",
        "paths": {"/items": {"get": {"responses": {"200": {"description": "OK"}}}}}})",
                          "{}");
    QCOMPARE(document.displayName(), QStringLiteral("Unbenannt"));
    QStringList messages;
    for (const ValidationFinding &finding : Validator().validate(document))
        messages << finding.message;
    QVERIFY2(messages.contains(QStringLiteral(
                 "Geben Sie GET /items eine operationId: Flows und Apps rufen die Operation darüber auf")),
             qPrintable(messages.join(QLatin1Char('\n'))));
    // An import note written by a class inside a .cpp (OpenApiConverter.cpp's Conversion).
    const ImportedConnector imported = ConnectorImporter::import(
        R"({"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}})");
    QStringList notes;
    for (const ImportReport::Entry &entry : imported.report.entries())
        notes << entry.message;
    QVERIFY2(notes.contains(QStringLiteral("Das Dokument nennt keinen Server; der Host bleibt leer (setzen "
                                           "Sie ihn vor dem Veröffentlichen).")),
             qPrintable(notes.join(QLatin1Char('\n'))));
    TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
