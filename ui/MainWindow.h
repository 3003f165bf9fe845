#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class ConnectorDocument;
class DialogProvider;
class DocumentController;
class GeneralPage;
class HeaderBar;
class MessageBanner;
class RawJsonPage;
class WelcomePage;

// The application window. It assembles the pieces and wires them together; the file
// workflow lives in DocumentController, each step in its own page class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { GeneralTab, SecurityTab, DefinitionTab, CodeTab, TestTab, SwaggerTab };

    // dialogs: nullptr for the real dialogs; tests pass a scripted provider (not owned).
    explicit MainWindow(DialogProvider *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectorDocument *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    GeneralPage *generalPage() const { return m_general; }
    RawJsonPage *rawPage() const { return m_raw; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    HeaderBar *header() const { return m_header; }
    QMenu *recentMenu() const { return m_recentMenu; }

    // Window size and position from the last session.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createEditor();
    void createStatusBar();
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
    QTabWidget *m_tabs = nullptr;
    GeneralPage *m_general = nullptr;
    RawJsonPage *m_raw = nullptr;
    QLabel *m_statusNote = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_stepActions;
};
