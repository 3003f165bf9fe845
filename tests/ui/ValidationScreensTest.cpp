// Renders the validation views offscreen in the light and the dark palette: the main window
// with the validation dock (and the General tab's inline messages), the raw view after a jump,
// and the breaking-change diff dialog. Checks they draw and follow the palette. With
// CD_SCREENSHOT_DIR set, it writes each view there as PNG for looking at.
#include "IndicatorStyle.h"
#include "CompareController.h"
#include "DiffDialog.h"
#include "DiffModel.h"
#include "DocumentController.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "Theme.h"
#include "ProblemConnector.h"
#include "LiveValidation.h"
#include "RawJsonPage.h"
#include "RulesDialog.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "ValidationDock.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

class ValidationScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void render_data();
    void render();

private:
    static QImage save(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void ValidationScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_validation_screens"));
    QSettings().clear();
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    // Problems of each kind, most of them with a quick fix.
    QVERIFY(ProblemConnector::write(
        m_dir.filePath(QStringLiteral("contoso-hr")),
        {{"\"operationId\": \"ListEmployees\",\n        \"x-ms-visibility\"",
          "\"operationId\": \"ListEmployees\",\n        \"x-ms-visibilty\""},
         {"\"title\": \"Contoso HR\"", QByteArray("\"title\": \"") + ProblemConnector::LongTitle + "\""},
         {"\"host\": \"api.contoso-hr.example\"", "\"host\": \"https://api.contoso-hr.example\""},
         {"\"summary\": \"Get an employee\"", "\"summary\": \"Get an employee.\""},
         {"\"operationId\": \"UpdateEmployee\"", "\"operationId\": \"Update-Employee\""},
         {"\"description\": \"Returns one employee by ID.\"", "\"description\": \"Get an employee\""}}));
    // The next version of the sample: renamed, retyped, added and hidden things.
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr-1.0"))));
    QVERIFY(ProblemConnector::write(
        m_dir.filePath(QStringLiteral("contoso-hr-2.0")),
        {{"\"operationId\": \"DeleteEmployee\"", "\"operationId\": \"RemoveEmployee\""},
         {"\"type\": \"string\",\n          \"format\": \"date\",\n          \"x-ms-summary\": \"Hire date\",\n"
          "          \"description\": \"The day the employee started.\"",
          "\"type\": \"integer\",\n          \"x-ms-summary\": \"Hire date\",\n"
          "          \"description\": \"The day the employee started.\""},
         {"\"parameters\": [\n          {\n            \"name\": \"search\",",
          "\"parameters\": [\n          {\n            \"name\": \"tenant\",\n            \"in\": \"query\",\n"
          "            \"required\": true,\n            \"type\": \"string\"\n          },\n          {\n"
          "            \"name\": \"search\","},
         {"\"createdAt\": {", "\"manager\": {\n          \"type\": \"string\"\n        },\n        \"createdAt\": {"},
         {"\"operationId\": \"GetEmployee\",\n        \"x-ms-visibility\": \"important\"",
          "\"operationId\": \"GetEmployee\",\n        \"x-ms-visibility\": \"internal\""},
         {"    }\n  },\n  \"definitions\": {",
          "    },\n    \"/departments\": {\n      \"get\": {\n        \"operationId\": \"ListDepartments\",\n"
          "        \"summary\": \"List departments\",\n        \"responses\": {\n          \"200\": {\n"
          "            \"description\": \"The departments.\"\n          }\n        }\n      }\n    }\n  },\n"
          "  \"definitions\": {"}}));
}

void ValidationScreensTest::cleanup()
{
    QSettings().clear(); // rules switched off in one view stay off in the next otherwise
    QApplication::setPalette(m_lightPalette);
}

QImage ValidationScreensTest::save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    return image;
}

void ValidationScreensTest::render_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("dark");
    for (bool dark : {false, true}) {
        for (const char *view : {"validation", "validation-raw", "diff", "rules"})
            QTest::addRow("%s-%s", view, dark ? "dark" : "light") << QString::fromLatin1(view) << dark;
    }
}

void ValidationScreensTest::render()
{
    QFETCH(QString, view);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);

    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.resize(1280, 860);
    const QString name = view + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
    QImage image;
    if (view == QLatin1String("diff")) {
        QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr-2.0"))));
        QVERIFY(window.compareController()->compareWith(m_dir.filePath(QStringLiteral("contoso-hr-1.0")),
                                                        QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("contoso-hr-1.0")))));
        DiffDialog *dialog = window.compareController()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->model()->rowCount() >= 6);
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->resize(1180, 640);
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        image = save(dialog->grab().toImage(), name);
    } else if (view == QLatin1String("rules")) {
        QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
        window.validation()->setRuleEnabled(QStringLiteral("description-sentence"), false);
        window.validationDock()->showRulesDialog();
        RulesDialog *dialog = window.validationDock()->rulesDialog();
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        image = save(dialog->grab().toImage(), name);
        dialog->reject();
    } else {
        QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
        ValidationDock *dock = window.validationDock();
        window.resizeDocks({dock}, {250}, Qt::Vertical);
        QVERIFY(dock->model()->rowCount() >= 6);
        QVERIFY(dock->selectRule(QStringLiteral("extension-name-typo")));
        if (view == QLatin1String("validation-raw"))
            emit dock->findingActivated(*dock->currentFinding());
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        window.rawPage()->refreshNow();
        image = save(window.grab().toImage(), name);
    }
    QVERIFY(!image.isNull());
    const double lightness = UiTestSupport::averageLightness(image);
    if (dark)
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
    else
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(ValidationScreensTest)
#include "ValidationScreensTest.moc"
