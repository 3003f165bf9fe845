// The connection dialog offscreen: fields from real connection parameters, the in-memory
// notice, required fields, Save into the stores (secrets only in the SecretStore), editing,
// and the OAuth sign-in's cancel and timeout.
#include "connections/ConnectionDialog.h"
#include "FieldMessage.h"
#include "MessageBanner.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"
#include "connections/SignInPanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
// JSON written with single quotes, to keep test literals readable.
QJsonDocument jsonFromQuoted(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'));
}

const QString kConnector = QStringLiteral("/connectors/contoso");

QJsonObject corpusApiProperties(const QString &connector)
{
    QFile file(qEnvironmentVariable("CD_CORPUS") + QStringLiteral("/connectors/custom-connectors/")
               + connector + QStringLiteral("/apiProperties.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<ConnectionParameter> oauthParameters()
{
    return ConnectionParameter::fromApiProperties(
        jsonFromQuoted(
            "{'properties':{'connectionParameters':{"
            "'token':{'type':'oauthSetting','uiDefinition':{'displayName':'Sign in with Contoso'},"
            "'oAuthSettings':{'identityProvider':'oauth2generic','clientId':'cd-client','scopes':['read'],"
            "'customParameters':{'authorizationUrl':{'value':'https://id.example.com/authorize'},"
            "'tokenUrl':{'value':'https://id.example.com/token'}}}}}}}")
            .object());
}
} // namespace

class ConnectionDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new ConnectionStore(m_dir->filePath(QStringLiteral("connections.json"))));
    }

    void basicConnectionSavedWithoutSecretOnDisk()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        ConnectionDialog dialog(
            kConnector,
            ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("SAP-ODATA-Demo"))),
            m_store.get(), &secrets, &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *notice = dialog.findChild<MessageBanner *>(QStringLiteral("inMemoryNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->details().contains(QStringLiteral("in memory only until you quit")),
                 qPrintable(notice->details()));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("username"))->echoMode(), QLineEdit::Normal);

        // Save with nothing filled: messages at the fields, nothing written.
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(fieldMessage(dialog, QStringLiteral("password")), QStringLiteral("Password is required."));
        QVERIFY(!QFile::exists(m_store->filePath()));

        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("connectionName")),
                         QStringLiteral("SAP test"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("alice"));
        QTest::keyClicks(password, QStringLiteral("s3cr3t-pw-81f2"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Connection *saved = m_store->find(kConnector, QStringLiteral("SAP test"));
        QVERIFY(saved);
        QCOMPARE(saved->authKind, Connection::AuthKind::Basic);
        QCOMPARE(saved->fields.value(QStringLiteral("username")), QStringLiteral("alice"));
        QVERIFY(!saved->fields.contains(QStringLiteral("password")));
        QCOMPARE(secrets.secrets(saved->secretKey()).value(QStringLiteral("password")),
                 QStringLiteral("s3cr3t-pw-81f2"));
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("alice"));
        QVERIFY(!onDisk.contains("s3cr3t-pw-81f2"));

        // Editing shows the stored values again, the secret from the SecretStore.
        ConnectionDialog again(
            kConnector,
            ConnectionParameter::fromApiProperties(corpusApiProperties(QStringLiteral("SAP-ODATA-Demo"))),
            m_store.get(), &secrets, &m_network);
        again.edit(*saved);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("password"))->text(),
                 QStringLiteral("s3cr3t-pw-81f2"));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("alice"));
        grab(dialog, QStringLiteral("connection-dialog-basic"));
    }

    void signInCancelAndTimeout()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        ConnectionDialog dialog(kConnector, oauthParameters(), m_store.get(), &secrets, &m_network);
        SignInPanel *panel = dialog.signInPanel();
        QVERIFY(panel);
        QUrl opened;
        panel->setBrowserOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret")),
                         QStringLiteral("client-secret-x"));
        auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelSignIn"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(opened.toString().startsWith(QStringLiteral("https://id.example.com/authorize?")));
        QVERIFY(!signIn->isEnabled());
        QVERIFY(cancel->isVisible());
        QVERIFY(panel->status().contains(QStringLiteral("Waiting")));
        grab(dialog, QStringLiteral("connection-dialog-oauth-waiting"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(panel->status().contains(QStringLiteral("cancelled")), qPrintable(panel->status()));
        QVERIFY(signIn->isEnabled());
        QVERIFY(!cancel->isVisible());

        panel->setTimeoutMs(200);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->status().contains(QStringLiteral("timed out")),
                                  qPrintable(panel->status()), 5000);

        // Saving keeps the client secret out of the connection file.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("connectionName")),
                         QStringLiteral("OAuth"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        const Connection *saved = m_store->find(kConnector, QStringLiteral("OAuth"));
        QVERIFY(saved);
        QCOMPARE(saved->authKind, Connection::AuthKind::OAuth2);
        QCOMPARE(saved->fields.value(QStringLiteral("clientId")), QStringLiteral("cd-client"));
        QCOMPARE(secrets.secrets(saved->secretKey()).value(QStringLiteral("client_secret")),
                 QStringLiteral("client-secret-x"));
        QFile file(m_store->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("client-secret-x"));
    }

private:
    static QPushButton *saveButton(ConnectionDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("saveConnection"));
    }

    static QString fieldMessage(ConnectionDialog &dialog, const QString &field)
    {
        auto *message = dialog.findChild<FieldMessage *>(field + QStringLiteral("Message"));
        return message ? message->problem() : QStringLiteral("(no message widget)");
    }

    static void grab(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionStore> m_store;
    QNetworkAccessManager m_network;
};

QTEST_MAIN(ConnectionDialogTest)
#include "ConnectionDialogTest.moc"
