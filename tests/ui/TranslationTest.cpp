// The German translation compiled into the binary is found and used for the system locale.

#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "TranslationLoader.h"

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
    const QStringList loaded = TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!loaded.join(QLatin1Char(' ')).contains(QStringLiteral("connector-designer")));
    MainWindow window(&m_dialogs);
    QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
}

void TranslationTest::germanMenusAndStartPage()
{
    const QStringList loaded = TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral("connector-designer_de_DE")), qPrintable(loaded.join(QLatin1Char(','))));
    MainWindow window(&m_dialogs);
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(','))));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    bool startPageTranslated = false;
    for (const QCommandLinkButton *choice : window.findChildren<QCommandLinkButton *>())
        startPageTranslated = startPageTranslated || choice->text() == QStringLiteral("Neuer Connector");
    QVERIFY(startPageTranslated);
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
