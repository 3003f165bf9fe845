#pragma once

#include "connections/ConnectionParameter.h"
#include "oauth/OAuthClient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The OAuth part of a connection: the client secret, Sign in (opens the browser, waits for the
// loopback redirect) with Cancel, and what happened, as the provider said it.
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    SignInPanel(const ConnectionParameter &parameter, QNetworkAccessManager *network,
                QWidget *parent = nullptr);

    // The GUI opens the system browser; tests follow the URL themselves.
    void setBrowserOpener(OAuthClient::BrowserOpener opener)
    {
        m_client->setBrowserOpener(std::move(opener));
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The client secret field: the dialog puts it on a row of its own, with its own label.
    QLineEdit *secretField() const { return m_secret; }
    QString clientSecret() const;
    void setClientSecret(const QString &secret);
    // "Send client credentials": in the request body or as HTTP Basic; its own row too.
    QComboBox *clientAuthenticationField() const { return m_clientAuth; }
    OAuthConfig::ClientAuthentication clientAuthentication() const;
    void setClientAuthentication(OAuthConfig::ClientAuthentication how);
    OAuthTokens tokens() const { return m_tokens; }
    void setTokens(const OAuthTokens &tokens);
    QString status() const;
    OAuthClient *client() const { return m_client; }

signals:
    void signedIn();

private:
    void signIn();
    void onFinished(const OAuthResult &result);
    void showStatus(const QString &text, bool problem);

    ConnectionParameter m_parameter;
    OAuthClient *m_client;
    OAuthTokens m_tokens;
    int m_timeoutMs = 5 * 60 * 1000;
    QLineEdit *m_secret;
    QComboBox *m_clientAuth;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QLabel *m_status;
};
