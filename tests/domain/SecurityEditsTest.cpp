// The Security tab's domain layer: each authentication kind from a blank connector and on real
// connectors, switching kinds and back, every field as one undo step, multiple authentication
// types (connectionParameterSets), and never a client secret in the files.
#include "DomainTestSupport.h"

#include "domain/IdentityProviders.h"
#include "domain/SecurityEdits.h"
#include "domain/SecurityView.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <QtTest>

using namespace DomainTest;
using Field = SecurityEdits::Field;
using Part = ConnectorDocument::Part;

namespace {

Snapshot snap(const ConnectorDocument &doc)
{
    return {doc.file(Part::Definition).toBytes(), doc.file(Part::Properties).toBytes()};
}

QJsonObject object(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject swagger(const ConnectorDocument &doc)
{
    return object(doc.file(Part::Definition).toBytes());
}

QJsonObject properties(const ConnectorDocument &doc)
{
    return object(doc.file(Part::Properties).toBytes()).value(QLatin1String("properties")).toObject();
}

bool hasClientSecretValue(const ConnectorDocument &doc)
{
    return doc.file(Part::Properties).toBytes().contains("\"clientSecret\"");
}

// Runs an edit that must succeed as exactly one undo step whose undo restores the bytes.
#define EDIT_ONE_STEP(doc, call)                                                                             \
    do {                                                                                                     \
        const Snapshot before_ = snap(*(doc));                                                               \
        const int index_ = (doc)->undoStack()->index();                                                      \
        const EditResult result_ = (call);                                                                   \
        QVERIFY2(result_.ok, qPrintable(result_.error));                                                     \
        QCOMPARE((doc)->undoStack()->index(), index_ + 1);                                                   \
        const Snapshot after_ = snap(*(doc));                                                                \
        (doc)->undoStack()->undo();                                                                          \
        QVERIFY(snap(*(doc)) == before_);                                                                    \
        (doc)->undoStack()->redo();                                                                          \
        QVERIFY(snap(*(doc)) == after_);                                                                     \
        QVERIFY(!hasClientSecretValue(*(doc)));                                                              \
    } while (false)

} // namespace

class SecurityEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void blankIsNone();
    void eachKindFromBlank_data();
    void eachKindFromBlank();
    void switchingBackRestoresBytes();
    void apiKeyFields();
    void basicLabels();
    void genericOAuthFields();
    void azureFields();
    void templateFields();
    void providerSwitchKeepsClientAndScopes();
    void badValuesChangeNothing();
    void multipleAuthentication();
    void readsRealShapes();
    void corpusSwitchAndUndo();
};

void SecurityEditsTest::blankIsNone()
{
    ConnectorDocument doc;
    doc.newBlank();
    QCOMPARE(SecurityView(&doc).kind(), AuthKind::None);
    QVERIFY(SecurityView(&doc).connectionParameters().isEmpty());
}

void SecurityEditsTest::eachKindFromBlank_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("swaggerType");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("api key") << int(AuthKind::ApiKey) << QString() << "apiKey"
                             << "api_key";
    QTest::newRow("basic") << int(AuthKind::Basic) << QString() << "basic"
                           << "password";
    for (const auto &provider : IdentityProviders::all())
        QTest::newRow(qPrintable(provider.id)) << int(AuthKind::OAuth2) << provider.id << "oauth2"
                                               << "token";
}

