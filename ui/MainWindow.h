#pragma once

#include "DropHandler.h"
#include "StepTabs.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class AboutDialog;
class BudgetMeter;
class CodePage;
class CompareController;
class DefinitionPage;
class ConnectorDocument;
class DialogProvider;
class DocumentController;
class FindingNavigator;
class GeneralPage;
class SecurityPage;
class ImportController;
class ReimportController;
class HeaderBar;
class LiveValidation;
class MessageBanner;
class PreferencesDialog;
class RawJsonPage;
class ValidationDock;
class WelcomePage;

// The application window. It assembles the pieces and wires them together; the file
// workflow lives in DocumentController, each step in its own page class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab {
        GeneralTab,
        SecurityTab,
        DefinitionTab,
        CodeTab,
        TestTab,
        SwaggerTab
    }; // StepTabs::Step's order

    // dialogs: nullptr for the real dialogs; tests pass a scripted provider (not owned).
    explicit MainWindow(DialogProvider *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectorDocument *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    GeneralPage *generalPage() const { return m_general; }
    SecurityPage *securityPage() const { return m_security; }
    DefinitionPage *definitionPage() const { return m_definition; }
    RawJsonPage *rawPage() const { return m_raw; }
    CodePage *codePage() const { return m_code; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    HeaderBar *header() const { return m_header; }
    QMenu *recentMenu() const { return m_recentMenu; }
    LiveValidation *validation() const { return m_validation; }
    ValidationDock *validationDock() const { return m_validationDock; }
    BudgetMeter *budgetMeter() const { return m_budgetMeter; }
    QToolButton *problemsButton() const { return m_problemsButton; }
    FindingNavigator *navigator() const { return m_navigator; }
    CompareController *compareController() const { return m_compare; }
    ImportController *importController() const { return m_import; }
    ReimportController *reimportController() const { return m_reimport; }

    // Window size and position, docks and the current tab from the last session.
    void restoreLayout();
    void saveLayout() const;
    // Edit > Preferences and Help > About, window-modal (open(), not exec()): returned for tests.
    PreferencesDialog *showPreferences();
    AboutDialog *showAbout();
    // What dropping a file or folder does: open a connector folder, or use an image as the icon.
    using DropKind = DropHandler::Kind;
    DropKind dropKind(const QString &path) const;
    // Does it, and says what it did in the status bar; false when nothing was done.
    bool handleDroppedPath(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void applyPreferences();
    void createMenus();
    void createToolBar();
    QWidget *createEditor();
    void createStatusBar();
    // Applies the Swagger tab's typed text before a save; false (and says why) when it cannot.
    bool applyTextDraft();
    void createValidation();
    void onValidationUpdated();
    QAction *makeAction(const QString &objectName, const QString &text, const QString &iconName,
                        int fallbackIcon, const QKeySequence &shortcut);

    void onStateChanged();
    void updateTitle();
    void updateActions();
    void updateStatusNote();
    void showReadOnlyState();
    void rebuildRecentMenu();

    std::unique_ptr<DialogProvider> m_ownedDialogs;
    DialogProvider *m_dialogs;
    ConnectorDocument *m_document;
    DocumentController *m_controller;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    HeaderBar *m_header = nullptr;
    MessageBanner *m_banner = nullptr;
    StepTabs *m_tabs = nullptr;
    GeneralPage *m_general = nullptr;
    SecurityPage *m_security = nullptr;
    DefinitionPage *m_definition = nullptr;
    RawJsonPage *m_raw = nullptr;
    CodePage *m_code = nullptr;
    QLabel *m_statusNote = nullptr;
    LiveValidation *m_validation = nullptr;
    ValidationDock *m_validationDock = nullptr;
    bool m_validationDockWanted = true; // shown whenever a connector is open, unless closed
    bool m_editorShown = false;
    BudgetMeter *m_budgetMeter = nullptr;
    QToolButton *m_problemsButton = nullptr;
    FindingNavigator *m_navigator = nullptr;
    CompareController *m_compare = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_compareSavedAction = nullptr;
    QAction *m_compareFolderAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QList<QAction *> m_importActions;
    ImportController *m_import = nullptr;
    ReimportController *m_reimport = nullptr;
    DropHandler *m_drops = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    int m_themeApplied = -1; // the AppSettings::Theme last applied, -1 before the first
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_stepActions;
};
