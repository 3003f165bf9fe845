// File > Export in the GUI: the menu's three entries, the file chosen through the scripted
// DialogProvider, YAML picked by the extension, cancel writes nothing, a failed write is shown.
#include "DocumentController.h"
#include "ExportController.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"
#include "export/ZipArchive.h"
#include "json/JsonPointer.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>

class ExportGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasTheThreeExports();
    void zipThroughTheMenu();
    void openApiYamlByExtension();
    void cancelWritesNothing();
    void failedWriteIsShown();
    void warningsOpenTheReport();

private:
    QAction *action(const char *name) const { return m_f.window->findChild<QAction *>(QLatin1String(name)); }
    QByteArray read(const QString &path) const;

    WindowFixture m_f;
};

void ExportGuiTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_export"));
}

void ExportGuiTest::init()
{
    QVERIFY(m_f.start());
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy("hr")));
}

void ExportGuiTest::cleanup()
{
    m_f.stop();
}

QByteArray ExportGuiTest::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void ExportGuiTest::menuHasTheThreeExports()
{
    QMenu *menu = m_f.window->findChild<QMenu *>("exportMenu");
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    QCOMPARE(menu->actions().at(0)->text(), "&OpenAPI 3...");
    QCOMPARE(menu->actions().at(1)->text(), "&Postman Collection...");
    QCOMPARE(menu->actions().at(2)->text(), "&Zip...");
    // It sits in the File menu.
    QMenu *file = m_f.window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(menu->menuAction()));
}

void ExportGuiTest::zipThroughTheMenu()
{
    const QString path = m_f.dir->filePath("hr.zip");
    m_f.dialogs->saveFiles.enqueue(path);
    action("actionExportZip")->trigger();
    QCOMPARE(m_f.dialogs->log.last(), "chooseSaveFile: Export as Zip");
    QList<ZipArchive::Entry> entries;
    QString error;
    QVERIFY2(ZipArchive::read(read(path), &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 3);
    QVERIFY(m_f.window->statusBar()->currentMessage().startsWith("Exported to"));
}

void ExportGuiTest::openApiYamlByExtension()
{
    const QString path = m_f.dir->filePath("hr.openapi.yaml");
    m_f.dialogs->saveFiles.enqueue(path);
    action("actionExportOpenApi")->trigger();
    QVERIFY(read(path).startsWith("openapi: \"3.0.3\"\n"));
    const QString json = m_f.dir->filePath("hr.postman.json");
    m_f.dialogs->saveFiles.enqueue(json);
    action("actionExportPostman")->trigger();
    QVERIFY(read(json).contains(
        "\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\""));
}

void ExportGuiTest::cancelWritesNothing()
{
    const QStringList before = QDir(m_f.dir->path()).entryList(QDir::Files);
    action("actionExportOpenApi")->trigger(); // the scripted dialog answers "cancel"
    QCOMPARE(m_f.dialogs->log.last(), "chooseSaveFile: Export as OpenAPI 3");
    QCOMPARE(QDir(m_f.dir->path()).entryList(QDir::Files), before);
    QVERIFY(m_f.dialogs->errors.isEmpty());
}

void ExportGuiTest::failedWriteIsShown()
{
    m_f.dialogs->saveFiles.enqueue(m_f.dir->filePath("no/such/folder/x.zip"));
    action("actionExportZip")->trigger();
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    QVERIFY(m_f.dialogs->errors.first().startsWith("Export: Cannot write"));
}

void ExportGuiTest::warningsOpenTheReport()
{
    // Without a host, OpenAPI 3 servers are relative: a warning, shown in the report dialog.
    QVERIFY(m_f.window->document()->remove(ConnectorDocument::Part::Definition,
                                           json::JsonPointer::fromString("/host")));
    auto *exporter = m_f.window->findChild<ExportController *>("exportController");
    QVERIFY(exporter);
    QVERIFY(exporter->exportToPath(ConnectorExporter::Format::OpenApi3, m_f.dir->filePath("x.json")));
    QVERIFY(exporter->reportDialog());
    QVERIFY(exporter->reportDialog()->isVisible());
    auto *text = exporter->reportDialog()->findChild<QPlainTextEdit *>("exportReportText");
    QVERIFY(text->toPlainText().contains("warning: The definition has no host"));
    QVERIFY(text->toPlainText().contains("/host"));
}

QTEST_MAIN(ExportGuiTest)
#include "ExportGuiTest.moc"
