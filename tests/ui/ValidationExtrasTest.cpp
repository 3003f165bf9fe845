// The budget meter, the breaking-change diff dialog and the live validation's cost on the
// largest corpus connector, offscreen with real widgets.
#include "BudgetGauge.h"
#include "BudgetMeter.h"
#include "CompareController.h"
#include "DiffDialog.h"
#include "DiffModel.h"
#include "DocumentController.h"
#include "LiveValidation.h"
#include "MainWindow.h"
#include "ProblemConnector.h"
#include "ScriptedDialogProvider.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "document/ConnectorDocument.h"
#include "validation/ConnectorBudget.h"
#include "views/ValidationPass.h"
#include "json/JsonParser.h"
#include "json/JsonValue.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using Part = ConnectorDocument::Part;
using json::JsonPointer;

class ValidationExtrasTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void budgetMeterShowsSampleNumbers();
    void budgetCountsSchemasLikeTheRule();
    void budgetFollowsEdits();
    void gaugeLevels();
    void diffWithSavedListsRemovedOperationAsBreaking();
    void diffWithFolderUsesDialogProvider();
    void diffActionsFollowDocumentState();
    void backgroundRunPlacesFindingsInCurrentText();
    void liveValidationOfLargestCorpusConnector();

private:
    MainWindow *window() const { return m_f.window.get(); }
    QString sample(const QString &name);

    WindowFixture m_f;
};

void ValidationExtrasTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_validation_extras"));
}

void ValidationExtrasTest::init()
{
    QVERIFY(m_f.start());
}

void ValidationExtrasTest::cleanup()
{
    m_f.stop();
}

QString ValidationExtrasTest::sample(const QString &name)
{
    const QString folder = m_f.dir->filePath(name);
    if (!UiTestSupport::copySample(folder))
        qFatal("cannot copy the sample");
    return folder;
}

void ValidationExtrasTest::budgetMeterShowsSampleNumbers()
{
    const QString folder = sample(QStringLiteral("sample"));
    QVERIFY(window()->controller()->open(folder));
    BudgetMeter *meter = window()->budgetMeter();
    QVERIFY(meter->isVisible());
    const qint64 bytes = QFileInfo(folder + QStringLiteral("/apiDefinition.swagger.json")).size();
    QCOMPARE(meter->sizeGauge()->value(), bytes);
    QCOMPARE(meter->sizeGauge()->limit(), qint64(1024 * 1024));
    QCOMPARE(meter->sizeGauge()->valueText(), BudgetMeter::sizeText(bytes) + QStringLiteral("/1 MB"));
    // The sample's seven operations: employees list, create, get, update, delete; audit log; headcount.
    QCOMPARE(meter->operationsGauge()->value(), qint64(7));
    QCOMPARE(meter->operationsGauge()->valueText(), QStringLiteral("7/256"));
    QVERIFY(meter->schemasGauge()->value() > 1);
    QCOMPARE(meter->schemasGauge()->limit(), qint64(512));
    QCOMPARE(meter->sizeGauge()->level(), BudgetGauge::Level::Normal);
    QVERIFY(meter->schemasGauge()->toolTip().contains(QStringLiteral("schema objects")));
    // The minified size, against Qt's own compact writer as an independent measure.
    QFile file(folder + QStringLiteral("/apiDefinition.swagger.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 minified = QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact).size();
    QVERIFY(minified < bytes);
    QVERIFY2(meter->sizeGauge()->toolTip().contains(QLocale().toString(minified)
                                                    + QStringLiteral(" bytes minified")),
             qPrintable(meter->sizeGauge()->toolTip()));
}

void ValidationExtrasTest::budgetCountsSchemasLikeTheRule()
{
    // Item: itself, a, b, b's items, c, d = 6; the recursive "self" adds nothing. The list
    // response is an array of Items: 1 + 6 = 7, the largest body.
    const QByteArray definition = R"({
  "swagger": "2.0",
  "info": {"title": "Budget", "version": "1.0"},
  "host": "example.com",
  "paths": {
    "/items": {
      "get": {"operationId": "ListItems", "responses": {"200": {"description": "ok",
        "schema": {"type": "array", "items": {"$ref": "#/definitions/Item"}}}}},
      "post": {"operationId": "AddItem", "parameters": [{"name": "body", "in": "body",
        "schema": {"$ref": "#/definitions/Item"}}], "responses": {"201": {"description": "ok"}}}
    }
  },
  "definitions": {
    "Item": {"type": "object", "properties": {
      "a": {"type": "string"},
      "b": {"type": "array", "items": {"type": "object", "properties": {"c": {"type": "string"}, "d": {"type": "integer"}}}},
      "self": {"$ref": "#/definitions/Item"}
    }}
  }
}
)";
    const json::JsonFile file
        = json::JsonFile::fromBytes(definition, QStringLiteral("apiDefinition.swagger.json"));
    QVERIFY(file.isValid());
    const ConnectorBudget::Figures budget = ConnectorBudget::measure(file, definition.size());
    QCOMPARE(budget.operations, 2);
    QCOMPARE(budget.largestBodySchemas, qint64(7));
    QCOMPARE(budget.largestBody, QStringLiteral("response 200 of ListItems"));
    QCOMPARE(budget.definitionBytes, qint64(definition.size()));
}