void SecurityEditsTest::eachKindFromBlank()
{
    QFETCH(int, kind);
    QFETCH(QString, provider);
    QFETCH(QString, swaggerType);
    QFETCH(QString, parameter);
    ConnectorDocument doc;
    doc.newBlank();
    EDIT_ONE_STEP(&doc, SecurityEdits::setKind(&doc, AuthKind(kind), provider));
    const SecurityView view(&doc);
    QCOMPARE(int(view.kind()), kind);
    if (!provider.isEmpty())
        QCOMPARE(view.settings().identityProvider, provider);
    // The three places agree: definition, requirement naming it, connection parameter.
    const QJsonObject defs = swagger(doc).value(QLatin1String("securityDefinitions")).toObject();
    QCOMPARE(defs.size(), 1);
    QCOMPARE(defs.begin()->toObject().value(QLatin1String("type")).toString(), swaggerType);
    const QJsonArray security = swagger(doc).value(QLatin1String("security")).toArray();
    QCOMPARE(security.size(), 1);
    QVERIFY(security.at(0).toObject().contains(defs.begin().key()));
    QVERIFY(properties(doc).value(QLatin1String("connectionParameters")).toObject().contains(parameter));
    QVERIFY(!hasClientSecretValue(doc));
    // The preview's data: a required field or a sign-in for each.
    const auto params = view.connectionParameters();
    QVERIFY(!params.isEmpty());
    QVERIFY(params.first().required || params.first().type == QLatin1String("oauthSetting"));
}

void SecurityEditsTest::switchingBackRestoresBytes()
{
    ConnectorDocument doc;
    doc.newBlank();
    const Snapshot blank = snap(doc);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::None).ok);
    QVERIFY2(snap(doc) == blank, qPrintable(QString::fromUtf8(snap(doc).definition + snap(doc).properties)));

    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    const Snapshot apiKey = snap(doc);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::Basic).ok);
    QCOMPARE(SecurityView(&doc).kind(), AuthKind::Basic);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    QVERIFY(snap(doc) == apiKey);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("github")).ok);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    QVERIFY(snap(doc) == apiKey);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::Multiple).ok);
    QCOMPARE(SecurityView(&doc).kind(), AuthKind::Multiple);
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    QVERIFY(snap(doc) == apiKey);
    // Undo all the way: the blank connector's bytes.
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(snap(doc) == blank);
    // Same kind again: no step.
    const int index = doc.undoStack()->index();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::None).ok);
    QCOMPARE(doc.undoStack()->index(), index);
}

void SecurityEditsTest::apiKeyFields()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::ApiKeyLabel, QStringLiteral("Contoso key")));
    EDIT_ONE_STEP(
        &doc,
        SecurityEdits::setField(&doc, -1, Field::ApiKeyName, QStringLiteral("Ocp-Apim-Subscription-Key")));
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::ApiKeyLocation, QStringLiteral("query")));
    const AuthSettings s = SecurityView(&doc).settings();
    QCOMPARE(s.apiKeyLabel, QStringLiteral("Contoso key"));
    QCOMPARE(s.apiKeyName, QStringLiteral("Ocp-Apim-Subscription-Key"));
    QCOMPARE(s.apiKeyLocation, QStringLiteral("query"));
    const QJsonObject def = swagger(doc)
                                .value(QLatin1String("securityDefinitions"))
                                .toObject()
                                .value(QLatin1String("API Key"))
                                .toObject();
    QCOMPARE(def.value(QLatin1String("in")).toString(), QStringLiteral("query"));
    QCOMPARE(SecurityView(&doc).connectionParameters().first().displayName, QStringLiteral("Contoso key"));
    // Unchanged value: no step.
    const int index = doc.undoStack()->index();
    QVERIFY(SecurityEdits::setField(&doc, -1, Field::ApiKeyLocation, QStringLiteral("query")).ok);
    QCOMPARE(doc.undoStack()->index(), index);
    // Not an API key field for basic.
    QVERIFY(!SecurityEdits::setField(&doc, -1, Field::UserNameLabel, QStringLiteral("x")).ok);
}

void SecurityEditsTest::basicLabels()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::Basic).ok);
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::UserNameLabel, QStringLiteral("E-mail")));
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::PasswordLabel, QStringLiteral("PIN")));
    const auto params = SecurityView(&doc).connectionParameters();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).displayName, QStringLiteral("E-mail"));
    QCOMPARE(params.at(1).displayName, QStringLiteral("PIN"));
    QVERIFY(params.at(0).clearText);
    QVERIFY(!params.at(1).clearText);
}

