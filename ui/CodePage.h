#pragma once

#include "document/ConnectorDocument.h"
#include "views/ScriptChecks.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class CodeEditor;
class DialogProvider;
class FormSection;
class ScriptOperationsPanel;

// Step 4: the custom code (script.csx). A C# editor whose typing becomes one undo step per
// pause, enable/disable (disabling asks first: it deletes the code), upload of a .cs/.csx
// file, the operations the code applies to, and the platform's checks shown at their lines.
class CodePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PauseMs = 1000; // typing after a longer pause is a new undo step
    static constexpr int CheckDelayMs = 250;

    CodePage(ConnectorDocument *document, DialogProvider *dialogs, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    ScriptOperationsPanel *operationsPanel() const { return m_operations; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QPushButton *uploadButton() const { return m_upload; }
    const QList<ScriptChecks::Issue> &issues() const { return m_issues; }
    // Runs a pending check now (tests, screenshots).
    void checkNow();

    // Adds the starter code (Enable) or, after asking, deletes the code (Disable).
    void setCodeEnabled(bool enabled);
    // Asks for a .cs/.csx file and makes it the code; false when cancelled or unreadable.
    bool uploadFile();

private:
    QWidget *buildEmptyState();
    QWidget *buildSidePanel();
    void refreshFromDocument();
    void onEditorChanged();
    void showIssues();
    static QString starterCode();

    ConnectorDocument *m_document;
    DialogProvider *m_dialogs;
    QCheckBox *m_enabled;
    QPushButton *m_upload;
    QLabel *m_info;
    QStackedWidget *m_stack;
    CodeEditor *m_editor;
    ScriptOperationsPanel *m_operations;
    QLabel *m_checks;
    QTimer *m_checkTimer;
    QElapsedTimer m_lastKey;
    QList<ScriptChecks::Issue> m_issues;
    bool m_updating = false;
};