void ValidationExtrasTest::budgetFollowsEdits()
{
    QVERIFY(window()->controller()->open(sample(QStringLiteral("sample"))));
    ConnectorDocument *document = window()->document();
    BudgetMeter *meter = window()->budgetMeter();
    const qint64 before = meter->sizeGauge()->value();
    QVERIFY(
        document->remove(Part::Definition,
                         JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/delete"))));
    QTRY_COMPARE_WITH_TIMEOUT(meter->operationsGauge()->value(), qint64(6), 3000);
    QCOMPARE(meter->sizeGauge()->value(), qint64(document->file(Part::Definition).toBytes().size()));
    QVERIFY(meter->sizeGauge()->value() < before);
}

void ValidationExtrasTest::gaugeLevels()
{
    BudgetGauge gauge(QStringLiteral("Operations"));
    gauge.setValue(100, 256, QStringLiteral("100/256"));
    QCOMPARE(gauge.level(), BudgetGauge::Level::Normal);
    gauge.setValue(200, 256, QStringLiteral("200/256")); // 78 %
    QCOMPARE(gauge.level(), BudgetGauge::Level::Near);
    gauge.setValue(240, 256, QStringLiteral("240/256")); // 94 %
    QCOMPARE(gauge.level(), BudgetGauge::Level::Critical);
    gauge.setValue(300, 256, QStringLiteral("300/256"));
    QCOMPARE(gauge.level(), BudgetGauge::Level::Critical);
    QVERIFY(gauge.sizeHint().width() > 60);
    const QImage image = gauge.grab().toImage();
    QVERIFY(!image.isNull());
}

void ValidationExtrasTest::diffWithSavedListsRemovedOperationAsBreaking()
{
    QVERIFY(window()->controller()->open(sample(QStringLiteral("sample"))));
    ConnectorDocument *document = window()->document();
    QVERIFY(
        document->remove(Part::Definition,
                         JsonPointer::fromString(QStringLiteral("/paths/~1employees~1{employeeId}/delete"))));
    auto *compare = window()->findChild<QAction *>(QStringLiteral("actionCompareSaved"));
    QVERIFY(compare && compare->isEnabled());
    compare->trigger();
    DiffDialog *dialog = window()->compareController()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    DiffModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 1);
    const DiffChange &change = model->change(0);
    QCOMPARE(change.kind, DiffChange::Kind::OperationRemoved);
    QVERIFY(change.breaking);
    QCOMPARE(change.operationId, QStringLiteral("DeleteEmployee"));
    QCOMPARE(model->index(0, DiffModel::ImpactColumn).data().toString(), QStringLiteral("Breaking"));
    QCOMPARE(model->index(0, DiffModel::OperationColumn).data().toString(), QStringLiteral("DeleteEmployee"));
    QCOMPARE(model->index(0, DiffModel::OperationColumn).data(DiffModel::SecondaryTextRole).toString(),
             QStringLiteral("DELETE /employees/{employeeId}"));
    QCOMPARE(model->index(0, DiffModel::ChangeColumn).data().toString(), QStringLiteral("Operation removed"));
    QVERIFY(
        !model->index(0, DiffModel::ChangeColumn).data(DiffModel::SecondaryTextRole).toString().isEmpty());
    QVERIFY(dialog->summaryText().startsWith(QStringLiteral("1 breaking change")));
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("diffNew"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("unsaved")));
    dialog->close();
    QTRY_VERIFY(!window()->compareController()->dialog()); // deleted on close
}

