// Import in the GUI (issues 6 and 9): from the start page, the File menu, a dropped file and a
// pasted cURL command; off the GUI thread with cancel; errors located; nothing lost.

#include "DocumentController.h"
#include "ImportController.h"
#include "ImportReportDialog.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using Part = ConnectorDocument::Part;


class ImportGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void postmanFromStartPage();
    void openApiYamlDropped();
    void curlPasted();
    void badInputIsLocatedAndChangesNothing();
    void cancelKeepsWindowUsable();
    void keepsUnsavedWorkWhenUserCancels();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    bool waitFinished(QSignalSpy &spy);
    int operationCount() const;
    ImportController *importer() const { return m_f.window->importController(); }

    WindowFixture m_f;
};

// The fixtures come after the class: moc (Qt 6.4) misreads raw strings placed before it.
namespace {

// Two requests in a folder, a path variable, a JSON body, a pre-request script (reported).
const char *Collection = R"json({
  "info": {"name": "Tasks", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {"name": "Projects", "item": [
      {"name": "List tasks", "request": {"method": "GET",
        "url": {"raw": "https://api.tasks.example/v1/projects/:projectId/tasks?limit=10",
                "protocol": "https", "host": ["api", "tasks", "example"],
                "path": ["v1", "projects", ":projectId", "tasks"],
                "query": [{"key": "limit", "value": "10"}],
                "variable": [{"key": "projectId", "value": "42"}]}}},
      {"name": "Create task", "event": [{"listen": "prerequest", "script": {"exec": ["console.log(1)"]}}],
       "request": {"method": "POST",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": "{\"title\": \"Write docs\", \"done\": false}"},
        "url": {"raw": "https://api.tasks.example/v1/tasks", "protocol": "https",
                "host": ["api", "tasks", "example"], "path": ["v1", "tasks"]}}}
    ]}
  ]
})json";

const char *OpenApiYaml = R"yaml(openapi: 3.0.3
info:
  title: Notes
  version: "1.0"
servers:
  - url: https://notes.example/api
paths:
  /notes:
    get:
      operationId: ListNotes
      summary: List notes
      responses:
        "200":
          description: The notes
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  properties:
                    id: {type: integer}
)yaml";

} // namespace

void ImportGuiTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_import"));
}

void ImportGuiTest::init()
{
    QVERIFY(m_f.start());
}

void ImportGuiTest::cleanup()
{
    m_f.stop();
}

QString ImportGuiTest::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_f.dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

bool ImportGuiTest::waitFinished(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(60000);
}

int ImportGuiTest::operationCount() const
{
    const json::JsonValue *paths = m_f.window->document()->value(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/paths")));
    int count = 0;
    for (int i = 0; paths && i < paths->size(); ++i) {
        const json::JsonValue *item = paths->at(i);
        for (int m = 0; item->isObject() && m < item->size(); ++m)
            count += item->keyAt(m) != QLatin1String("parameters") ? 1 : 0;
    }
    return count;
}

void ImportGuiTest::postmanFromStartPage()
{
    const QString path = write(QStringLiteral("tasks.postman_collection.json"), Collection);
    m_f.dialogs->openFiles.enqueue(path);
    QSignalSpy finished(importer(), &ImportController::finished);
    QCommandLinkButton *choice = nullptr;
    for (QCommandLinkButton *button : m_f.window->findChildren<QCommandLinkButton *>()) {
        if (button->text().contains(QStringLiteral("Postman")))
            choice = button;
    }
    QVERIFY(choice && choice->isVisible());
    choice->click();
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().first().toBool(), true);

    ConnectorDocument *doc = m_f.window->document();
    QVERIFY(m_f.window->controller()->isOpen());
    QVERIFY(doc->isUntitled());
    QVERIFY(doc->isModified());
    QCOMPARE(operationCount(), 2);
    QCOMPARE(doc->value(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/host")))->toString(),
             QStringLiteral("api.tasks.example"));
    QVERIFY2(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("Imported 2 operations")),
             qPrintable(m_f.window->statusBar()->currentMessage()));
    // The pre-request script is reported, with its place in the collection.
    auto *report = qobject_cast<ImportReportDialog *>(importer()->reportDialog());
    QVERIFY(report && report->isVisible());
    bool scriptNoted = false;
    for (int i = 0; i < report->entries()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = report->entries()->topLevelItem(i);
        scriptNoted = scriptNoted || (item->text(0).contains(QStringLiteral("script"), Qt::CaseInsensitive)
                                      && item->text(1).contains(QStringLiteral("/item/0/item/1")));
    }
    QVERIFY(scriptNoted);
}

