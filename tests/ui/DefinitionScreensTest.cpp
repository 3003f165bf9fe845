// Renders the Definition tab offscreen in the light and the dark palette (the sample
// connector, List employees selected, the Request sub-tab with its parameters) and checks it
// draws and follows the palette. With CD_SCREENSHOT_DIR set, it writes the PNGs there
// (definition.png, definition-dark.png) for looking at and for docs/screenshots.
#include "IndicatorStyle.h"
#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "ValidationDock.h"
#include "definition/DefinitionPage.h"
#include "definition/NewOperationDialog.h"
#include "definition/OperationEditor.h"
#include "definition/RequestForm.h"
#include "document/ConnectorDocument.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

class DefinitionScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    static QPalette darkPalette();
    static double averageLightness(const QImage &image);

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void DefinitionScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_definition_screens"));
    QSettings().clear();
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr"))));
}

QPalette DefinitionScreensTest::darkPalette()
{
    // The same dark palette as ScreensTest.
    QPalette palette;
    const QColor window(0x20, 0x20, 0x22), base(0x17, 0x17, 0x19), text(0xe8, 0xe8, 0xea);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x48));
    palette.setColor(QPalette::Midlight, QColor(0x38, 0x38, 0x3c));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x12));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x55));
    palette.setColor(QPalette::Highlight, QColor(0x47, 0x9e, 0xf5));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x75));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x75));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x75));
    return palette;
}

double DefinitionScreensTest::averageLightness(const QImage &image)
{
    const QImage small = image.scaled(64, 40, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            sum += QColor(small.pixel(x, y)).lightness();
    }
    return sum / (small.width() * small.height());
}

void DefinitionScreensTest::render_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void DefinitionScreensTest::render()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.controller()->setRemembersRecent(false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.resize(1280, 860);
    QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
    window.tabs()->setCurrentIndex(MainWindow::DefinitionTab);
    window.validationDock()->hide(); // the editor's full height, as after closing the panel
    DefinitionPage *page = window.definitionPage();
    QVERIFY(page->selectOperation(OperationKey(QStringLiteral("/employees"), QStringLiteral("get"))));
    page->editor()->tabs()->setCurrentIndex(OperationEditor::RequestSubTab);
    page->editor()->requestForm()->selectParameter(2); // status: an enum, a default, advanced
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(dark ? QStringLiteral("definition-dark.png")
                                           : QStringLiteral("definition.png")));
    }
    if (!dir.isEmpty()) {
        // The other views, for looking at: the General sub-tab and the New dialog.
        page->editor()->tabs()->setCurrentIndex(OperationEditor::GeneralSubTab);
        QApplication::processEvents();
        window.grab().save(QDir(dir).filePath(dark ? QStringLiteral("definition-general-dark.png")
                                                   : QStringLiteral("definition-general.png")));
        page->newButton()->click();
        NewOperationDialog *dialog = page->newOperationDialog();
        QVERIFY(dialog);
        QApplication::processEvents();
        dialog->grab().save(QDir(dir).filePath(dark ? QStringLiteral("definition-new-dark.png")
                                                    : QStringLiteral("definition-new.png")));
        dialog->reject();
    }
    const double lightness = averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(DefinitionScreensTest)
#include "DefinitionScreensTest.moc"
