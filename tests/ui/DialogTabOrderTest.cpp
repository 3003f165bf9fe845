// Tab in every dialog of the application: each visible input takes keyboard focus, and Tab
// moves in reading order (TabOrderAudit). The main window's pages are audited by
// ui_accessibility; this covers the dialogs they open.
#include "AboutDialog.h"
#include "MergePreviewDialog.h"
#include "PreferencesDialog.h"
#include "PublishDialog.h"
#include "RulesDialog.h"
#include "TabOrderAudit.h"
#include "UiTestSupport.h"
#include "UrlImportDialog.h"
#include "connections/ConnectionDialog.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "definition/NewOperationDialog.h"
#include "definition/RequestSampleDialog.h"
#include "definition/ResponseSampleDialog.h"
#include "definition/TriggerBuilderDialog.h"
#include "document/ConnectorDocument.h"
#include "domain/OperationIndex.h"
#include "runner/JsonBridge.h"

#include <QDialog>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

class DialogTabOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogs_data();
    void dialogs();

private:
    QDialog *make(const QString &name);

    QTemporaryDir m_temp;
    ConnectorDocument m_document;
    SecretStore m_secrets {SecretStore::Mode::MemoryOnly};
    std::unique_ptr<ConnectionStore> m_connections;
    QNetworkAccessManager m_network;
};

void DialogTabOrderTest::initTestCase()
{
    const QString folder = m_temp.filePath(QStringLiteral("sample"));
    QVERIFY(UiTestSupport::copySample(folder));
    QString error;
    QVERIFY2(m_document.open(folder, &error), qPrintable(error));
    m_connections = std::make_unique<ConnectionStore>(m_temp.filePath(QStringLiteral("connections.json")));
}

void DialogTabOrderTest::dialogs_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"about", "preferences", "publish", "rules", "url-import", "merge-preview", "connection",
          "new-operation", "request-sample", "response-sample", "trigger-builder"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

QDialog *DialogTabOrderTest::make(const QString &name)
{
    if (name == QLatin1String("about"))
        return new AboutDialog;
    if (name == QLatin1String("preferences"))
        return new PreferencesDialog;
    if (name == QLatin1String("publish"))
        return new PublishDialog(QStringLiteral("Contoso"));
    if (name == QLatin1String("rules"))
        return new RulesDialog(QStringLiteral("Contoso"), {});
    if (name == QLatin1String("url-import"))
        return new UrlImportDialog;
    if (name == QLatin1String("merge-preview")) {
        MergePlan plan;
        MergeChange change;
        change.kind = MergeChange::Kind::Removed;
        change.existing = OperationKey {QStringLiteral("/pets"), QStringLiteral("get")};
        change.operationId = QStringLiteral("ListPets");
        plan.changes << change;
        return new MergePreviewDialog(QStringLiteral("pets.json"), QStringLiteral("Contoso"), plan);
    }
    if (name == QLatin1String("connection"))
        return new ConnectionDialog(
            m_document.folderPath(),
            ConnectionParameter::fromApiProperties(
                JsonBridge::toQJson(m_document.root(ConnectorDocument::Part::Properties)).toObject()),
            m_connections.get(), &m_secrets, &m_network);
    if (name == QLatin1String("new-operation"))
        return new NewOperationDialog;
    if (name == QLatin1String("request-sample"))
        return new RequestSampleDialog;
    if (name == QLatin1String("response-sample"))
        return new ResponseSampleDialog;
    if (name == QLatin1String("trigger-builder")) {
        const OperationIndex index(&m_document);
        return new TriggerBuilderDialog(&m_document, index.at(0).key);
    }
    return nullptr;
}

void DialogTabOrderTest::dialogs()
{
    QFETCH(QString, name);
    std::unique_ptr<QDialog> dialog(make(name));
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList problems = TabOrderAudit::problems(dialog.get(), name);
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems")));
}

QTEST_MAIN(DialogTabOrderTest)
#include "DialogTabOrderTest.moc"
