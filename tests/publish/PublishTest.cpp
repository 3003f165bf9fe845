// PublishRunner, PublishTool and PublishSecret against stand-in paconn and pac executables
// (shell scripts that record their arguments and answer like the real tools).
#include "StandInTools.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "publish/PublishRunner.h"
#include "publish/PublishSecret.h"
#include "publish/PublishSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class PublishTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void paconnCreatesThenUpdates();
    void pacCreatesThenUpdates();
    void failureIsShownAndTheSecretMasked();
    void detectsTheToolsOnPath();
    void secretComesFromTheConnectionsKeychainEntry();
    void connectorIdsAreParsed();
    void settingsFileKeepsItsFormatting();
    void brokenSettingsFileIsReportedWithItsLocation();

private:
    struct Outcome
    {
        bool ok = false;
        QStringList lines;
        QString commandLine;
        QString connectorId;
        QString error;
    };
    Outcome publish(PublishTool::Kind tool, const QString &environment, const QString &secret);
    QByteArray settingsBytes() const;

    std::unique_ptr<StandInTools> m_tools;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_folder;
};

void PublishTest::init()
{
    qunsetenv("CD_STANDIN_FAIL");
    m_tools = std::make_unique<StandInTools>();
    m_temp = std::make_unique<QTemporaryDir>();
    m_folder = m_temp->filePath("contoso");
    QVERIFY(StandInTools::copySample(m_folder));
}

PublishTest::Outcome PublishTest::publish(PublishTool::Kind tool, const QString &environment,
                                          const QString &secret)
{
    PublishRunner runner;
    Outcome outcome;
    connect(&runner, &PublishRunner::started, this, [&](const QString &line) { outcome.commandLine = line; });
    PublishRunner::Request request {m_folder,    tool,   m_tools->program(PublishTool::name(tool)),
                                    environment, secret, {}};
    outcome.ok = PublishRunner::run(
        request, [&](const QString &line, bool) { outcome.lines.append(line); }, &runner);
    outcome.connectorId = runner.connectorId();
    outcome.error = runner.error();
    return outcome;
}

