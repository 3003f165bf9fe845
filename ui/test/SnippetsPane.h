#pragma once

#include "runner/RunRequest.h"

#include <QWidget>

class CodeView;
class QComboBox;
class QPushButton;

// The request shown as code to paste: cURL, PowerShell or Python (RequestSnippet), secrets as
// CONNECTOR_SECRET_<NAME> environment variables, never their values; Copy puts it on the
// clipboard.
class SnippetsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SnippetsPane(QWidget *parent = nullptr);

    void setRequest(const RunRequest &request);
    void clear();
    QComboBox *language() const { return m_language; }
    QPushButton *copyButton() const { return m_copy; }
    QString text() const;

private:
    void render();

    RunRequest m_request;
    bool m_hasRequest = false;
    QComboBox *m_language;
    QPushButton *m_copy;
    CodeView *m_view;
};
