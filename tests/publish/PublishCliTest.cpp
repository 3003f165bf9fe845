// connector-designer publish, run as a real process with stand-in paconn/pac first on PATH.
#include "StandInTools.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class PublishCliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noToolInstalledSaysHowToInstall();
    void paconnCreateThenUpdateWithTheSecretFromTheEnvironment();
    void oauthWithoutASecretStops();
    void pacIsChosenWhenPaconnIsMissing();
    void failureExitsOneWithTheToolsMessage();
    void validationErrorsStopThePublish();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run run(const QStringList &args, const QString &path, const QMap<QString, QString> &extra = {});
    QByteArray settings() const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_folder;
};

PublishCliTest::Run PublishCliTest::run(const QStringList &args, const QString &path,
                                        const QMap<QString, QString> &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    env.remove("CONNECTOR_SECRET_CLIENT_SECRET");
    env.insert("PATH", path);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(CD_EXECUTABLE, args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray PublishCliTest::settings() const
{
    QFile file(QDir(m_folder).filePath("settings.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void PublishCliTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_folder = m_temp->filePath("contoso");
    QVERIFY(StandInTools::copySample(m_folder));
}

void PublishCliTest::noToolInstalledSaysHowToInstall()
{
    const Run result = run({"publish", m_folder}, m_temp->path());
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("Neither paconn nor pac was found on PATH"), qPrintable(result.err));
    QVERIFY(result.err.contains("pip install paconn"));
    QVERIFY(result.err.contains("dotnet tool install --global Microsoft.PowerApps.CLI.Tool"));
    const Run named = run({"publish", m_folder, "--tool", "pac"}, m_temp->path());
    QVERIFY(named.err.contains("pac was not found on PATH."));
}

void PublishCliTest::paconnCreateThenUpdateWithTheSecretFromTheEnvironment()
{
    StandInTools tools;
    QVERIFY(StandInTools::makeOAuth(m_folder));
    const QMap<QString, QString> secret {{"CONNECTOR_SECRET_CLIENT_SECRET", "cli-S3cret"},
                                         {"CD_STANDIN_RECORD", tools.recordPath()}};
    const Run created = run({"publish", m_folder, "--environment", "env-9"}, tools.path(), secret);
    QVERIFY2(created.code == 0, qPrintable(created.out + created.err));
    QVERIFY(created.out.contains("is given to paconn on its command line (--secret)"));
    QVERIFY2(created.out.contains("Running: paconn create --env env-9 --api-prop "), qPrintable(created.out));
    QVERIFY(created.out.contains("--secret ***\n"));
    QVERIFY(created.out.contains("shared_standin-5f1234abcd created successfully.\n"));
    QVERIFY(created.out.contains("Published: connector shared_standin-5f1234abcd created"));
    QVERIFY(!created.out.contains("cli-S3cret") && !created.err.contains("cli-S3cret"));
    QVERIFY(!settings().contains("cli-S3cret"));
    QCOMPARE(QJsonDocument::fromJson(settings()).object().value("connectorId").toString(),
             QString(StandInTools::PaconnId));
    QCOMPARE(tools.calls().at(0).mid(0, 4), (QStringList {"paconn", "create", "--env", "env-9"}));
    QCOMPARE(tools.calls().at(0).last(), QStringLiteral("cli-S3cret"));

    const Run updated = run({"publish", m_folder}, tools.path(), secret);
    QCOMPARE(updated.code, 0);
    QVERIFY(updated.out.contains("Published: connector shared_standin-5f1234abcd updated"));
    const QStringList second = tools.calls().at(1);
    QCOMPARE(second.mid(0, 4), (QStringList {"paconn", "update", "--env", "env-9"}));
    QCOMPARE(second.at(second.indexOf("--cid") + 1), QString(StandInTools::PaconnId));
}

void PublishCliTest::oauthWithoutASecretStops()
{
    StandInTools tools;
    QVERIFY(StandInTools::makeOAuth(m_folder));
    const Run result = run({"publish", m_folder}, tools.path(), {{"CD_STANDIN_RECORD", tools.recordPath()}});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("set CONNECTOR_SECRET_CLIENT_SECRET"), qPrintable(result.err));
    QVERIFY(tools.calls().isEmpty());
}

void PublishCliTest::pacIsChosenWhenPaconnIsMissing()
{
    StandInTools tools({"pac"});
    const Run result = run({"publish", m_folder}, tools.path(), {{"CD_STANDIN_RECORD", tools.recordPath()}});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains("Running: pac connector create --api-definition-file "));
    QVERIFY(result.out.contains("Published: connector 11111111-2222-3333-4444-555555555555 created"));
    QCOMPARE(tools.calls().at(0).mid(0, 3), (QStringList {"pac", "connector", "create"}));
}

void PublishCliTest::failureExitsOneWithTheToolsMessage()
{
    StandInTools tools;
    QVERIFY(StandInTools::makeOAuth(m_folder));
    const Run result = run({"publish", m_folder, "--tool", "paconn"}, tools.path(),
                           {{"CD_STANDIN_RECORD", tools.recordPath()},
                            {"CD_STANDIN_FAIL", "1"},
                            {"CONNECTOR_SECRET_CLIENT_SECRET", "cli-S3cret"}});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("Error: Request failed: the client secret '***' was rejected"),
             qPrintable(result.err));
    QVERIFY(result.err.contains("connector-designer publish: paconn failed (exit code 1)."));
    QVERIFY(!result.err.contains("cli-S3cret"));
    QVERIFY(settings().isEmpty());
}

void PublishCliTest::validationErrorsStopThePublish()
{
    StandInTools tools;
    // A definition without paths and with a wrong version: errors the service would refuse.
    QFile definition(QDir(m_folder).filePath("apiDefinition.swagger.json"));
    QVERIFY(definition.open(QIODevice::WriteOnly | QIODevice::Truncate));
    definition.write(R"({"swagger": "3.0", "info": {"title": "Broken", "version": "1"}, "paths": {}})");
    definition.close();
    const Run result = run({"publish", m_folder}, tools.path(), {{"CD_STANDIN_RECORD", tools.recordPath()}});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(": error: "), qPrintable(result.err));
    QVERIFY(result.err.contains("validation error(s): not published"));
    QVERIFY(tools.calls().isEmpty());
}

QTEST_GUILESS_MAIN(PublishCliTest)
#include "PublishCliTest.moc"
