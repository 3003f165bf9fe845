#pragma once

#include "runner/RunResult.h"

#include <QWidget>

class CodeEditor;
class CodeView;
class QLabel;
class QStackedWidget;
class QTreeWidget;

// The response: status, time, size and attempts (retries and their waits) on one line, the
// body as pretty JSON with folding (read-only), plain text or an image, and the headers.
// Named after its role in the Test tab (core/domain has a ResponseView of its own).
class ResponsePane : public QWidget
{
    Q_OBJECT

public:
    enum class BodyKind { None, Json, Text, Image };

    explicit ResponsePane(QWidget *parent = nullptr);

    void showRunning(const QString &what);
    void showResult(const RunResult &result);
    void clear();

    BodyKind bodyKind() const { return m_kind; }
    QString summary() const;
    QString bodyText() const;
    QTreeWidget *headers() const { return m_headers; }

private:
    QString attemptsText(const RunResult &result) const;

    QLabel *m_summary;
    QLabel *m_attempts;
    QStackedWidget *m_body;
    CodeEditor *m_json;
    CodeView *m_text;
    QLabel *m_image;
    QTreeWidget *m_headers;
    BodyKind m_kind = BodyKind::None;
};
