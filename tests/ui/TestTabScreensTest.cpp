// Renders the Test tab offscreen in the light and the dark palette after a real call to the
// built-in demo API (ListEmployees, response shown). Checks it draws and follows the palette.
// With CD_SCREENSHOT_DIR set, it writes test-tab.png and test-tab-dark.png.
#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "ValidationDock.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "test/TestController.h"
#include "test/TestPage.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestTabScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QPalette m_lightPalette;
    SecretStore m_secrets {SecretStore::Mode::MemoryOnly};
};

void TestTabScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_test_tab_screens"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr"))));
}

void TestTabScreensTest::render_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTabScreensTest::render()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);
    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.controller()->setRemembersRecent(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    auto *page = qobject_cast<TestPage *>(window.tabs()->widget(MainWindow::TestTab));
    QVERIFY(page);
    page->controller()->setSecretStore(&m_secrets);
    window.show();
    window.resize(1280, 860);
    QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
    window.tabs()->setCurrentIndex(MainWindow::TestTab);
    window.validationDock()->hide();
    QVERIFY(page->selectOperation(QStringLiteral("ListEmployees")));
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return page->testButton()->isEnabled(); }, 10000));
    QVERIFY(page->lastTest().passed);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(
            QDir(dir).filePath(dark ? QStringLiteral("test-tab-dark.png") : QStringLiteral("test-tab.png")));
    }
    const double lightness = UiTestSupport::averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestTabScreensTest)
#include "TestTabScreensTest.moc"
