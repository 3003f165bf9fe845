#include "SignInPanel.h"

#include "Theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SignInPanel::SignInPanel(const ConnectionParameter &parameter, QNetworkAccessManager *network,
                         QWidget *parent)
    : QWidget(parent),
      m_parameter(parameter),
      m_client(new OAuthClient(network, this)),
      m_secret(new QLineEdit(this)),
      m_clientAuth(new QComboBox(this)),
      m_signIn(new QPushButton(tr("Sign in…"), this)),
      m_cancel(new QPushButton(tr("Cancel sign-in"), this)),
      m_status(new QLabel(this))
{
    m_client->setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_secret->setObjectName(QStringLiteral("clientSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Empty for a public client (PKCE only)"));
    m_clientAuth->setObjectName(QStringLiteral("clientAuthentication"));
    m_clientAuth->setAccessibleName(tr("Send client credentials"));
    m_clientAuth->addItem(tr("In the request body"), int(OAuthConfig::ClientAuthentication::RequestBody));
    m_clientAuth->addItem(tr("As HTTP Basic authentication"),
                          int(OAuthConfig::ClientAuthentication::HttpBasic));
    m_clientAuth->setToolTip(
        tr("How the client id and secret go to the token endpoint: client_secret_post "
           "(the body, as Power Platform sends them) or client_secret_basic (an "
           "Authorization header), for the code exchange, client credentials and refresh."));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_cancel->hide();
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    showStatus(tr("Not signed in."), false);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signIn);
    connect(m_cancel, &QPushButton::clicked, m_client, &OAuthClient::cancel);
    connect(m_client, &OAuthClient::finished, this, &SignInPanel::onFinished);
}

QString SignInPanel::clientSecret() const
{
    return m_secret->text();
}

void SignInPanel::setClientSecret(const QString &secret)
{
    m_secret->setText(secret);
}

void SignInPanel::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    if (!tokens.isValid())
        return;
    showStatus(tokens.expiresAt.isValid()
                   ? tr("Signed in; the token expires at %1.")
                         .arg(QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::ShortFormat))
                   : tr("Signed in."),
               false);
}

OAuthConfig::ClientAuthentication SignInPanel::clientAuthentication() const
{
    return OAuthConfig::ClientAuthentication(m_clientAuth->currentData().toInt());
}

void SignInPanel::setClientAuthentication(OAuthConfig::ClientAuthentication how)
{
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(how)));
}

QString SignInPanel::status() const
{
    return m_status->text();
}

void SignInPanel::signIn()
{
    OAuthConfig config = m_parameter.oauthConfig();
    config.clientSecret = m_secret->text();
    config.clientAuthentication = clientAuthentication();
    config.timeoutMs = m_timeoutMs;
    if (!config.authorizationUrl.isValid() || config.authorizationUrl.isEmpty()) {
        showStatus(tr("The connector has no authorization URL: set it on the Security tab."), true);
        return;
    }
    m_signIn->setEnabled(false);
    m_cancel->show();
    showStatus(tr("Waiting for the sign-in in your browser…"), false);
    m_client->startAuthorizationCode(config);
}

void SignInPanel::onFinished(const OAuthResult &result)
{
    m_signIn->setEnabled(true);
    m_cancel->hide();
    if (!result.ok()) {
        showStatus(result.message, result.outcome != OAuthResult::Outcome::Cancelled);
        return;
    }
    setTokens(result.tokens);
    emit signedIn();
}

void SignInPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, problem ? Theme::errorColor(palette) : Theme::mutedText(palette));
    m_status->setPalette(palette);
}
