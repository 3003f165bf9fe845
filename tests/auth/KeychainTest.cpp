// SecretStore against a real keychain: QtKeychain -> libsecret -> gnome-keyring-daemon, in a
// private D-Bus session that run-keychain-test.sh starts. Stores, reads back through a new
// SecretStore (no memory cache), deletes; and no secret appears in any file under the
// sandbox (the keyring file is encrypted). Skips when the packages are not installed.
#include "connections/SecretStore.h"

#include <QDirIterator>
#include <QTest>

namespace {
const QString kSecret = QStringLiteral("kc-Sécret+/=&%20 \"q\" 42");
const QString kToken = QStringLiteral("eyJ.kc-token.sig");
} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("CD_KEYCHAIN_SKIP"))
            QSKIP(qPrintable(qEnvironmentVariable("CD_KEYCHAIN_SKIP")));
        if (!qEnvironmentVariableIsSet("CD_KEYCHAIN_SANDBOX"))
            QSKIP("run through ctest (run-keychain-test.sh starts the keychain)");
    }

    void storeReadDelete()
    {
        const QString key = QStringLiteral("connector:/tmp/contoso|ci");
        {
            SecretStore store;
            QVERIFY2(store.usesKeychain(), qPrintable(store.keychainError()));
            QVERIFY(store.notice().isEmpty());
            QString error;
            QVERIFY2(store.store(key, {{"api_key", kSecret}, {"access_token", kToken}}, &error),
                     qPrintable(error));
        }
        {
            SecretStore fresh; // nothing in memory: the values come from the keychain
            QVERIFY(fresh.usesKeychain());
            QString error;
            const SecretStore::Secrets secrets = fresh.secrets(key, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(secrets.value("api_key"), kSecret);
            QCOMPARE(secrets.value("access_token"), kToken);
            QVERIFY2(fresh.remove(key, &error), qPrintable(error));
        }
        SecretStore after;
        QVERIFY(after.secrets(key).isEmpty());
    }

    void nothingInPlainText()
    {
        const QString key = QStringLiteral("connector:/tmp/contoso|kept");
        SecretStore store;
        QVERIFY(store.store(key, {{"password", kSecret}}));
        int files = 0;
        QDirIterator it(qEnvironmentVariable("CD_KEYCHAIN_SANDBOX"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kSecret.toUtf8()) && !bytes.contains(kSecret.toUtf8().toBase64()),
                     qPrintable(file.fileName()));
        }
        QVERIFY(files > 0); // the keyring file exists, encrypted
        QVERIFY(store.remove(key));
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "KeychainTest.moc"
