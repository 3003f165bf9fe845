// Re-import into the open connector in the GUI (issue 6): File > Import > "Re-import into This
// Connector..." with its preview, and "Add Operation from cURL..."; one undo step each.

#include "DocumentController.h"
#include "MainWindow.h"
#include "MergePreviewDialog.h"
#include "ReimportController.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationEdits.h"
#include "domain/OperationIndex.h"
#include "domain/OperationView.h"
#include "json/JsonValue.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using Part = ConnectorDocument::Part;

class ReimportGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasTheActions();
    void previewThenApplyIsOneUndoStep();
    void cancelChangesNothing();
    void curlAddsOrUpdatesAnOperation();
    void unreadableInputIsReported();

private:
    QString newVersion();
    QAction *menuAction(const QString &name) const;
    MergePreviewDialog *openPreview(const QString &path);
    ReimportController *reimporter() const { return m_f.window->reimportController(); }
    QByteArray definitionBytes() const { return m_f.window->document()->file(Part::Definition).toBytes(); }

    WindowFixture m_f;
};

void ReimportGuiTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_reimport"));
}

void ReimportGuiTest::init()
{
    QVERIFY(m_f.start());
    QVERIFY(m_f.window->controller()->open(m_f.sampleCopy(QStringLiteral("hr"))));
}

void ReimportGuiTest::cleanup()
{
    m_f.stop();
}