QByteArray PublishTest::settingsBytes() const
{
    QFile file(PublishSettings::filePath(m_folder));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void PublishTest::paconnCreatesThenUpdates()
{
    const Outcome created = publish(PublishTool::Kind::Paconn, "env-1", "s3cr3t-Value");
    QVERIFY2(created.ok, qPrintable(created.error + created.lines.join('\n')));
    QCOMPARE(created.connectorId, QString(StandInTools::PaconnId));
    const QString def = QDir(m_folder).filePath("apiDefinition.swagger.json");
    const QString props = QDir(m_folder).filePath("apiProperties.json");
    const QString icon = QDir(m_folder).filePath("icon.png");
    QCOMPARE(m_tools->calls().size(), 1);
    QCOMPARE(m_tools->calls().at(0),
             (QStringList {"paconn", "create", "--env", "env-1", "--api-prop", props, "--api-def", def,
                           "--icon", icon, "--secret", "s3cr3t-Value"}));
    QVERIFY(created.commandLine.endsWith("--secret ***"));
    QCOMPARE(
        created.lines,
        (QStringList {"Reading the connector files...", "shared_standin-5f1234abcd created successfully."}));
    const QJsonObject settings = QJsonDocument::fromJson(settingsBytes()).object();
    QCOMPARE(settings.value("connectorId").toString(), QString(StandInTools::PaconnId));
    QCOMPARE(settings.value("environment").toString(), QStringLiteral("env-1"));
    QCOMPARE(settings.value("apiDefinition").toString(), QStringLiteral("apiDefinition.swagger.json"));
    QCOMPARE(settings.value("apiProperties").toString(), QStringLiteral("apiProperties.json"));
    QCOMPARE(settings.value("icon").toString(), QStringLiteral("icon.png"));
    QVERIFY(!settings.contains("script")); // the sample has none
    QVERIFY(!settingsBytes().contains("s3cr3t-Value"));

    // The second publish updates the connector settings.json names, in its environment.
    const Outcome updated = publish(PublishTool::Kind::Paconn, {}, "s3cr3t-Value");
    QVERIFY(updated.ok);
    QCOMPARE(m_tools->calls().at(1),
             (QStringList {"paconn", "update", "--env", "env-1", "--api-prop", props, "--api-def", def,
                           "--icon", icon, "--cid", StandInTools::PaconnId, "--secret", "s3cr3t-Value"}));
    QCOMPARE(updated.lines.last(), QStringLiteral("shared_standin-5f1234abcd updated successfully."));
    QCOMPARE(updated.connectorId, QString(StandInTools::PaconnId));
}

void PublishTest::pacCreatesThenUpdates()
{
    QFile script(QDir(m_folder).filePath("script.csx"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("public class Script : ScriptBase {}\n");
    script.close();
    const Outcome created = publish(PublishTool::Kind::Pac, "env-2", "never-passed");
    QVERIFY2(created.ok, qPrintable(created.error));
    QCOMPARE(created.connectorId, QString(StandInTools::PacId));
    const QDir dir(m_folder);
    QCOMPARE(m_tools->calls().at(0),
             (QStringList {"pac", "connector", "create", "--api-definition-file",
                           dir.filePath("apiDefinition.swagger.json"), "--api-properties-file",
                           dir.filePath("apiProperties.json"), "--icon-file", dir.filePath("icon.png"),
                           "--script-file", dir.filePath("script.csx"), "--environment", "env-2"}));
    QCOMPARE(QJsonDocument::fromJson(settingsBytes()).object().value("script").toString(),
             QStringLiteral("script.csx"));
    const Outcome updated = publish(PublishTool::Kind::Pac, {}, {});
    QVERIFY(updated.ok);
    QCOMPARE(m_tools->calls().at(1).mid(0, 5),
             (QStringList {"pac", "connector", "update", "--connector-id", StandInTools::PacId}));
    QVERIFY(m_tools->calls().at(1).contains("env-2"));
}

void PublishTest::failureIsShownAndTheSecretMasked()
{
    qputenv("CD_STANDIN_FAIL", "1");
    const Outcome failed = publish(PublishTool::Kind::Paconn, "env-1", "s3cr3t-Value");
    QVERIFY(!failed.ok);
    QCOMPARE(failed.error, QStringLiteral("paconn failed (exit code 1)."));
    QVERIFY(failed.lines.contains(
        "Error: Request failed: the client secret '***' was rejected (401 Unauthorized)."));
    QVERIFY(!failed.lines.join('\n').contains("s3cr3t-Value"));
    QVERIFY(!QFileInfo::exists(PublishSettings::filePath(m_folder)));
    // The tool did receive the secret.
    QVERIFY(m_tools->calls().at(0).contains("s3cr3t-Value"));

    PublishRunner runner;
    PublishRunner::Request missing {
        m_folder, PublishTool::Kind::Paconn, m_temp->filePath("no-such-tool"), {}, {}, {}};
    QVERIFY(!PublishRunner::run(
        missing, [](const QString &, bool) {}, &runner));
    QVERIFY2(runner.error().contains("could not be started"), qPrintable(runner.error()));
}

void PublishTest::detectsTheToolsOnPath()
{
    StandInTools onlyPac({"pac"});
    QCOMPARE(PublishTool::detect(PublishTool::Kind::Paconn, {onlyPac.dir()}), PublishTool::Kind::Pac);
    QCOMPARE(PublishTool::detect(PublishTool::Kind::Paconn, {m_tools->dir()}), PublishTool::Kind::Paconn);
    QCOMPARE(PublishTool::detect(PublishTool::Kind::Pac, {m_tools->dir()}), PublishTool::Kind::Pac);
    QCOMPARE(PublishTool::detect(PublishTool::Kind::Paconn, {m_temp->path()}), PublishTool::Kind::None);
    // PATH itself, as the designer searches it.
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", (onlyPac.dir() + ":/usr/bin:/bin").toLocal8Bit());
    QCOMPARE(PublishTool::find(PublishTool::Kind::Pac), onlyPac.program("pac"));
    QVERIFY(PublishTool::find(PublishTool::Kind::Paconn).isEmpty());
    qputenv("PATH", oldPath);
    const QString hint = PublishTool::installHint();
    QVERIFY(hint.contains("pip install paconn"));
    QVERIFY(hint.contains("dotnet tool install --global Microsoft.PowerApps.CLI.Tool"));
}

void PublishTest::secretComesFromTheConnectionsKeychainEntry()
{
    QVERIFY(!PublishSecret::needsClientSecret(m_folder)); // the sample uses an API key
    QVERIFY(StandInTools::makeOAuth(m_folder));
    QVERIFY(PublishSecret::needsClientSecret(m_folder));
    ConnectionStore connections(m_temp->filePath("connections.json"));
    SecretStore secrets(SecretStore::Mode::MemoryOnly);
    Connection key {"key", m_folder, Connection::AuthKind::ApiKey, {}, {}};
    Connection oauth {
        "Contoso sign-in", m_folder, Connection::AuthKind::OAuth2, {{"client_id", "contoso-client"}}, {}};
    connections.upsert(key);
    connections.upsert(oauth);
    QVERIFY(PublishSecret::fromStores(m_folder, connections, secrets).isEmpty());
    QVERIFY(secrets.store(key.secretKey(), {{"client_secret", "wrong"}}));
    QVERIFY(secrets.store(oauth.secretKey(), {{"client_secret", "from-keychain"}, {"access_token", "t"}}));
    QString name;
    QCOMPARE(PublishSecret::fromStores(m_folder, connections, secrets, &name),
             QStringLiteral("from-keychain"));
    QCOMPARE(name, QStringLiteral("Contoso sign-in"));
    QCOMPARE(PublishSecret::environmentVariable(), QStringLiteral("CONNECTOR_SECRET_CLIENT_SECRET"));
}

void PublishTest::connectorIdsAreParsed()
{
    QCOMPARE(
        PublishRunner::parseConnectorId(PublishTool::Kind::Paconn, "x\nshared_a-5f1 created successfully.\n"),
        QStringLiteral("shared_a-5f1"));
    QVERIFY(PublishRunner::parseConnectorId(PublishTool::Kind::Paconn, "Error: nothing").isEmpty());
    QCOMPARE(PublishRunner::parseConnectorId(
                 PublishTool::Kind::Pac,
                 "Environment 00000000-0000-0000-0000-000000000001\nConnector created with "
                 "ID aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\n"),
             QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
}

// settings.json lives in the user's repository: a publish changes only the values it owns.
void PublishTest::settingsFileKeepsItsFormatting()
{
    const QByteArray before = "{\n"
                              "    \"powerAppsUrl\": \"api.powerapps.com\",\n"
                              "    \"environment\": \"env-9\",\n"
                              "    \"apiDefinition\": \"apiDefinition.swagger.json\",\n"
                              "    \"powerAppsApiVersion\": \"2016-11-01\"\n"
                              "}\n";
    QFile file(PublishSettings::filePath(m_folder));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(before);
    file.close();

    const Outcome created = publish(PublishTool::Kind::Paconn, {}, "s3cr3t-Value");
    QVERIFY2(created.ok, qPrintable(created.error));
    QVERIFY(m_tools->calls().at(0).contains("env-9")); // read from the file
    const QByteArray after = settingsBytes();
    // The user's keys keep their order and 4-space indentation; new keys follow in that style.
    QVERIFY2(after.startsWith("{\n    \"powerAppsUrl\": \"api.powerapps.com\",\n"
                              "    \"environment\": \"env-9\",\n"
                              "    \"apiDefinition\": \"apiDefinition.swagger.json\",\n"
                              "    \"powerAppsApiVersion\": \"2016-11-01\",\n"),
             after.constData());
    QVERIFY2(
        after.contains(QByteArray(QByteArray("\n    \"connectorId\": \"") + StandInTools::PaconnId + '"')),
        after.constData());
    QCOMPARE(QJsonDocument::fromJson(after).object().size(), 7);

    // Publishing again with the same values leaves the file byte for byte as it was.
    QVERIFY(publish(PublishTool::Kind::Paconn, {}, "s3cr3t-Value").ok);
    QCOMPARE(settingsBytes(), after);
}

void PublishTest::brokenSettingsFileIsReportedWithItsLocation()
{
    QFile file(PublishSettings::filePath(m_folder));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"connectorId\": \"x\",\n  \"environment\" \"env\"\n}\n");
    file.close();
    PublishSettings settings;
    QString error;
    QVERIFY(!settings.read(m_folder, &error));
    QVERIFY2(error.contains(QStringLiteral("settings.json:3:")), qPrintable(error));
    QVERIFY(settings.connectorId().isEmpty());

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[1, 2]\n");
    file.close();
    QVERIFY(!settings.read(m_folder, &error));
    QVERIFY2(error.endsWith(QStringLiteral("settings.json: not a JSON object")), qPrintable(error));
}
QTEST_GUILESS_MAIN(PublishTest)
#include "PublishTest.moc"
