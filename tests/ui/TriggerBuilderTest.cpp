// The trigger builder from the operation's General form, on the bundled sample: a polling
// trigger on GET /employees and a webhook on POST /employees, clicked and typed as a user
// would; the kind shown follows, a refused build keeps the dialog open with the reason, and
// one undo restores the files byte for byte.
#include "UiTestSupport.h"
#include "definition/OperationGeneralForm.h"
#include "definition/TriggerBuilderDialog.h"

#include "document/ConnectorDocument.h"
#include "domain/OperationView.h"
#include "domain/PolicyView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Part = ConnectorDocument::Part;

class TriggerBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pollingFromTheForm();
    void webhookRefusedThenBuilt();

private:
    QByteArray bytes(Part part) const { return m_document->file(part).toBytes(); }

    QTemporaryDir *m_dir = nullptr;
    ConnectorDocument *m_document = nullptr;
    OperationGeneralForm *m_form = nullptr;
};

void TriggerBuilderTest::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(UiTestSupport::copySample(m_dir->path()));
    m_document = new ConnectorDocument;
    QString error;
    QVERIFY2(m_document->open(m_dir->path(), &error), qPrintable(error));
    m_form = new OperationGeneralForm(m_document);
    m_form->show();
}

void TriggerBuilderTest::cleanup()
{
    delete m_form;
    delete m_document;
    delete m_dir;
}

void TriggerBuilderTest::pollingFromTheForm()
{
    const OperationKey key(QStringLiteral("/employees"), QStringLiteral("get"));
    m_form->setOperation(key);
    QCOMPARE(m_form->kindLabel()->text(), QStringLiteral("Action"));
    const QByteArray definition = bytes(Part::Definition), properties = bytes(Part::Properties);

    QTest::mouseClick(m_form->makeTriggerButton(), Qt::LeftButton);
    TriggerBuilderDialog *dialog = m_form->triggerBuilder();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->styles()->currentIndex(), int(TriggerBuilderDialog::Polling)); // a GET is polled
    QTest::keyClicks(dialog->stateEdit(), QStringLiteral("since"));
    QTest::keyClicks(dialog->expressionEdit(), QStringLiteral("@{triggerBody()?['latest']}"));
    dialog->batchCheck()->setChecked(true);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_form->triggerBuilder());

    const OperationView view(m_document, key);
    QCOMPARE(view.triggerStyle(), OperationView::TriggerStyle::Polling);
    QCOMPARE(view.triggerKind(), OperationView::TriggerKind::Batch);
    const PolicyView policy(m_document, PolicyView::count(m_document) - 1);
    QCOMPARE(policy.templateId(), QStringLiteral("pollingtrigger"));
    QCOMPARE(policy.operations(), QStringList {view.operationId()});
    QCOMPARE(policy.parameterText(QStringLiteral("x-ms-apimTemplateParameter.triggerConfig")),
             QStringLiteral("{\"since\": \"@{triggerBody()?['latest']}\"}"));
    m_form->refresh();
    QCOMPARE(m_form->kindLabel()->text(), QStringLiteral("Polling trigger, batch"));

    m_document->undoStack()->undo();
    QCOMPARE(bytes(Part::Definition), definition);
    QCOMPARE(bytes(Part::Properties), properties);
}

void TriggerBuilderTest::webhookRefusedThenBuilt()
{
    const OperationKey key(QStringLiteral("/employees"), QStringLiteral("post"));
    m_form->setOperation(key);
    TriggerBuilderDialog *dialog = m_form->openTriggerBuilder();
    QCOMPARE(dialog->styles()->currentIndex(), int(TriggerBuilderDialog::Webhook));
    const int steps = m_document->undoStack()->count();
    QTest::keyClicks(dialog->notificationEdit(), QStringLiteral("{\"type\": "));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY2(dialog->error().contains(QLatin1String("not a JSON object")), qPrintable(dialog->error()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_document->undoStack()->count(), steps);

    dialog->notificationEdit()->setPlainText(
        QStringLiteral("{\"type\": \"object\", \"properties\": {\"employeeId\": {\"type\": \"string\"}}}"));
    QVERIFY(dialog->error().isEmpty()); // the old reason went with the change
    dialog->deleteCombo()->setCurrentIndex(0); // a new DELETE operation
    const QString shots = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/trigger-builder.png")));
    }
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_form->triggerBuilder());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const OperationView view(m_document, key);
    QCOMPARE(view.triggerStyle(), OperationView::TriggerStyle::Webhook);
    const OperationView remover(
        m_document, OperationKey(QStringLiteral("/employees/{hookId}"), QStringLiteral("delete")));
    QVERIFY(remover.isValid());
    QCOMPARE(remover.visibility(), QStringLiteral("internal"));
    m_form->refresh();
    QCOMPARE(m_form->kindLabel()->text(), QStringLiteral("Webhook trigger, one run per item"));
    QCOMPARE(m_form->makeTriggerButton()->text(), QStringLiteral("Rebuild trigger..."));
}

QTEST_MAIN(TriggerBuilderTest)
#include "TriggerBuilderTest.moc"
