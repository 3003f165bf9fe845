// Renders the main views offscreen in the light and the dark palette. Checks they draw
// and follow the palette (no hard-coded light backgrounds in dark mode). With
// CD_SCREENSHOT_DIR set, it also writes each view there as PNG for looking at.
#include "IndicatorStyle.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "Theme.h"
#include "RawJsonPage.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

class ScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void render_data();
    void render();

private:
    QImage grab(MainWindow &window, const QString &name, QSize size);

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void ScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_screens"));
    QSettings().clear();
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr"))));
}

void ScreensTest::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

QImage ScreensTest::grab(MainWindow &window, const QString &name, QSize size)
{
    window.resize(size);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    window.rawPage()->refreshNow();
    const QImage image = window.grab().toImage();
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    return image;
}

void ScreensTest::render_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("dark");
    for (bool dark : {false, true}) {
        for (const char *view : {"welcome", "welcome-recent", "general", "general-narrow", "general-invalid",
                                 "swagger", "security", "read-only"})
            QTest::addRow("%s-%s", view, dark ? "dark" : "light") << QString::fromLatin1(view) << dark;
    }
}

void ScreensTest::render()
{
    QFETCH(QString, view);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);

    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    const QString folder = m_dir.filePath(QStringLiteral("contoso-hr"));
    if (view == QLatin1String("read-only")) {
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(UiTestSupport::copySample(broken));
        QFile definition(broken + QStringLiteral("/apiDefinition.swagger.json"));
        QVERIFY(definition.open(QIODevice::ReadWrite));
        QByteArray bytes = definition.readAll();
        bytes.replace("\"basePath\": \"/v1\",", "\"basePath\": \"/v1\"");
        definition.resize(0);
        definition.write(bytes);
        definition.close();
        QVERIFY(window.controller()->open(broken));
    } else if (view == QLatin1String("welcome-recent")) {
        QVERIFY(window.controller()->open(folder));
        QVERIFY(window.controller()->closeDocument());
    } else if (view != QLatin1String("welcome")) {
        QVERIFY(window.controller()->open(folder));
    }
    if (view == QLatin1String("general-invalid")) {
        window.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QString());
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("hostEdit")),
                         QStringLiteral("https://api.contoso-hr.example/v1"));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral(" Pro"));
    }
    if (view == QLatin1String("swagger"))
        window.tabs()->setCurrentIndex(MainWindow::SwaggerTab);
    if (view == QLatin1String("security"))
        window.tabs()->setCurrentIndex(MainWindow::SecurityTab);

    const QSize size = view == QLatin1String("general-narrow") ? QSize(820, 900) : QSize(1280, 800);
    const QImage image
        = grab(window, view + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")), size);
    QVERIFY(!image.isNull());
    const double lightness = UiTestSupport::averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(ScreensTest)
#include "ScreensTest.moc"
