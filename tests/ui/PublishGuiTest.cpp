// File > Publish, offscreen, with stand-in paconn/pac executables: save offered, validation
// errors stop it, the secret from the connection's keychain entry reaches the tool but not the
// log or settings.json, create then update, failure shown, no tool installed; screenshot of
// the publish log (light).
#include "DocumentController.h"
#include "PublishController.h"
#include "PublishDialog.h"
#include "StandInTools.h"
#include "UiTestSupport.h"
#include "WindowFixture.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class PublishGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noToolSaysHowToInstall();
    void createsThenUpdatesWithTheKeychainSecret();
    void failureIsShown();
    void validationErrorsStopIt();
    void unsavedChangesAreSavedFirst();

private:
    PublishController *controller() const { return m_f.window->findChild<PublishController *>(); }
    QString openSample(bool oauth);
    PublishDialog *trigger();
    bool publishAndWait(PublishDialog *dialog);
    QByteArray settings() const;

    WindowFixture m_f;
    QString m_folder;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<SecretStore> m_secrets;
};

void PublishGuiTest::initTestCase()
{
    WindowFixture::isolateSettings(QStringLiteral("ui_publish"));
}

void PublishGuiTest::init()
{
    qunsetenv("CD_STANDIN_FAIL");
    QVERIFY(m_f.start());
    m_connections = std::make_unique<ConnectionStore>(m_f.dir->filePath("connections.json"));
    m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
    controller()->setStores(m_connections.get(), m_secrets.get());
}

void PublishGuiTest::cleanup()
{
    m_f.stop();
}

QString PublishGuiTest::openSample(bool oauth)
{
    m_folder = m_f.sampleCopy("contoso");
    if (oauth && !StandInTools::makeOAuth(m_folder))
        return {};
    return m_f.window->controller()->open(m_folder) ? m_folder : QString();
}

PublishDialog *PublishGuiTest::trigger()
{
    QAction *action = m_f.window->findChild<QAction *>("actionPublish");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return controller()->dialog();
}

bool PublishGuiTest::publishAndWait(PublishDialog *dialog)
{
    QSignalSpy finished(controller(), &PublishController::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>("publishButton"), Qt::LeftButton);
    return finished.wait(20000) && finished.first().first().toBool();
}