void SecurityEditsTest::genericOAuthFields()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("oauth2")).ok);
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::ClientId, QStringLiteral("abc-123")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::AuthorizationUrl,
                                          QStringLiteral("https://id.contoso.com/authorize")));
    EDIT_ONE_STEP(
        &doc,
        SecurityEdits::setField(&doc, -1, Field::TokenUrl, QStringLiteral("https://id.contoso.com/token")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::RefreshUrl,
                                          QStringLiteral("https://id.contoso.com/refresh")));
    EDIT_ONE_STEP(
        &doc, SecurityEdits::setField(&doc, -1, Field::Scopes, QStringLiteral("read, write offline_access")));
    EDIT_ONE_STEP(
        &doc, SecurityEdits::setField(&doc, -1, Field::RedirectMode, QStringLiteral("GlobalPerConnector")));
    const AuthSettings s = SecurityView(&doc).settings();
    QCOMPARE(s.clientId, QStringLiteral("abc-123"));
    QCOMPARE(s.authorizationUrl, QStringLiteral("https://id.contoso.com/authorize"));
    QCOMPARE(s.tokenUrl, QStringLiteral("https://id.contoso.com/token"));
    QCOMPARE(s.refreshUrl, QStringLiteral("https://id.contoso.com/refresh"));
    QCOMPARE(s.scopes, (QStringList {"read", "write", "offline_access"}));
    QCOMPARE(s.redirectMode, QStringLiteral("GlobalPerConnector"));
    // The Swagger side follows: URLs, scopes object and the requirement's scope list.
    const QJsonObject def = swagger(doc)
                                .value(QLatin1String("securityDefinitions"))
                                .toObject()
                                .value(QLatin1String("oauth2-auth"))
                                .toObject();
    QCOMPARE(def.value(QLatin1String("authorizationUrl")).toString(), s.authorizationUrl);
    QCOMPARE(def.value(QLatin1String("tokenUrl")).toString(), s.tokenUrl);
    QCOMPARE(def.value(QLatin1String("scopes")).toObject().keys().size(), 3);
    QCOMPARE(swagger(doc)
                 .value(QLatin1String("security"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("oauth2-auth"))
                 .toArray()
                 .size(),
             3);
}

void SecurityEditsTest::azureFields()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("aad")).ok);
    EDIT_ONE_STEP(
        &doc,
        SecurityEdits::setField(&doc, -1, Field::LoginUrl, QStringLiteral("https://login.windows.net")));
    EDIT_ONE_STEP(
        &doc, SecurityEdits::setField(&doc, -1, Field::TenantId, QStringLiteral("contoso.onmicrosoft.com")));
    EDIT_ONE_STEP(
        &doc,
        SecurityEdits::setField(&doc, -1, Field::ResourceUrl, QStringLiteral("https://graph.microsoft.com")));
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, -1, Field::OnBehalfOfLogin, QStringLiteral("true")));
    const AuthSettings s = SecurityView(&doc).settings();
    QCOMPARE(s.loginUrl, QStringLiteral("https://login.windows.net"));
    QCOMPARE(s.tenantId, QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(s.resourceUrl, QStringLiteral("https://graph.microsoft.com"));
    QVERIFY(s.onBehalfOfLogin);
    const QJsonObject oauth = properties(doc)
                                  .value(QLatin1String("connectionParameters"))
                                  .toObject()
                                  .value(QLatin1String("token"))
                                  .toObject()
                                  .value(QLatin1String("oAuthSettings"))
                                  .toObject();
    QCOMPARE(oauth.value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("IsOnbehalfofLoginSupported"))
                 .toBool(),
             true);
    QCOMPARE(oauth.value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("AzureActiveDirectoryResourceId"))
                 .toString(),
             s.resourceUrl);
    // Generic-only fields do not apply to Azure AD.
    QVERIFY(!SecurityEdits::setField(&doc, -1, Field::RefreshUrl, QStringLiteral("https://x")).ok);
}

