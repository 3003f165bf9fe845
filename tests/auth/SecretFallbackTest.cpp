// The keychain-less fallback: on a machine without a Secret Service (this headless one), secrets
// stay in memory and the UI gets a notice. Then every file under the test's own config, data
// and cache directories is scanned: no secret may appear in any of them, in any usual encoding.
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "oauth/OAuthTokens.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
QTemporaryDir *g_root = nullptr;
}

class SecretFallbackTest : public QObject
{
    Q_OBJECT
private slots:
    void secretsStayOutOfEveryFile()
    {
        QVERIFY(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(g_root->path()));
        const QStringList secrets {QStringLiteral("api-key-7f3a9c1e5b"), QStringLiteral("pässwörd-0d4e8a2b"),
                                   QStringLiteral("client-secret-91c6f0aa"),
                                   QStringLiteral("access-token-5e2b7d33"),
                                   QStringLiteral("refresh-token-c8a1f4e6")};

        QElapsedTimer timer;
        timer.start();
        SecretStore secretStore; // Auto: probes the keychain
        qInfo("keychain probe: %lld ms, usesKeychain=%d (%s)", timer.elapsed(), secretStore.usesKeychain(),
              qPrintable(secretStore.keychainError()));
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // No session bus: no Secret Service, so the fallback must have engaged.
            QVERIFY(!secretStore.usesKeychain());
        }
        if (!secretStore.usesKeychain())
            QVERIFY2(secretStore.notice().contains(QStringLiteral("in memory only until you quit")),
                     qPrintable(secretStore.notice()));

        ConnectionStore connections;
        Connection apiKey;
        apiKey.name = QStringLiteral("Key");
        apiKey.connectorId = g_root->filePath(QStringLiteral("connector"));
        apiKey.authKind = Connection::AuthKind::ApiKey;
        Connection basic = apiKey;
        basic.name = QStringLiteral("Basic");
        basic.authKind = Connection::AuthKind::Basic;
        basic.fields.insert(QStringLiteral("username"), QStringLiteral("alice"));
        Connection oauth = apiKey;
        oauth.name = QStringLiteral("OAuth");
        oauth.authKind = Connection::AuthKind::OAuth2;
        oauth.fields.insert(QStringLiteral("clientId"), QStringLiteral("cd-client"));
        oauth.tokenExpiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        for (const Connection &c : {apiKey, basic, oauth})
            connections.upsert(c);
        QString error;
        QVERIFY2(connections.save(&error), qPrintable(error));

        QVERIFY(secretStore.store(apiKey.secretKey(), {{QStringLiteral("api_key"), secrets.at(0)}}, &error));
        QVERIFY(secretStore.store(basic.secretKey(), {{QStringLiteral("password"), secrets.at(1)}}, &error));
        QVERIFY(secretStore.store(oauth.secretKey(),
                                  {{QStringLiteral("client_secret"), secrets.at(2)},
                                   {QStringLiteral("access_token"), secrets.at(3)},
                                   {QStringLiteral("refresh_token"), secrets.at(4)}},
                                  &error));
        // Saved again after the secrets exist, as the application does after a sign-in.
        QVERIFY(connections.save(&error));

        // Read back in the same process: the memory store answers.
        QCOMPARE(secretStore.secrets(basic.secretKey()).value(QStringLiteral("password")), secrets.at(1));
        ConnectionStore reloaded;
        QVERIFY(reloaded.load(&error));
        QCOMPARE(reloaded.connections().size(), 3);
        QCOMPARE(reloaded.find(basic.connectorId, basic.name)->fields.value(QStringLiteral("username")),
                 QStringLiteral("alice"));

        // The scan: all files under the three roots; the connection file must be among them.
        QStringList scanned;
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray bytes = file.readAll();
                for (const QString &secret : secrets) {
                    for (const QByteArray &form : encodings(secret))
                        QVERIFY2(!bytes.contains(form), qPrintable(path + QStringLiteral(" holds a secret")));
                }
                scanned << path;
            }
        }
        qInfo("scanned %lld files: %s", qint64(scanned.size()),
              qPrintable(scanned.join(QStringLiteral(", "))));
        QVERIFY(scanned.contains(ConnectionStore::defaultFilePath()));
        // Where a real keychain answered, leave nothing of the test in it.
        for (const Connection &c : {apiKey, basic, oauth})
            QVERIFY(secretStore.remove(c.secretKey()));
    }

private:
    static QList<QByteArray> encodings(const QString &secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        return {utf8,
                utf8.toBase64(),
                utf8.toBase64(QByteArray::Base64UrlEncoding),
                QUrl::toPercentEncoding(secret),
                utf8.toHex(),
                QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    }
};

int main(int argc, char **argv)
{
    // Own, empty config/data/cache directories before anything asks QStandardPaths.
    QTemporaryDir root;
    g_root = &root;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = root.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(dir);
        qputenv(variable, dir.toLocal8Bit());
    }
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ConnectorDesigner"));
    app.setApplicationName(QStringLiteral("connector-designer-secret-test"));
    SecretFallbackTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SecretFallbackTest.moc"