void ValidationExtrasTest::diffWithFolderUsesDialogProvider()
{
    // The other folder is the old version: it had an optional "top" query parameter on ListEmployees
    // that the open document makes required... the reverse: the document adds a required one.
    const QString old = sample(QStringLiteral("old"));
    QVERIFY(window()->controller()->open(sample(QStringLiteral("new"))));
    ConnectorDocument *document = window()->document();
    QString error;
    auto parameter = json::JsonParser::parseValue(
        QStringLiteral(R"({"name": "tenant", "in": "query", "required": true, "type": "string"})"), &error);
    QVERIFY2(parameter, qPrintable(error));
    QVERIFY(document->insert(Part::Definition,
                             JsonPointer::fromString(QStringLiteral("/paths/~1employees/get/parameters")), -1,
                             std::move(parameter)));
    QVERIFY(document->save(&error));

    m_f.dialogs->folders.enqueue(old);
    window()->findChild<QAction *>(QStringLiteral("actionCompareFolder"))->trigger();
    QVERIFY(m_f.dialogs->log.join(QLatin1Char('\n')).contains(QStringLiteral("Compare With Folder")));
    DiffDialog *dialog = window()->compareController()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->change(0).kind, DiffChange::Kind::ParameterAdded);
    QVERIFY(dialog->model()->change(0).breaking);
    QCOMPARE(dialog->findChild<QWidget *>(QStringLiteral("diffOld"))->property("text").toString(),
             QDir::toNativeSeparators(old));

    // Only the breaking ones: still the one; nothing compatible.
    dialog->breakingOnlyBox()->setChecked(true);
    QCOMPARE(dialog->model()->rowCount(), 1);

    // Cancelled: nothing shown. A folder that is not a connector: an error.
    QVERIFY(!window()->compareController()->compareWithFolder());
    m_f.dialogs->folders.enqueue(m_f.dir->path());
    QVERIFY(!window()->compareController()->compareWithFolder());
    QCOMPARE(m_f.dialogs->errors.size(), 1);
}

void ValidationExtrasTest::diffActionsFollowDocumentState()
{
    auto *saved = window()->findChild<QAction *>(QStringLiteral("actionCompareSaved"));
    auto *folder = window()->findChild<QAction *>(QStringLiteral("actionCompareFolder"));
    QVERIFY(!saved->isEnabled() && !folder->isEnabled()); // welcome page
    QVERIFY(window()->controller()->newBlank());
    QVERIFY(!saved->isEnabled()); // untitled: nothing saved to compare with
    QVERIFY(folder->isEnabled());
    QVERIFY(!window()->compareController()->compareWithSaved());
    QCOMPARE(m_f.dialogs->errors.size(), 1);
    QVERIFY(window()->controller()->open(sample(QStringLiteral("sample"))));
    QVERIFY(saved->isEnabled());
    QVERIFY(window()->compareController()->compareWithSaved());
    QCOMPARE(window()->compareController()->dialog()->model()->rowCount(), 0);
    QVERIFY(window()
                ->compareController()
                ->dialog()
                ->findChild<QWidget *>(QStringLiteral("diffEmpty"))
                ->isVisible());
}