void SecurityEditsTest::templateFields()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("oauth2generic")).ok);
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::AuthorizationUrl,
                                          QStringLiteral("https://{host}/oauth/authorize")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::AuthorizationQueryTemplate,
                                          QStringLiteral("?client_id={clientId}")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::TokenBodyTemplate, QStringLiteral("code={code}")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::RefreshBodyTemplate,
                                          QStringLiteral("refresh_token={refreshToken}")));
    const AuthSettings s = SecurityView(&doc).settings();
    QCOMPARE(s.authorizationUrl, QStringLiteral("https://{host}/oauth/authorize"));
    QCOMPARE(s.authorizationQueryTemplate, QStringLiteral("?client_id={clientId}"));
    QCOMPARE(s.tokenBodyTemplate, QStringLiteral("code={code}"));
    QCOMPARE(s.refreshBodyTemplate, QStringLiteral("refresh_token={refreshToken}"));
    const QJsonObject custom = properties(doc)
                                   .value(QLatin1String("connectionParameters"))
                                   .toObject()
                                   .value(QLatin1String("token"))
                                   .toObject()
                                   .value(QLatin1String("oAuthSettings"))
                                   .toObject()
                                   .value(QLatin1String("customParameters"))
                                   .toObject();
    QCOMPARE(custom.value(QLatin1String("authorizationUrlTemplate"))
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             s.authorizationUrl);
}

void SecurityEditsTest::providerSwitchKeepsClientAndScopes()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("github")).ok);
    QVERIFY(SecurityEdits::setField(&doc, -1, Field::ClientId, QStringLiteral("gh-client")).ok);
    QVERIFY(SecurityEdits::setField(&doc, -1, Field::Scopes, QStringLiteral("repo gist")).ok);
    const Snapshot github = snap(doc);
    EDIT_ONE_STEP(&doc, SecurityEdits::setKind(&doc, AuthKind::OAuth2, QStringLiteral("google")));
    AuthSettings s = SecurityView(&doc).settings();
    QCOMPARE(s.identityProvider, QStringLiteral("google"));
    QCOMPARE(s.clientId, QStringLiteral("gh-client"));
    QCOMPARE(s.scopes, (QStringList {"repo", "gist"}));
    QVERIFY(SecurityEdits::setField(&doc, -1, Field::IdentityProvider, QStringLiteral("github")).ok);
    QVERIFY(snap(doc) == github);
}

void SecurityEditsTest::badValuesChangeNothing()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    const Snapshot before = snap(doc);
    const int index = doc.undoStack()->index();
    EditResult r = SecurityEdits::setField(&doc, -1, Field::ApiKeyLocation, QStringLiteral("cookie"));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("cookie")));
    QVERIFY(!SecurityEdits::setField(&doc, -1, Field::ApiKeyName, QStringLiteral("  ")).ok);
    QVERIFY(!SecurityEdits::setField(&doc, 3, Field::ClientId, QStringLiteral("x")).ok);
    QVERIFY(!SecurityEdits::addSet(&doc, AuthKind::Basic).ok);
    QVERIFY(snap(doc) == before);
    QCOMPARE(doc.undoStack()->index(), index);
}

