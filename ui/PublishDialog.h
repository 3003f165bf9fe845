#pragma once

#include "publish/PublishTool.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// File > Publish...: which tool (paconn or pac, as found on PATH), the environment, the OAuth
// client secret when the connector needs one (prefilled from the connection's keychain entry,
// with a note that the tool receives it), and a log pane with the tool's output as it runs.
// PublishController does the work.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(const QString &connectorName, QWidget *parent = nullptr);

    // tools: the installed ones with their paths; empty shows how to install them.
    void setTools(const QList<QPair<PublishTool::Kind, QString>> &tools);
    PublishTool::Kind tool() const;
    QString toolProgram() const;
    QString environment() const;
    void setEnvironment(const QString &environment);
    // source: where the secret came from ("the connection 'X' in the keychain"), empty if none.
    void setSecretNeeded(bool needed, const QString &secret, const QString &source);
    QString secret() const;
    void setTarget(const QString &connectorId); // "Creates a new connector" / "Updates ID"

    void setRunning(bool running);
    void blockPublish(const QString &reason); // validation errors, no tool
    void appendLog(const QString &line, bool isError = false);
    void setStatus(const QString &text, bool error = false);
    QString logText() const;
    QPlainTextEdit *log() const { return m_log; }

signals:
    void publishRequested();
    void cancelRequested();

private:
    void updateSecretNote();

    QComboBox *m_tool;
    QLineEdit *m_environment;
    QLabel *m_target;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_secretNote;
    QPlainTextEdit *m_log;
    QLabel *m_status;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    QString m_secretSource;
    bool m_blocked = false;
};