// The sample's API, a version later: ListEmployees' "top" is now a string, GetHeadcountReport
// is gone, and there is a new DELETE /audit-log.
QString ReimportGuiTest::newVersion()
{
    QJsonObject root = QJsonDocument::fromJson(definitionBytes()).object();
    QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    QJsonObject employees = paths.value(QStringLiteral("/employees")).toObject();
    QJsonObject list = employees.value(QStringLiteral("get")).toObject();
    QJsonArray parameters = list.value(QStringLiteral("parameters")).toArray();
    for (int i = 0; i < parameters.size(); ++i) {
        QJsonObject parameter = parameters.at(i).toObject();
        if (parameter.value(QStringLiteral("name")) == QStringLiteral("top")) {
            parameter.insert(QStringLiteral("type"), QStringLiteral("string"));
            parameter.remove(QStringLiteral("format"));
            parameters.replace(i, parameter);
        }
    }
    list.insert(QStringLiteral("parameters"), parameters);
    // The API's own wording: the preview must show the connector's summary, which is kept.
    list.insert(QStringLiteral("summary"), QStringLiteral("List employees (v2)"));
    employees.insert(QStringLiteral("get"), list);
    paths.insert(QStringLiteral("/employees"), employees);
    paths.remove(QStringLiteral("/reports/headcount"));
    QJsonObject audit = paths.value(QStringLiteral("/audit-log")).toObject();
    audit.insert(
        QStringLiteral("delete"),
        QJsonObject {
            {QStringLiteral("operationId"), QStringLiteral("ClearAuditLog")},
            {QStringLiteral("summary"), QStringLiteral("Clear the audit log")},
            {QStringLiteral("responses"),
             QJsonObject {{QStringLiteral("204"),
                           QJsonObject {{QStringLiteral("description"), QStringLiteral("Cleared")}}}}}});
    paths.insert(QStringLiteral("/audit-log"), audit);
    root.insert(QStringLiteral("paths"), paths);
    const QString path = m_f.dir->filePath(QStringLiteral("contoso-hr-v2.swagger.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
    return path;
}

// The File > Import menu's action of that name.
QAction *ReimportGuiTest::menuAction(const QString &name) const
{
    auto *menu = m_f.window->findChild<QMenu *>(QStringLiteral("importMenu"));
    for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// Through the menu, as a user would: the file comes from the (scripted) open dialog.
MergePreviewDialog *ReimportGuiTest::openPreview(const QString &path)
{
    m_f.dialogs->openFiles.enqueue(path);
    QAction *action = menuAction(QStringLiteral("actionReimport"));
    if (!action)
        return nullptr;
    action->trigger();
    QTest::qWaitFor([this] { return reimporter()->previewDialog() != nullptr; }, 30000);
    return reimporter()->previewDialog();
}

void ReimportGuiTest::menuHasTheActions()
{
    auto *menu = m_f.window->findChild<QMenu *>(QStringLiteral("importMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *action : menu->actions())
        names << action->objectName();
    QVERIFY(names.contains(QStringLiteral("actionReimport")));
    QVERIFY(names.contains(QStringLiteral("actionAddOperationFromCurl")));
}

void ReimportGuiTest::previewThenApplyIsOneUndoStep()
{
    ConnectorDocument *document = m_f.window->document();
    const OperationKey list(QStringLiteral("/employees"), QStringLiteral("get"));
    QVERIFY(OperationEdits::setOperationField(document, list, OperationEdits::Field::Summary,
                                              QStringLiteral("Find people"))
                .ok);
    const QByteArray before = definitionBytes();
    const int steps = document->undoStack()->count();

    MergePreviewDialog *preview = openPreview(newVersion());
    QVERIFY(preview && preview->isVisible());
    QVERIFY2(preview->plan().notes.isEmpty(), qPrintable(preview->plan().notes.join(QLatin1Char('\n'))));
    QTreeWidget *tree = preview->tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups << tree->topLevelItem(i)->text(0);
    QCOMPARE(groups,
             (QStringList {QStringLiteral("Added (1)"), QStringLiteral("Changed (1)"),
                           QStringLiteral("Not in the import (1)"), QStringLiteral("Unchanged (5)")}));
    QTreeWidgetItem *changed = tree->topLevelItem(1)->child(0);
    QCOMPARE(changed->text(0), QStringLiteral("GET /employees (ListEmployees)"));
    QCOMPARE(changed->text(1), QStringLiteral("Find people"));
    QCOMPARE(changed->toolTip(1), QStringLiteral("Kept: Find people\nIn the import: List employees (v2)"));
    QCOMPARE(changed->child(0)->text(0), QStringLiteral("parameter top (query): type, format changed"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("GET /reports/headcount (GetHeadcountReport)"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("kept in the connector"));

    // Screenshot of the preview (light), for the docs.
    const QImage image = preview->grab().toImage();
    QVERIFY(UiTestSupport::averageLightness(image) > 150);
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("reimport-preview.png"))));
    }

    QTest::mouseClick(preview->deleteRemovedBox(), Qt::LeftButton, {},
                      QPoint(8, preview->deleteRemovedBox()->height() / 2));
    QVERIFY(preview->deleteRemoved());
    QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("will be deleted"));
    QSignalSpy finished(reimporter(), &ReimportController::finished);
    QTest::mouseClick(preview->applyButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(OperationView(document, list).summary(), QStringLiteral("Find people"));
    QVERIFY(OperationView(document, OperationKey(QStringLiteral("/audit-log"), QStringLiteral("delete")))
                .isValid());
    QVERIFY(
        !OperationView(document, OperationKey(QStringLiteral("/reports/headcount"), QStringLiteral("get")))
             .isValid());
    QVERIFY2(m_f.window->statusBar()->currentMessage().contains(QStringLiteral("1 added, 1 changed")),
             qPrintable(m_f.window->statusBar()->currentMessage()));

    document->undoStack()->undo();
    QCOMPARE(definitionBytes(), before);
}

void ReimportGuiTest::cancelChangesNothing()
{
    ConnectorDocument *document = m_f.window->document();
    const QByteArray before = definitionBytes();
    const int steps = document->undoStack()->count();
    MergePreviewDialog *preview = openPreview(newVersion());
    QVERIFY(preview);
    QSignalSpy finished(reimporter(), &ReimportController::finished);
    preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(definitionBytes(), before);
}

void ReimportGuiTest::curlAddsOrUpdatesAnOperation()
{
    ConnectorDocument *document = m_f.window->document();
    const int operations = OperationIndex(document).size();
    const int steps = document->undoStack()->count();
    const QByteArray before = definitionBytes();
    QAction *curl = menuAction(QStringLiteral("actionAddOperationFromCurl"));
    QVERIFY(curl);
    curl->trigger();
    auto *dialog = m_f.window->findChild<QDialog *>(QStringLiteral("curlImportDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Operation from cURL"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("curlCommandEdit")),
                     QStringLiteral("curl -X POST 'https://api.contoso-hr.example/v1/employees/42/archive' "
                                    "-H 'X-Reason: left'"));
    QSignalSpy finished(reimporter(), &ReimportController::finished);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(OperationIndex(document).size(), operations + 1);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QVERIFY(
        OperationView(document,
                      OperationKey(QStringLiteral("/employees/{employeeId}/archive"), QStringLiteral("post")))
            .isValid()
        || OperationView(document,
                         OperationKey(QStringLiteral("/employees/42/archive"), QStringLiteral("post")))
               .isValid());
    document->undoStack()->undo();
    QCOMPARE(definitionBytes(), before);

    // A command for an existing operation updates it in place: its summary stays.
    QVERIFY(reimporter()->mergeCurlText(
        QStringLiteral("curl 'https://api.contoso-hr.example/v1/audit-log?since=2024-01-01'")));
    QCOMPARE(OperationIndex(document).size(), operations);
    const OperationView audit(document, OperationKey(QStringLiteral("/audit-log"), QStringLiteral("get")));
    QVERIFY(audit.parameter(QStringLiteral("since"), QStringLiteral("query")).has_value());
    QVERIFY(!audit.summary().isEmpty());
}

void ReimportGuiTest::unreadableInputIsReported()
{
    const QByteArray before = definitionBytes();
    const QString path = m_f.dir->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\n}\n");
    file.close();
    QSignalSpy finished(reimporter(), &ReimportController::finished);
    reimporter()->reimportPath(path);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    QVERIFY2(m_f.dialogs->errors.first().contains(QStringLiteral("broken.json:")),
             qPrintable(m_f.dialogs->errors.first()));
    QVERIFY(!reimporter()->previewDialog());
    QCOMPARE(definitionBytes(), before);
}

QTEST_MAIN(ReimportGuiTest)
#include "ReimportGuiTest.moc"