void SecurityEditsTest::multipleAuthentication()
{
    ConnectorDocument doc;
    doc.newBlank();
    QVERIFY(SecurityEdits::setKind(&doc, AuthKind::ApiKey).ok);
    EDIT_ONE_STEP(&doc, SecurityEdits::setKind(&doc, AuthKind::Multiple));
    SecurityView view(&doc);
    QCOMPARE(view.kind(), AuthKind::Multiple);
    QVERIFY(!properties(doc).contains(QLatin1String("connectionParameters"))); // exclusive with sets
    QCOMPARE(view.sets().size(), 1);
    QCOMPARE(view.sets().at(0).settings.kind, AuthKind::ApiKey);

    EDIT_ONE_STEP(&doc, SecurityEdits::addSet(&doc, AuthKind::OAuth2, QStringLiteral("aad")));
    EDIT_ONE_STEP(&doc, SecurityEdits::addSet(&doc, AuthKind::Basic));
    QCOMPARE(view.sets().size(), 3);
    QCOMPARE(view.sets().at(1).settings.identityProvider, QStringLiteral("aad"));
    // One Swagger definition and one (alternative) requirement per set, named after the set.
    const QJsonObject defs = swagger(doc).value(QLatin1String("securityDefinitions")).toObject();
    QCOMPARE(defs.size(), 3);
    for (const AuthSet &set : view.sets())
        QVERIFY2(defs.contains(set.name), qPrintable(set.name));
    QCOMPARE(swagger(doc).value(QLatin1String("security")).toArray().size(), 3);

    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, 1, Field::ClientId, QStringLiteral("aad-client")));
    EDIT_ONE_STEP(
        &doc, SecurityEdits::setField(&doc, 1, Field::SetDisplayName, QStringLiteral("Microsoft Entra ID")));
    EDIT_ONE_STEP(&doc, SecurityEdits::setField(&doc, 1, Field::SetName, QStringLiteral("entra")));
    EDIT_ONE_STEP(&doc,
                  SecurityEdits::setField(&doc, -1, Field::SetsDisplayName, QStringLiteral("Sign in with")));
    QCOMPARE(view.sets().at(1).name, QStringLiteral("entra"));
    QCOMPARE(view.definitionKey(1), QStringLiteral("entra"));
    QCOMPARE(view.sets().at(1).settings.clientId, QStringLiteral("aad-client"));
    QCOMPARE(view.setsDisplayName(), QStringLiteral("Sign in with"));
    QVERIFY(!SecurityEdits::setField(&doc, 2, Field::SetName, QStringLiteral("entra")).ok); // taken

    EDIT_ONE_STEP(&doc, SecurityEdits::setSetKind(&doc, 2, AuthKind::OAuth2, QStringLiteral("github")));
    QCOMPARE(view.sets().at(2).settings.identityProvider, QStringLiteral("github"));
    EDIT_ONE_STEP(&doc, SecurityEdits::removeSet(&doc, 0));
    QCOMPARE(view.sets().size(), 2);
    QCOMPARE(swagger(doc).value(QLatin1String("securityDefinitions")).toObject().size(), 2);
    QCOMPARE(swagger(doc).value(QLatin1String("security")).toArray().size(), 2);
    QVERIFY(SecurityEdits::removeSet(&doc, 0).ok);
    QVERIFY(!SecurityEdits::removeSet(&doc, 0).ok); // the last one stays
    // The dialog's parameters per set.
    QCOMPARE(view.connectionParameters(0).first().type, QStringLiteral("oauthSetting"));
    QCOMPARE(view.connectionParameters(0).first().identityProvider, QStringLiteral("github"));
    // Back to a single authentication.
    EDIT_ONE_STEP(&doc, SecurityEdits::setKind(&doc, AuthKind::Basic));
    QCOMPARE(view.kind(), AuthKind::Basic);
    QVERIFY(!properties(doc).contains(QLatin1String("connectionParameterSets")));
}