void ImportGuiTest::openApiYamlDropped()
{
    const QString path = write(QStringLiteral("notes.yaml"), OpenApiYaml);
    QCOMPARE(m_f.window->dropKind(path), MainWindow::DropKind::ApiDocument);
    QSignalSpy finished(importer(), &ImportController::finished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_f.window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_f.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_f.window.get(), &drop);
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(operationCount(), 1);
    QCOMPARE(m_f.window->document()->value(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/basePath")))->toString(),
             QStringLiteral("/api"));
}

void ImportGuiTest::curlPasted()
{
    importer()->importCurl();
    auto *dialog = m_f.window->findChild<QDialog *>(QStringLiteral("curlImportDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("curlCommandEdit"));
    QTest::keyClicks(edit, QStringLiteral("curl -X PUT 'https://hr.example/v2/people/7?notify=true' "
                                          "-H 'Content-Type: application/json' -d '{\"name\": \"Ada\"}'"));
    QSignalSpy finished(importer(), &ImportController::finished);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(waitFinished(finished));
    QCOMPARE(operationCount(), 1);
    const json::JsonValue *paths = m_f.window->document()->value(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/paths")));
    QCOMPARE(paths->at(0)->keyAt(0), QStringLiteral("put"));
}

void ImportGuiTest::badInputIsLocatedAndChangesNothing()
{
    const QString path = write(QStringLiteral("broken.json"), "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\n}\n");
    QSignalSpy finished(importer(), &ImportController::finished);
    importer()->importPath(path);
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_f.window->controller()->isOpen());
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    // The reason names the file and a line.
    QVERIFY2(m_f.dialogs->errors.first().contains(QStringLiteral("broken.json:")), qPrintable(m_f.dialogs->errors.first()));
}

void ImportGuiTest::cancelKeepsWindowUsable()
{
    // The largest OpenAPI document of the corpus takes long enough to cancel.
    const QString corpus = qEnvironmentVariable("CD_CORPUS");
    QDir dir(corpus + QStringLiteral("/openapi"));
    QFileInfo largest;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        if (info.size() > largest.size())
            largest = info;
    }
    if (!largest.exists())
        QSKIP("no corpus");
    QSignalSpy finished(importer(), &ImportController::finished);
    importer()->importPath(largest.filePath());
    QVERIFY(importer()->isRunning());
    importer()->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!importer()->isRunning());
    QVERIFY(!m_f.window->controller()->isOpen());
    QVERIFY(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    // The window works on while the abandoned import ends; its result never shows up.
    QVERIFY(m_f.window->controller()->newBlank());
    QTest::qWait(200);
    QCOMPARE(operationCount(), 0);
}

void ImportGuiTest::keepsUnsavedWorkWhenUserCancels()
{
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("mine"))));
    ConnectorDocument *doc = m_f.window->document();
    QVERIFY(doc->setString(Part::Definition, json::JsonPointer::fromString(QStringLiteral("/info/title")),
                           QStringLiteral("Edited")));
    m_f.dialogs->saveChoices.enqueue(DialogProvider::SaveChoice::Cancel);
    QSignalSpy finished(importer(), &ImportController::finished);
    importer()->importPath(write(QStringLiteral("tasks.json"), Collection));
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(doc->displayName(), QStringLiteral("Edited"));
    QVERIFY(!doc->isUntitled());
}

QTEST_MAIN(ImportGuiTest)
#include "ImportGuiTest.moc"