QByteArray PublishGuiTest::settings() const
{
    QFile file(QDir(m_folder).filePath("settings.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void PublishGuiTest::noToolSaysHowToInstall()
{
    QVERIFY(!m_f.window->findChild<QAction *>("actionPublish")->isEnabled()); // nothing open
    QVERIFY(!openSample(false).isEmpty());
    controller()->setSearchPaths({m_f.dir->filePath("empty")});
    PublishDialog *dialog = trigger();
    QVERIFY(dialog);
    QVERIFY(dialog->logText().contains("pip install paconn"));
    QVERIFY(dialog->logText().contains("dotnet tool install --global Microsoft.PowerApps.CLI.Tool"));
    QVERIFY(!dialog->findChild<QPushButton *>("publishButton")->isEnabled());
    QCOMPARE(dialog->findChild<QComboBox *>("toolCombo")->currentText(), QStringLiteral("Not installed"));
}

void PublishGuiTest::createsThenUpdatesWithTheKeychainSecret()
{
    StandInTools tools;
    QVERIFY(!openSample(true).isEmpty());
    const Connection oauth {"Contoso sign-in", m_folder, Connection::AuthKind::OAuth2, {}, {}};
    m_connections->upsert(oauth);
    QVERIFY(m_secrets->store(oauth.secretKey(), {{"client_secret", "kc-S3cret-7"}}));
    controller()->setSearchPaths({tools.dir()});
    PublishDialog *dialog = trigger();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChild<QComboBox *>("toolCombo")->count(), 2);
    QCOMPARE(dialog->tool(), PublishTool::Kind::Paconn);
    auto *secret = dialog->findChild<QLineEdit *>("secretEdit");
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->text(), QStringLiteral("kc-S3cret-7"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    const QString note = dialog->findChild<QLabel *>("secretNote")->text();
    QVERIFY2(note.contains("From the connection \"Contoso sign-in\""), qPrintable(note));
    QVERIFY(note.contains("paconn receives it on its command line (--secret)"));
    QVERIFY(dialog->findChild<QLabel *>("targetLabel")->text().startsWith("Creates a new custom connector"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>("environmentEdit"), "env-gui");

    QVERIFY2(publishAndWait(dialog), qPrintable(dialog->logText()));
    const QString log = dialog->logText();
    QVERIFY2(log.contains("$ paconn create --env env-gui --api-prop "), qPrintable(log));
    QVERIFY(log.contains("--secret ***"));
    QVERIFY(log.contains("shared_standin-5f1234abcd created successfully."));
    QVERIFY(!log.contains("kc-S3cret-7"));
    QCOMPARE(tools.calls().at(0).last(), QStringLiteral("kc-S3cret-7")); // the tool got it
    QVERIFY(!settings().contains("kc-S3cret-7"));
    const QJsonObject stored = QJsonDocument::fromJson(settings()).object();
    QCOMPARE(stored.value("connectorId").toString(), QString(StandInTools::PaconnId));
    QCOMPARE(stored.value("environment").toString(), QStringLiteral("env-gui"));
    QVERIFY(dialog->findChild<QLabel *>("statusLabel")
                ->text()
                .startsWith("Published: connector shared_standin-5f1234abcd created;"));

    // Screenshot of the publish log (light).
    const QImage image = dialog->grab().toImage();
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath("publish-log.png"));
    }
    QVERIFY2(UiTestSupport::averageLightness(image) > 170,
             qPrintable(QString::number(UiTestSupport::averageLightness(image))));

    // Again: an update of that connector, in the stored environment.
    dialog->close();
    dialog = trigger();
    QVERIFY(dialog->findChild<QLabel *>("targetLabel")
                ->text()
                .contains("Updates connector shared_standin-5f1234abcd"));
    QCOMPARE(dialog->findChild<QLineEdit *>("environmentEdit")->text(), QStringLiteral("env-gui"));
    QVERIFY(publishAndWait(dialog));
    const QStringList second = tools.calls().at(1);
    QCOMPARE(second.mid(0, 4), (QStringList {"paconn", "update", "--env", "env-gui"}));
    QCOMPARE(second.at(second.indexOf("--cid") + 1), QString(StandInTools::PaconnId));
    QVERIFY(dialog->logText().contains("shared_standin-5f1234abcd updated successfully."));
}

void PublishGuiTest::failureIsShown()
{
    StandInTools tools;
    QVERIFY(!openSample(true).isEmpty());
    controller()->setSearchPaths({tools.dir()});
    PublishDialog *dialog = trigger();
    // No connection holds a secret: the user types it.
    QVERIFY(dialog->findChild<QLabel *>("secretNote")->text().contains("type it"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>("secretEdit"), "typed-Secret");
    qputenv("CD_STANDIN_FAIL", "1");
    QVERIFY(!publishAndWait(dialog));
    QCOMPARE(dialog->findChild<QLabel *>("statusLabel")->text(),
             QStringLiteral("paconn failed (exit code 1)."));
    QVERIFY(dialog->logText().contains("Error: Request failed: the client secret '***' was rejected"));
    QVERIFY(!dialog->logText().contains("typed-Secret"));
    QVERIFY(settings().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>("publishButton")->isEnabled()); // can try again
}

void PublishGuiTest::validationErrorsStopIt()
{
    StandInTools tools;
    m_folder = m_f.sampleCopy("broken");
    QFile definition(QDir(m_folder).filePath("apiDefinition.swagger.json"));
    QVERIFY(definition.open(QIODevice::WriteOnly | QIODevice::Truncate));
    definition.write(
        "{\"swagger\": \"3.0\", \"info\": {\"title\": \"Broken\", \"version\": \"1\"}, \"paths\": {}}");
    definition.close();
    QVERIFY(m_f.window->controller()->open(m_folder));
    controller()->setSearchPaths({tools.dir()});
    PublishDialog *dialog = trigger();
    QVERIFY(dialog->logText().startsWith("Validation found errors; the connector is not published:"));
    QVERIFY(dialog->logText().contains(": error: "));
    QVERIFY(!dialog->findChild<QPushButton *>("publishButton")->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>("statusLabel")->text().contains("validation error(s)"));
    QVERIFY(tools.calls().isEmpty());
}

void PublishGuiTest::unsavedChangesAreSavedFirst()
{
    StandInTools tools;
    QVERIFY(!openSample(false).isEmpty());
    controller()->setSearchPaths({tools.dir()});
    ConnectorDocument *document = m_f.window->document();
    QVERIFY(document->setString(ConnectorDocument::Part::Definition,
                                json::JsonPointer::fromString("/info/title"), "Contoso HR Renamed"));
    QVERIFY(document->isModified());
    m_f.dialogs->confirmations.enqueue(
        false); // not now: nothing is shown when the files differ? publish saved files
    PublishDialog *dialog = trigger();
    QVERIFY(dialog); // the saved files are published
    QVERIFY(document->isModified());
    QVERIFY(m_f.dialogs->log.last().startsWith("confirm: Publish"));
    dialog->close();
    m_f.dialogs->confirmations.enqueue(true);
    dialog = trigger();
    QVERIFY(dialog);
    QVERIFY(!document->isModified());
    QVERIFY(UiTestSupport::readFile(QDir(m_folder).filePath("apiDefinition.swagger.json"))
                .contains("Contoso HR Renamed"));
    QVERIFY(publishAndWait(dialog));
}

QTEST_MAIN(PublishGuiTest)
#include "PublishGuiTest.moc"
