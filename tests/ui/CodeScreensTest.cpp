// Renders the Code tab and the Swagger editor offscreen in the light and the dark palette and
// checks they draw and follow the palette (the code editor's own colours included). With
// CD_SCREENSHOT_DIR set, it writes code[-dark].png and swagger-editor[-dark].png and swagger-yaml[-dark].png
// there.
#include "CodeEditor.h"
#include "CodePage.h"
#include "DocumentController.h"
#include "IndicatorStyle.h"
#include "MainWindow.h"
#include "RawJsonPage.h"
#include "ScriptOperationsPanel.h"
#include "ScriptedDialogProvider.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QListView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <Qsci/qscilexeryaml.h>

namespace {

const char *const Script
    = "using System.Net.Http;\n"
      "using System.Reflection;\n"
      "using Newtonsoft.Json.Linq;\n"
      "\n"
      "public class Script : ScriptBase\n"
      "{\n"
      "    // Wraps the employee list in an object the flows can loop over.\n"
      "    public override async Task<HttpResponseMessage> ExecuteAsync()\n"
      "    {\n"
      "        HttpResponseMessage response = await Context.SendAsync(Context.Request, "
      "CancellationToken).ConfigureAwait(false);\n"
      "        if (Context.OperationId != \"ListEmployees\" || !response.IsSuccessStatusCode)\n"
      "            return response;\n"
      "        string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);\n"
      "        var wrapped = new JObject\n"
      "        {\n"
      "            [\"items\"] = JArray.Parse(body),\n"
      "            [\"count\"] = JArray.Parse(body).Count,\n"
      "        };\n"
      "        response.Content = CreateJsonContent(wrapped.ToString());\n"
      "        return response;\n"
      "    }\n"
      "}\n";

} // namespace

class CodeScreensTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void render_data();
    void render();

private:
    static void save(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
};

void CodeScreensTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_code_screens"));
    QSettings().clear();
    QApplication::setStyle(new IndicatorStyle(QStringLiteral("Fusion")));
    m_lightPalette = QApplication::style()->standardPalette();
    QVERIFY(UiTestSupport::copySample(m_dir.filePath(QStringLiteral("contoso-hr"))));
}

void CodeScreensTest::cleanup()
{
    QApplication::setPalette(m_lightPalette);
}

void CodeScreensTest::save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void CodeScreensTest::render_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("dark");
    for (bool dark : {false, true}) {
        for (const char *view : {"code", "swagger-editor", "swagger-yaml"})
            QTest::addRow("%s-%s", view, dark ? "dark" : "light") << QString::fromLatin1(view) << dark;
    }
}

void CodeScreensTest::render()
{
    QFETCH(QString, view);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? Theme::darkPalette() : m_lightPalette);

    ScriptedDialogProvider dialogs;
    MainWindow window(&dialogs);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.resize(1280, 800);
    QVERIFY(window.controller()->open(m_dir.filePath(QStringLiteral("contoso-hr"))));
    ConnectorDocument *document = window.document();
    CodeEditor *editor = nullptr;
    if (view == QLatin1String("code")) {
        window.tabs()->setCurrentIndex(MainWindow::CodeTab);
        document->setScript(QString::fromLatin1(Script), true);
        QStandardItemModel *operations = window.codePage()->operationsPanel()->model();
        QVERIFY(operations->rowCount() >= 2);
        operations->item(0)->setCheckState(Qt::Checked);
        operations->item(2)->setCheckState(Qt::Checked);
        window.codePage()->checkNow();
        QCOMPARE(window.codePage()->issues().size(), 1);
        editor = window.codePage()->editor();
    } else if (view == QLatin1String("swagger-yaml")) {
        window.tabs()->setCurrentIndex(MainWindow::SwaggerTab);
        RawJsonPage *raw = window.rawPage();
        raw->notationCombo()->setCurrentIndex(1);
        emit raw->notationCombo()->activated(1); // as a user's choice of YAML does
        editor = raw->view();
        editor->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, -1L); // styling is lazy
        editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 0L);
        QVERIFY(editor->text().startsWith(QStringLiteral("swagger: ")));
        // Keys are styled by the YAML lexer, not left with the JSON lexer's error style.
        QCOMPARE(editor->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, 0UL), long(QsciLexerYAML::Identifier));
    } else {
        window.tabs()->setCurrentIndex(MainWindow::SwaggerTab);
        RawJsonPage *raw = window.rawPage();
        raw->refreshNow();
        editor = raw->view();
        // A draft with a missing comma, applied: marked, not applied.
        editor->setCursorPosition(0, 0);
        QVERIFY(editor->findFirst(QStringLiteral("\"Contoso HR\","), false, true, false, false));
        editor->replaceSelectedText(QStringLiteral("\"Contoso HR\""));
        QVERIFY(!raw->applyDraft());
        editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 0L);
    }
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QString name = view + (dark ? QStringLiteral("-dark") : QString());
    const QImage image = window.grab().toImage();
    save(image, name);
    QVERIFY(!image.isNull());
    const double lightness = UiTestSupport::averageLightness(image);
    const double editorLightness = UiTestSupport::averageLightness(editor->grab().toImage());
    if (dark) {
        QVERIFY2(lightness < 90, qPrintable(QString::number(lightness)));
        QVERIFY2(editorLightness < 90, qPrintable(QString::number(editorLightness)));
    } else {
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
        QVERIFY2(editorLightness > 170, qPrintable(QString::number(editorLightness)));
    }
    document->undoStack()->setClean();
}

QTEST_MAIN(CodeScreensTest)
#include "CodeScreensTest.moc"
