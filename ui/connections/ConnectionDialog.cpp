#include "ConnectionDialog.h"

#include "FieldMessage.h"
#include "FormSection.h"
#include "MessageBanner.h"
#include "SignInPanel.h"
#include "Theme.h"
#include "connections/ConnectionStore.h"
#include "connections/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kClientSecret = QStringLiteral("client_secret");
const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
} // namespace

ConnectionDialog::ConnectionDialog(const QString &connectorId, const QList<ConnectionParameter> &parameters,
                                   ConnectionStore *connections, SecretStore *secrets,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent),
      m_connectorId(connectorId),
      m_parameters(parameters),
      m_connections(connections),
      m_secrets(secrets),
      m_network(network)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection"));
    setStyleSheet(Theme::formStyleSheet(palette()));
    setMinimumWidth(520); // room for a provider's error message without a tall, narrow dialog
    build();
}

void ConnectionDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    if (!m_secrets->usesKeychain()) {
        m_notice = new MessageBanner(this);
        m_notice->setObjectName(QStringLiteral("inMemoryNotice"));
        m_notice->showMessage(
            MessageBanner::Kind::Warning, tr("Secrets are kept in memory only"),
            tr("No keychain service is available: the secrets of this connection are kept in memory only "
               "until you quit, and never written to disk."));
        layout->addWidget(m_notice);
    }

    auto *section
        = new FormSection(tr("Connection"), tr("The values a user of this connector enters."), this);
    m_name = new QLineEdit(section);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_nameMessage = new FieldMessage(m_name, section);
    section->addRow(tr("Name"), m_name);
    section->form()->addRow(QString(), m_nameMessage);

    for (const ConnectionParameter &p : std::as_const(m_parameters)) {
        if (p.hidden)
            continue;
        if (p.kind == ConnectionParameter::Kind::OAuth) {
            if (m_signIn)
                continue; // one sign-in per connection
            m_oauthParameter = p.name;
            m_signIn = new SignInPanel(p, m_network, section);
            section->addRow(tr("Client secret"), m_signIn->secretField());
            section->addRow(tr("Send client credentials"), m_signIn->clientAuthenticationField());
            section->addRow(p.label() == p.name ? tr("Sign-in") : p.label(), m_signIn);
            continue;
        }
        auto *field = new QLineEdit(section);
        field->setObjectName(p.name);
        field->setToolTip(p.tooltip.isEmpty() ? p.description : p.tooltip);
        field->setPlaceholderText(p.description);
        if (p.isSecret())
            field->setEchoMode(QLineEdit::Password);
        auto *message = new FieldMessage(field, section);
        message->setObjectName(p.name + QStringLiteral("Message"));
        section->addRow(p.required ? QString(p.label() + QStringLiteral(" *")) : p.label(), field);
        section->form()->addRow(QString(), message);
        m_fields.insert(p.name, field);
        m_messages.insert(p.name, message);
    }
    if (m_fields.isEmpty() && !m_signIn)
        section->form()->addRow(new QLabel(tr("This connector needs no credentials."), section));
    layout->addWidget(section);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveConnection"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConnectionDialog::edit(const Connection &connection)
{
    m_original = connection;
    m_name->setText(connection.name);
    const SecretStore::Secrets secrets = m_secrets->secrets(connection.secretKey());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setText(connection.fields.value(it.key(), secrets.value(it.key())));
    if (m_signIn) {
        m_signIn->setClientSecret(secrets.value(kClientSecret));
        m_signIn->setClientAuthentication(connection.clientAuthentication);
        OAuthTokens tokens;
        tokens.accessToken = secrets.value(kAccessToken);
        tokens.refreshToken = secrets.value(kRefreshToken);
        tokens.expiresAt = connection.tokenExpiry;
        m_signIn->setTokens(tokens);
    }
}

Connection::AuthKind ConnectionDialog::authKind() const
{
    if (m_signIn)
        return Connection::AuthKind::OAuth2;
    bool secret = false, clear = false;
    for (const ConnectionParameter &p : m_parameters) {
        if (p.hidden || p.kind == ConnectionParameter::Kind::OAuth)
            continue;
        (p.isSecret() ? secret : clear) = true;
    }
    // A clear value with a secret one is a user name and password; a secret alone is a key.
    if (secret && clear)
        return Connection::AuthKind::Basic;
    return secret ? Connection::AuthKind::ApiKey : Connection::AuthKind::None;
}

Connection ConnectionDialog::connection() const
{
    Connection c;
    c.name = m_name->text().trimmed();
    c.connectorId = m_connectorId;
    c.authKind = authKind();
    for (const ConnectionParameter &p : m_parameters) {
        if (QLineEdit *field = m_fields.value(p.name); field && !p.isSecret())
            c.fields.insert(p.name, field->text());
    }
    if (m_signIn) {
        for (const ConnectionParameter &p : m_parameters) {
            if (p.name == m_oauthParameter)
                c.fields.insert(QStringLiteral("clientId"), p.oauthConfig().clientId);
        }
        c.tokenExpiry = m_signIn->tokens().expiresAt;
        c.clientAuthentication = m_signIn->clientAuthentication();
    }
    return c;
}

bool ConnectionDialog::save()
{
    m_nameMessage->setProblem(m_name->text().trimmed().isEmpty() ? tr("Give the connection a name.")
                                                                 : QString());
    bool ok = m_nameMessage->problem().isEmpty();
    for (const ConnectionParameter &p : std::as_const(m_parameters)) {
        QLineEdit *field = m_fields.value(p.name);
        if (!field)
            continue;
        const bool missing = p.required && field->text().isEmpty();
        m_messages.value(p.name)->setProblem(missing ? tr("%1 is required.").arg(p.label()) : QString());
        ok = ok && !missing;
    }
    if (!ok)
        return false;

    const Connection c = connection();
    SecretStore::Secrets secrets;
    for (const ConnectionParameter &p : std::as_const(m_parameters)) {
        if (QLineEdit *field = m_fields.value(p.name); field && p.isSecret())
            secrets.insert(p.name, field->text());
    }
    if (m_signIn) {
        secrets.insert(kClientSecret, m_signIn->clientSecret());
        if (m_signIn->tokens().isValid()) {
            secrets.insert(kAccessToken, m_signIn->tokens().accessToken);
            secrets.insert(kRefreshToken, m_signIn->tokens().refreshToken);
        }
    }
    // A rename leaves nothing behind under the old name.
    if (m_original.isValid() && m_original.secretKey() != c.secretKey()) {
        m_connections->remove(m_original.connectorId, m_original.name);
        m_secrets->remove(m_original.secretKey());
    }
    m_connections->upsert(c);
    if (!m_secrets->store(c.secretKey(), secrets, &m_saveError) || !m_connections->save(&m_saveError)) {
        m_nameMessage->setProblem(m_saveError);
        return false;
    }
    m_original = c;
    return true;
}
