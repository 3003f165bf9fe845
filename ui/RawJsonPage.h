#pragma once

#include "document/ConnectorDocument.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class CodeEditor;
class InputTree;

// The connector's JSON files as text, editable, as JSON or as YAML. Typed text is a draft until applied (the
// Apply button, Ctrl+Return, or leaving the tab): applying replaces the file with the text as typed, one undo
// step; text that does not parse is marked at its line and column and not applied. Drafts survive switching
// files. Without a draft the text follows the document (debounced, only while visible).
class RawJsonPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 250;
    static constexpr int SyntaxCheckDelayMs = 300;
    static constexpr int CursorDelayMs = 300;

    explicit RawJsonPage(ConnectorDocument *document, QWidget *parent = nullptr);

    ConnectorDocument::Part part() const { return m_part; }
    // Shows a file, scrolled to a 1-based line that is marked (0: no mark).
    void showPart(ConnectorDocument::Part part, int markedLine = 0);
    // Shows a file at a 1-based line (marked, with the cursor on it) and focuses the text.
    void showLine(ConnectorDocument::Part part, int line);
    // Shows the node at pointer (its key's line, or its nearest existing ancestor's); false
    // when the file has no tree. For "select an operation elsewhere, see it here".
    bool showPointer(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    CodeEditor *view() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    // JSON (the file as it is) or YAML (the same tree; applying edits the JSON in place).
    QComboBox *notationCombo() const { return m_notation; }
    // Applies a pending refresh now (tests, screenshots).
    void refreshNow();

    bool hasDraft() const { return m_drafts.contains(int(m_part)); }
    bool hasAnyDraft() const { return !m_drafts.isEmpty(); }
    // Applies the current file's draft; false (and the error marked) when it does not parse.
    bool applyDraft();
    void revertDraft();
    // Parses the text now and marks or clears its error (normally done shortly after typing).
    void checkSyntaxNow();
    // The node the cursor is in (the root when the text does not parse).
    json::JsonPointer pointerAtCursor();

signals:
    // The cursor moved into another node (shortly after it stops): for selecting the matching
    // operation elsewhere.
    void cursorPointerChanged(ConnectorDocument::Part part, const json::JsonPointer &pointer);
    // Some file has (or no longer has) typed text not applied yet: Save must count it.
    void draftsChanged(bool any);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuildFileList();
    void onTextEdited();
    void switchTo(ConnectorDocument::Part part);
    void setEditorText(const QString &text);
    void updateState();
    QString textOf(ConnectorDocument::Part part) const;
    bool isYaml() const;
    void setNotation(int index);
    // The YAML view: parses the text; false (and the error marked) when it does not parse.
    bool checkYaml(const QString &text, InputTree *out);
    bool applyYaml(const QString &text);
    void showApplyError(int line, int column, const QString &message);

    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part = ConnectorDocument::Part::Definition;
    QComboBox *m_files;
    QLabel *m_info;
    QPushButton *m_revert;
    QPushButton *m_apply;
    CodeEditor *m_view;
    QTimer *m_timer;
    QTimer *m_syntaxTimer;
    QTimer *m_cursorTimer;
    std::optional<json::JsonFile> m_parsed; // the editor's text parsed, until it changes
    std::shared_ptr<InputTree> m_parsedYaml; // the same in the YAML view
    QComboBox *m_notation;
    json::JsonPointer m_cursorPointer;
    bool m_hadDrafts = false;
    QHash<int, QString>
        m_drafts; // by Part; the shown file's text is in the editor // unapplied text per file
    bool m_stale = true;
    bool m_updating = false;
    bool m_applyFailed = false;
};