void ValidationExtrasTest::backgroundRunPlacesFindingsInCurrentText()
{
    const QString folder = m_f.dir->filePath(QStringLiteral("problems"));
    QVERIFY(ProblemConnector::writeKnownProblems(folder));
    QVERIFY(window()->controller()->open(folder));
    LiveValidation *validation = window()->validation();
    validation->setBackgroundThreshold(0); // as if the definition were large
    ConnectorDocument *document = window()->document();
    const auto findingOf = [validation](const QString &ruleId) -> const ValidationFinding * {
        for (const ValidationFinding &finding : validation->findings()) {
            if (finding.ruleId == ruleId)
                return &finding;
        }
        return nullptr;
    };
    QVERIFY(findingOf(QStringLiteral("title-length")));
    const int typoLine = findingOf(QStringLiteral("extension-name-typo"))->line;

    // Two edits in a row: five lines added above the typo, then the title fixed.
    auto extra = json::JsonValue::makeObject();
    for (const char *key : {"a", "b", "c"})
        extra->insertItem(extra->size(), json::JsonValue::makeString(QStringLiteral("x")),
                          QLatin1String(key));
    QVERIFY(document->setValue(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/x-extra")),
                               std::move(extra)));
    QVERIFY(validation->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isPending(), 5000);
    QVERIFY(validation->lastRunInBackground());
    QCOMPARE(findingOf(QStringLiteral("extension-name-typo"))->line, typoLine + 5);
    QVERIFY(document->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/info/title")),
                                QStringLiteral("Contoso HR")));
    QVERIFY(validation->isPending());
    QVERIFY(findingOf(QStringLiteral("title-length"))); // not yet
    QTRY_VERIFY_WITH_TIMEOUT(!findingOf(QStringLiteral("title-length")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isPending(), 5000);
    QVERIFY(validation->lastRunInBackground());
    QCOMPARE(findingOf(QStringLiteral("extension-name-typo"))->line, typoLine + 5);
    QCOMPARE(window()->budgetMeter()->sizeGauge()->value(),
             qint64(document->file(Part::Definition).toBytes().size()));

    // An edit while a run works: its result is dropped, the newer state wins.
    QVERIFY(document->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/basePath")),
                                QStringLiteral("/v1")));
    QTest::qWait(LiveValidation::DelayMs + 20); // the run has started
    QVERIFY(document->setString(Part::Definition, JsonPointer::fromString(QStringLiteral("/basePath")),
                                QStringLiteral("v3"), nullptr, false));
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isPending(), 5000);
    QVERIFY(findingOf(QStringLiteral("base-path-format")));
}

void ValidationExtrasTest::liveValidationOfLargestCorpusConnector()
{
    const QString corpus = qEnvironmentVariable("CD_CORPUS");
    const QString folder = corpus + QStringLiteral("/connectors/certified-connectors/Encodian");
    if (corpus.isEmpty() || !QFileInfo::exists(folder))
        QSKIP("the corpus is not available");
    QVERIFY(window()->controller()->open(folder));
    LiveValidation *validation = window()->validation();
    // Opening does not wait for the findings of a connector this large: they come from the worker.
    QVERIFY(validation->isPending());
    QVERIFY(validation->findings().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isPending(), 20000);
    QVERIFY(validation->lastRunInBackground());
    const double opened = validation->lastRunMs();
    // Over the 1 MB limit: the size gauge is red and the rule reports it.
    QCOMPARE(window()->budgetMeter()->sizeGauge()->level(), BudgetGauge::Level::Critical);
    bool sizeFinding = false;
    for (const ValidationFinding &finding : validation->findings())
        sizeFinding = sizeFinding || finding.ruleId == QLatin1String("budget-file-size");
    QVERIFY(sizeFinding);
    // After an edit each run also serialises and re-parses the file to place the findings.
    QVERIFY(window()->document()->setString(Part::Definition,
                                            JsonPointer::fromString(QStringLiteral("/info/title")),
                                            QStringLiteral("Encodian Edited")));
    double edited = 1e9;
    for (int i = 0; i < 3; ++i) {
        validation->runNow();
        edited = qMin(edited, validation->lastRunMs());
    }
    // Typing goes on while a large connector is validated in the background.
    QVERIFY(window()->document()->setString(Part::Definition,
                                            JsonPointer::fromString(QStringLiteral("/info/title")),
                                            QStringLiteral("Encodian Edited Again")));
    QTRY_VERIFY_WITH_TIMEOUT(!validation->isPending(), 20000);
    QVERIFY(validation->lastRunInBackground());
    // What the GUI thread pays for a background run (the snapshot of the saved text) and the
    // run times are measured in bench/ (cd-bench-gui), not asserted here.
    const ValidationPass::Snapshot snapshot = ValidationPass::snapshot(*window()->document(), {});
    QVERIFY(snapshot.definition.bytes > 1024 * 1024);
    QVERIFY(opened > 0);
    QVERIFY(edited > 0);
}

QTEST_MAIN(ValidationExtrasTest)
#include "ValidationExtrasTest.moc"
