#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppIcons.h"
#include "BudgetMeter.h"
#include "CodePage.h"
#include "CompareController.h"
#include "DocumentController.h"
#include "DropHandler.h"
#include "ExportController.h"
#include "FindingNavigator.h"
#include "FindingsModel.h"
#include "GeneralPage.h"
#include "HeaderBar.h"
#include "ImportController.h"
#include "LiveValidation.h"
#include "MessageBanner.h"
#include "PreferencesDialog.h"
#include "PublishController.h"
#include "QtDialogProvider.h"
#include "RawJsonPage.h"
#include "ReimportController.h"
#include "StepTabs.h"
#include "Theme.h"
#include "UiResources.h"
#include "UrlImportController.h"
#include "ValidationDock.h"
#include "WelcomePage.h"
#include "definition/DefinitionPage.h"
#include "document/ConnectorDocument.h"
#include "security/SecurityPage.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using Part = ConnectorDocument::Part;
static_assert(int(MainWindow::TestTab) == int(StepTabs::Test)
                  && int(MainWindow::SwaggerTab) == int(StepTabs::Swagger),
              "MainWindow::Tab names StepTabs' steps");

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString TabKey = QStringLiteral("mainWindow/tab");
const QString DefinitionSplitterKey = QStringLiteral("mainWindow/definitionSplitter");
constexpr int StatusMessageMs = 5000;

} // namespace

