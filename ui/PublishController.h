#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ConnectionStore;
class ConnectorDocument;
class DialogProvider;
class DocumentController;
class PublishDialog;
class PublishRunner;
class QAction;
class QMenu;
class QWidget;
class SecretStore;

// File > Publish...: offers to save, validates (errors stop it and are listed), then shows
// PublishDialog and runs PublishRunner (paconn or pac) with the dialog's choices, its output
// streamed into the log pane. The OAuth client secret is looked up in the connection's keychain
// entry (SecretStore) when the connector needs one.
class PublishController : public QObject
{
    Q_OBJECT

public:
    // Inserts its action into fileMenu before `before` (appends when null).
    PublishController(ConnectorDocument *document, DocumentController *documents, DialogProvider *dialogs,
                      QMenu *fileMenu, QAction *before, QWidget *window, QObject *parent = nullptr);
    ~PublishController() override;

    void publish(); // the menu action
    void start(); // the dialog's Publish button
    void cancel();
    bool isRunning() const;
    PublishDialog *dialog() const;
    QAction *action() const { return m_action; }

    // For tests: the stores the secret is read from, and where the tools are looked for
    // (empty: PATH). Without stores, the user's connections and keychain are used.
    void setStores(ConnectionStore *connections, SecretStore *secrets);
    void setSearchPaths(const QStringList &paths) { m_searchPaths = paths; }

signals:
    void finished(bool ok);
    void statusMessage(const QString &message);

private:
    bool saveFirst();
    int showFindings(); // validation errors listed in the log; their count
    void fillDialog();
    QString lookUpSecret(QString *source);
    void onFinished(bool ok);

    ConnectorDocument *m_document;
    DocumentController *m_documents;
    DialogProvider *m_dialogs;
    QWidget *m_window;
    QAction *m_action;
    PublishRunner *m_runner;
    QPointer<PublishDialog> m_dialog;
    ConnectionStore *m_connections = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<ConnectionStore> m_ownConnections;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QStringList m_searchPaths;
};
