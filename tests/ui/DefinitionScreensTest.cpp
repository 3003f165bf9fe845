// Renders the Definition tab offscreen in the light and the dark palette (the sample
// connector, List employees selected, the Request sub-tab with its parameters) and checks it
// draws and follows the palette. With CD_SCREENSHOT_DIR set, it writes the PNGs there
// (definition.png, definition-dark.png) for looking at and for docs/screenshots.
#include "IndicatorStyle.h"
#include "Theme.h"
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

void DefinitionScreensTest::render_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void DefinitionScreensTest::render()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);
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
    const double lightness = UiTestSupport::averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(DefinitionScreensTest)
#include "DefinitionScreensTest.moc"
