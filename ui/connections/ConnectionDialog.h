#pragma once

#include "connections/Connection.h"
#include "connections/ConnectionParameter.h"

#include <QDialog>
#include <QHash>

class ConnectionStore;
class FieldMessage;
class MessageBanner;
class QLineEdit;
class QNetworkAccessManager;
class SecretStore;
class SignInPanel;

// Creates or edits a connection of the open connector: one field per connection parameter (the
// dialog a user of the connector would see), Sign in for OAuth, and a plain notice when secrets
// can only be kept in memory. Save writes the non-secret part to the ConnectionStore and the
// secrets to the SecretStore.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(const QString &connectorId, const QList<ConnectionParameter> &parameters,
                     ConnectionStore *connections, SecretStore *secrets, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);

    // Fills the dialog from a stored connection and its secrets.
    void edit(const Connection &connection);
    Connection connection() const;
    QString saveError() const { return m_saveError; }
    SignInPanel *signInPanel() const { return m_signIn; }

    // Validates, stores and closes; false (and messages at the fields) when something is missing.
    bool save();

private:
    void build();
    Connection::AuthKind authKind() const;

    QString m_connectorId;
    QList<ConnectionParameter> m_parameters;
    ConnectionStore *m_connections;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Connection m_original;
    QString m_saveError;
    MessageBanner *m_notice = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, FieldMessage *> m_messages;
    SignInPanel *m_signIn = nullptr;
    QString m_oauthParameter;
};