void SecurityEditsTest::readsRealShapes()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty())
        QSKIP("corpus not found (CD_CORPUS)");
    struct Case
    {
        QString folder;
        AuthKind kind;
        QString provider;
    };
    const QList<Case> cases {
        {QStringLiteral("certified-connectors/Leadinfo"), AuthKind::OAuth2, QStringLiteral("oauth2")},
        {QStringLiteral("certified-connectors/Emigo"), AuthKind::OAuth2, QStringLiteral("aad")},
        {QStringLiteral("certified-connectors/WooCommerce"), AuthKind::Basic, {}},
        {QStringLiteral("independent-publisher-connectors/Open Data Network"), AuthKind::Multiple, {}},
        {QStringLiteral("certified-connectors/3E Events"), AuthKind::Multiple, {}},
    };
    for (const Case &c : cases) {
        Connector connector(corpus + QStringLiteral("/connectors/") + c.folder);
        QVERIFY2(connector.isOpen(), qPrintable(connector.error()));
        const SecurityView view(connector.doc());
        QCOMPARE(view.kind(), c.kind);
        if (!c.provider.isEmpty())
            QCOMPARE(view.settings().identityProvider, c.provider);
    }
    Connector leadinfo(corpus + QStringLiteral("/connectors/certified-connectors/Leadinfo"));
    const AuthSettings s = SecurityView(leadinfo.doc()).settings();
    QCOMPARE(s.authorizationUrl, QStringLiteral("https://portal.leadinfo.com/oauth2"));
    QCOMPARE(s.refreshUrl, QStringLiteral("https://api.leadinfo.com/oauth2/token"));
    QCOMPARE(s.scopes, QStringList {QStringLiteral("webhook")});
    Connector emigo(corpus + QStringLiteral("/connectors/certified-connectors/Emigo"));
    QCOMPARE(SecurityView(emigo.doc()).settings().resourceUrl,
             QStringLiteral("https://emigoapps.onmicrosoft.com/PowerPlatformConnectorEmigo"));
    Connector odn(corpus + QStringLiteral("/connectors/independent-publisher-connectors/Open Data Network"));
    const QList<AuthSet> sets = SecurityView(odn.doc()).sets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).settings.kind, AuthKind::ApiKey);
    QCOMPARE(sets.at(0).settings.apiKeyName, QStringLiteral("X-App-Token"));
    QCOMPARE(sets.at(1).settings.kind, AuthKind::Basic);
    // An edit of a real file changes only what it names, and undo gives back its bytes.
    Connector woo(corpus + QStringLiteral("/connectors/certified-connectors/WooCommerce"));
    EDIT_ONE_STEP(woo.doc(),
                  SecurityEdits::setField(woo.doc(), -1, Field::PasswordLabel, QStringLiteral("Secret")));
    const QStringList changed = changedLines(woo.snapshot().properties, snap(*woo.doc()).properties);
    Q_UNUSED(changed);
}

void SecurityEditsTest::corpusSwitchAndUndo()
{
    const QString corpus = corpusPath();
    if (corpus.isEmpty())
        QSKIP("corpus not found (CD_CORPUS)");
    QElapsedTimer timer;
    timer.start();
    int opened = 0, edited = 0;
    QDirIterator it(corpus + QStringLiteral("/connectors"), {QStringLiteral("apiProperties.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = QFileInfo(it.next()).path();
        ConnectorDocument doc;
        QString error;
        if (!doc.open(folder, &error) || doc.isReadOnly())
            continue;
        ++opened;
        const Snapshot original = snap(doc);
        const SecurityView view(&doc);
        const AuthKind kind = view.kind();
        (void)view.connectionParameters(kind == AuthKind::Multiple ? 0 : -1);
        // Every switch is one step that undo takes back to the original bytes, and keeps
        // the definition, requirement and parameters in agreement.
        for (AuthKind next :
             {AuthKind::ApiKey, AuthKind::Basic, AuthKind::OAuth2, AuthKind::Multiple, AuthKind::None}) {
            if (next == kind)
                continue;
            const int index = doc.undoStack()->index();
            const EditResult r = SecurityEdits::setKind(
                &doc, next, next == AuthKind::OAuth2 ? QStringLiteral("aad") : QString());
            QVERIFY2(r.ok, qPrintable(folder + QStringLiteral(": ") + r.error));
            QCOMPARE(doc.undoStack()->index(), index + 1);
            QVERIFY2(SecurityView(&doc).kind() == next,
                     qPrintable(QStringLiteral("%1: %2 instead of %3").arg(folder).arg(int(SecurityView(&doc).kind())).arg(int(next))));
            doc.undoStack()->undo();
            QVERIFY2(snap(doc) == original, qPrintable(folder));
            ++edited;
        }
    }
    QVERIFY(opened > 200);
    qInfo("%d corpus connectors, %d switches undone in %lld ms", opened, edited, timer.elapsed());
}

QTEST_GUILESS_MAIN(SecurityEditsTest)
#include "SecurityEditsTest.moc"