MainWindow::MainWindow(DialogProvider *dialogs, QWidget *parent)
    : QMainWindow(parent),
      m_ownedDialogs(dialogs ? nullptr : std::make_unique<QtDialogProvider>()),
      m_dialogs(dialogs ? dialogs : m_ownedDialogs.get()),
      m_document(new ConnectorDocument(this)),
      m_controller(new DocumentController(m_document, m_dialogs, this, this)),
      m_import(new ImportController(m_controller, m_dialogs, this, this))
{
    UiResources::ensureLoaded();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/app-icon.svg")));
    createActions();
    createMenus();
    createToolBar();

    m_welcome = new WelcomePage;
    connect(m_welcome, &WelcomePage::newRequested, m_controller, &DocumentController::newBlank);
    connect(m_welcome, &WelcomePage::sampleRequested, m_controller, &DocumentController::newFromSample);
    connect(m_welcome, &WelcomePage::openRequested, m_controller, &DocumentController::openFolder);
    connect(m_welcome, &WelcomePage::recentRequested, m_controller, &DocumentController::open);
    connect(m_welcome, &WelcomePage::importRequested, this, [this](int format) {
        if (format == int(ConnectorImporter::Format::Curl))
            m_import->importCurl();
        else
            m_import->importFile(ConnectorImporter::Format(format));
    });
    connect(m_import, &ImportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    m_drops = new DropHandler(m_controller, m_document, m_import, m_dialogs, this);
    connect(m_drops, &DropHandler::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createEditor());
    setCentralWidget(m_stack);
    createStatusBar();
    createValidation();

    connect(m_controller, &DocumentController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    connect(m_controller, &DocumentController::recentFoldersChanged, this,
            [this] { m_welcome->setRecentFolders(m_controller->recentFolders().entries()); });
    connect(m_document, &ConnectorDocument::modifiedChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_document, &ConnectorDocument::changed, this, &MainWindow::updateTitle);
    connect(m_document, &ConnectorDocument::folderChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ConnectorDocument::reset, this, &MainWindow::updateTitle);
    connect(AppSettings::instance(), &AppSettings::changed, this, &MainWindow::applyPreferences);
    applyPreferences();
    setAcceptDrops(true);
    onStateChanged();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The children are deleted after this body: keep the document's last signals (its undo
    // stack is cleared when it goes) from reaching a half-destroyed window.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_controller, nullptr, this, nullptr);
}

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QString &iconName,
                                int fallbackIcon, const QKeySequence &shortcut)
{
    auto *action = new QAction(AppIcons::icon(iconName, QStyle::StandardPixmap(fallbackIcon)), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    m_newAction = makeAction(QStringLiteral("actionNew"), tr("&New"), QStringLiteral("new"),
                             QStyle::SP_FileIcon, QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a blank connector"));
    connect(m_newAction, &QAction::triggered, m_controller, &DocumentController::newBlank);
    m_sampleAction = makeAction(QStringLiteral("actionNewFromSample"), tr("New from &Sample"),
                                QStringLiteral("sample"), QStyle::SP_FileDialogContentsView, {});
    m_sampleAction->setStatusTip(tr("Start from a copy of the Contoso HR sample connector"));
    connect(m_sampleAction, &QAction::triggered, m_controller, &DocumentController::newFromSample);
    m_openAction = makeAction(QStringLiteral("actionOpen"), tr("&Open Folder..."), QStringLiteral("open"),
                              QStyle::SP_DirOpenIcon, QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a connector folder"));
    connect(m_openAction, &QAction::triggered, m_controller, &DocumentController::openFolder);
    m_saveAction = makeAction(QStringLiteral("actionSave"), tr("&Save"), QStringLiteral("save"),
                              QStyle::SP_DialogSaveButton, QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (applyTextDraft())
            m_controller->save();
    });
    m_saveAsAction = makeAction(QStringLiteral("actionSaveAs"), tr("Save &As..."), QStringLiteral("save-as"),
                                QStyle::SP_DialogSaveButton, QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        if (applyTextDraft())
            m_controller->saveAs();
    });
    m_compareSavedAction = new QAction(tr("Compare With Saved &Version"), this);
    m_compareSavedAction->setObjectName(QStringLiteral("actionCompareSaved"));
    m_compareSavedAction->setStatusTip(tr("List the changes since the last save, breaking ones marked"));
    connect(m_compareSavedAction, &QAction::triggered, this, [this] { m_compare->compareWithSaved(); });
    m_compareFolderAction = new QAction(tr("Compare With &Folder..."), this);
    m_compareFolderAction->setObjectName(QStringLiteral("actionCompareFolder"));
    m_compareFolderAction->setStatusTip(tr("List the changes from another version of the connector"));
    connect(m_compareFolderAction, &QAction::triggered, this, [this] { m_compare->compareWithFolder(); });
    m_closeAction = makeAction(QStringLiteral("actionClose"), tr("&Close"), QStringLiteral("close"),
                               QStyle::SP_DialogCloseButton, QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, m_controller, &DocumentController::closeDocument);
    m_quitAction = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("quit"),
                              QStyle::SP_TitleBarCloseButton, QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    const auto importAction = [this](const char *name, const QString &text, const QKeySequence &keys,
                                     ConnectorImporter::Format format) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        if (format == ConnectorImporter::Format::Curl)
            connect(action, &QAction::triggered, m_import, &ImportController::importCurl);
        else
            connect(action, &QAction::triggered, this, [this, format] { m_import->importFile(format); });
        m_importActions.append(action);
    };
    importAction("actionImport", tr("&Any API Description..."), QKeySequence(Qt::CTRL | Qt::Key_I),
                 ConnectorImporter::Format::Auto);
    importAction("actionImportPostman", tr("&Postman Collection..."), {}, ConnectorImporter::Format::Postman);
    importAction("actionImportOpenApi", tr("&OpenAPI or Swagger..."), {}, ConnectorImporter::Format::OpenApi);
    importAction("actionImportCurl", tr("&cURL Command..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                 ConnectorImporter::Format::Curl);

    m_preferencesAction = new QAction(tr("&Preferences..."), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_aboutAction = new QAction(tr("&About Connector Designer"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QUndoStack *stack = m_document->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(AppIcons::icon(QStringLiteral("undo"), QStyle::SP_ArrowBack));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(AppIcons::icon(QStringLiteral("redo"), QStyle::SP_ArrowForward));
    m_redoAction->setShortcut(QKeySequence::Redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_openAction);
    m_recentMenu
        = file->addMenu(AppIcons::icon(QStringLiteral("folder"), QStyle::SP_DirIcon), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    importMenu->addActions(m_importActions);
    new UrlImportController(m_controller, importMenu, this, this);
    m_reimport = new ReimportController(m_document, m_controller, m_dialogs, this, this);
    m_reimport->addActions(importMenu);
    connect(m_reimport, &ReimportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    (new ExportController(m_document, m_controller, m_dialogs, this, this))->addMenuTo(file);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_compareSavedAction);
    file->addAction(m_compareFolderAction);
    new PublishController(m_document, m_controller, m_dialogs, file, nullptr, this, this);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList steps {tr("&1 General"), tr("&2 Security"), tr("&3 Definition"),
                             tr("&4 Code"),    tr("&5 Test"),     tr("&Swagger")};
    for (int i = 0; i < steps.size(); ++i) {
        QAction *action = view->addAction(steps.at(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_stepActions.append(action);
    }
    m_viewMenu = view;
    view->addSeparator();
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    // Their text names the edit ("Undo Edit title"): icons only, the text is the tooltip.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

QWidget *MainWindow::createEditor()
{
    m_header = new HeaderBar(m_document);
    m_banner = new MessageBanner;
    m_tabs = new StepTabs(m_document, m_dialogs);
    m_general = m_tabs->generalPage();
    m_security = m_tabs->securityPage();
    m_definition = m_tabs->definitionPage();
    m_code = m_tabs->codePage();
    m_raw = m_tabs->rawPage();
    connect(m_raw, &RawJsonPage::draftsChanged, this, &MainWindow::updateActions);

    auto *editor = new QWidget;
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    return editor;
}

void MainWindow::createStatusBar()
{
    m_statusNote = new QLabel;
    m_statusNote->setObjectName(QStringLiteral("statusNote"));
    statusBar()->addPermanentWidget(m_statusNote);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::createValidation()
{
    m_validation = new LiveValidation(m_document, this);
    m_validationDock = new ValidationDock(m_validation, m_dialogs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_validationDock);
    resizeDocks({m_validationDock}, {190}, Qt::Vertical);
    m_validationDock->hide();
    QAction *toggle = m_validationDock->toggleViewAction();
    toggle->setText(tr("&Validation Panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_viewMenu->addAction(toggle);
    m_navigator = new FindingNavigator(this);
    connect(m_validationDock, &ValidationDock::findingActivated, m_navigator, &FindingNavigator::jumpTo);
    m_compare = new CompareController(m_document, m_dialogs, this, this);

    m_problemsButton = new QToolButton;
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setToolTip(tr("Show the validation panel"));
    connect(m_problemsButton, &QToolButton::clicked, this, [this] {
        m_validationDock->show();
        m_validationDock->raise();
        m_validationDock->view()->setFocus();
    });
    m_budgetMeter = new BudgetMeter;
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_budgetMeter);
    connect(m_validation, &LiveValidation::updated, this, &MainWindow::onValidationUpdated);
    onValidationUpdated();
}

void MainWindow::onValidationUpdated()
{
    const ValidationReport::Counts counts = m_validation->counts();
    m_problemsButton->setText(ValidationDock::countsText(counts));
    using Severity = ValidationFinding::Severity;
    const bool any = counts.errors + counts.warnings + counts.infos > 0;
    const Severity worst = counts.errors ? Severity::Error
        : counts.warnings                ? Severity::Warning
                                         : Severity::Info;
    m_problemsButton->setIcon(any ? FindingsModel::severityIcon(worst) : QIcon());
    m_budgetMeter->setBudget(m_validation->budget());
    m_general->setFindings(m_validation->findings());
}

void MainWindow::onStateChanged()
{
    const bool open = m_controller->isOpen();
    m_validation->setActive(open);
    if (open != m_editorShown) {
        // The panel belongs to the editor: hidden on the welcome page, back as the user left it.
        if (!open)
            m_validationDockWanted = !m_validationDock->isHidden();
        m_validationDock->setVisible(open && m_validationDockWanted);
        m_editorShown = open;
    }
    m_problemsButton->setVisible(open);
    m_budgetMeter->setVisible(open);
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!open)
        m_welcome->setRecentFolders(m_controller->recentFolders().entries());
    if (open && m_document->isReadOnly())
        showReadOnlyState();
    else
        m_banner->hide();
    if (open && !m_document->isReadOnly() && m_tabs->currentIndex() == SwaggerTab)
        m_tabs->setCurrentIndex(GeneralTab);
    updateTitle();
    updateActions();
    updateStatusNote();
}

void MainWindow::showReadOnlyState()
{
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("Read-only: a file of this connector cannot be parsed"),
                          m_document->readOnlyReason());
    // Show the first file that failed, at its error.
    for (Part part : {Part::Definition, Part::Properties, Part::Settings}) {
        if (part == Part::Settings && !m_document->hasSettings())
            continue;
        const json::JsonFile &file = m_document->file(part);
        if (file.isValid())
            continue;
        const json::JsonDiagnostic *error = file.firstError();
        m_tabs->setCurrentIndex(SwaggerTab);
        m_raw->showPart(part, error ? error->line : 0);
        break;
    }
}

void MainWindow::updateTitle()
{
    if (!m_controller->isOpen()) {
        setWindowTitle(tr("Connector Designer"));
        setWindowModified(false);
        return;
    }
    // "[*]" is where Qt puts the modified marker; a literal one in the name is escaped.
    QString name = m_document->displayName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowTitle(name + QStringLiteral("[*] — ") + tr("Connector Designer"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_controller->isOpen();
    const bool editable = open && !m_document->isReadOnly();
    m_saveAction->setEnabled(
        editable && (m_document->isModified() || m_document->isUntitled() || m_raw->hasAnyDraft()));
    m_saveAsAction->setEnabled(editable);
    m_closeAction->setEnabled(open);
    m_compareSavedAction->setEnabled(editable && !m_document->isUntitled());
    m_compareFolderAction->setEnabled(editable);
    for (QAction *action : std::as_const(m_stepActions))
        action->setEnabled(open);
}

void MainWindow::updateStatusNote()
{
    const QStringList warnings = m_controller->isOpen() ? m_document->loadWarnings() : QStringList();
    m_statusNote->setVisible(!warnings.isEmpty());
    m_statusNote->setText(tr("%n irregularities tolerated while reading", nullptr, int(warnings.size())));
    m_statusNote->setToolTip(warnings.mid(0, 30).join(QLatin1Char('\n')));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_controller->recentFolders().entries(); // prunes missing ones
    for (const QString &folder : folders) {
        QAction *action = m_recentMenu->addAction(QFileInfo(folder).fileName() + QStringLiteral("  —  ")
                                                  + QDir::toNativeSeparators(folder));
        action->setData(folder);
        connect(action, &QAction::triggered, this, [this, folder] { m_controller->open(folder); });
    }
    if (folders.isEmpty())
        m_recentMenu->addAction(tr("No recent connectors"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recently Opened"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!folders.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_controller->recentFolders().clear();
        m_welcome->setRecentFolders({});
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(StateKey).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    m_definition->splitter()->restoreState(settings.value(DefinitionSplitterKey).toByteArray());
    const int tab = settings.value(TabKey, GeneralTab).toInt();
    if (tab >= GeneralTab && tab < SwaggerTab)
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(TabKey, m_tabs->currentIndex());
    settings.setValue(DefinitionSplitterKey, m_definition->splitter()->saveState());
}

void MainWindow::applyPreferences()
{
    const AppSettings *settings = AppSettings::instance();
    if (m_themeApplied != int(settings->theme())) {
        // Only on a change: the first "System" keeps whatever palette the application has.
        if (m_themeApplied >= 0 || settings->theme() != AppSettings::Theme::System)
            Theme::apply(settings->theme());
        m_themeApplied = int(settings->theme());
    }
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AboutDialog *MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DropHandler::kind(DropHandler::localPathOf(event->mimeData())) != DropKind::None)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = DropHandler::localPathOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_drops->handle(path);
}

MainWindow::DropKind MainWindow::dropKind(const QString &path) const
{
    return DropHandler::kind(path);
}

bool MainWindow::handleDroppedPath(const QString &path)
{
    return m_drops->handle(path);
}

bool MainWindow::applyTextDraft()
{
    // Text typed in the Swagger tab but not applied yet would otherwise be left out of the save.
    if (!m_raw->hasDraft() || m_raw->applyDraft())
        return true;
    m_tabs->setCurrentIndex(SwaggerTab);
    m_dialogs->showError(this, tr("Not saved"),
                         tr("The text in the Swagger tab does not parse (the error is marked there). Fix it, "
                            "or press Revert to drop the typed text, then save again."));
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_raw->hasAnyDraft()
        && !m_dialogs->confirm(
            this, tr("Unapplied text"),
            tr("The Swagger tab has typed text that was never applied. Close and lose it?"))) {
        event->ignore();
        return;
    }
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}
