#pragma once

#include "runner/RunRequest.h"

#include <QWidget>

class CodeView;
class QLabel;

// The request as it went out: method and final URL, headers and body. Credentials are
// masked (the credential headers' values and credential query items as "***"), so the view
// can be shown, copied or captured in a screenshot.
class RequestPane : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPane(QWidget *parent = nullptr);

    void showRequest(const RunRequest &request);
    void showError(const QString &error);
    void clear();
    QString text() const;
    static QString textOf(const RunRequest &request);

private:
    QLabel *m_summary;
    CodeView *m_view;
};
