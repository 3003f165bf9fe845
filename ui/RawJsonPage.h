#pragma once

#include "document/ConnectorDocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class CodeView;

// The raw text of the connector's JSON files as they would be saved, read-only for now.
// Refreshes shortly after the document changes (debounced), and only while visible.
class RawJsonPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 250;

    explicit RawJsonPage(ConnectorDocument *document, QWidget *parent = nullptr);

    ConnectorDocument::Part part() const { return m_part; }
    // Shows a file, scrolled to a 1-based line that is marked (0: no mark).
    void showPart(ConnectorDocument::Part part, int markedLine = 0);
    // Shows a file at a 1-based line (marked, with the cursor on it) and focuses the text.
    void showLine(ConnectorDocument::Part part, int line);
    CodeView *view() const { return m_view; }
    // Applies a pending refresh now (tests, screenshots).
    void refreshNow();
    // The editor font from the preferences.
    void setEditorFont(const QFont &font);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void rebuildFileList();
    QString textOf(ConnectorDocument::Part part) const;

    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part = ConnectorDocument::Part::Definition;
    QComboBox *m_files;
    QLabel *m_info;
    CodeView *m_view;
    QTimer *m_timer;
    bool m_stale = true;
};
