#include "GuiLauncher.h"

#include "IndicatorStyle.h"

#include "DocumentController.h"
#include "MainWindow.h"
#include "ScriptedDialogProvider.h"
#include "StartupTiming.h"
#include "Theme.h"
#include "TranslationLoader.h"
#include "UiResources.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace {

void applyStyleSheet(QApplication &app)
{
    QFile file(QStringLiteral(":/style/app.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString sheet = QString::fromUtf8(file.readAll());
    // A sheet of only comments would still put every widget under QStyleSheetStyle, whose polish
    // on every reparent was most of the startup (issue 8): apply it only when it has rules.
    static const QRegularExpression comments(QStringLiteral("/\\*.*?\\*/"),
                                             QRegularExpression::DotMatchesEverythingOption);
    if (!QString(sheet).remove(comments).trimmed().isEmpty())
        app.setStyleSheet(sheet);
}

bool openInitial(MainWindow &window, const QString &pathToOpen, bool openSample)
{
    if (!pathToOpen.isEmpty())
        return window.controller()->open(pathToOpen);
    if (openSample)
        return window.controller()->newFromSample();
    return true;
}

// Renders the window without showing it on screen, at a fixed size.
int writeScreenshot(MainWindow &window, const QString &path)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!pixmap.save(path, "PNG")) {
        QTextStream(stderr) << "connector-designer: cannot write " << path << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runGui(int &argc, char **argv, const QString &pathToOpen, bool openSample, const QString &screenshotPath)
{
    QElapsedTimer startup;
    startup.start();
    // A screenshot or a timing run needs no display: render offscreen unless told otherwise.
    if ((!screenshotPath.isEmpty() || StartupTiming::isRequested())
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    UiResources::ensureLoaded();
    QApplication::setApplicationName(QStringLiteral("Connector Designer"));
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesigner"));
    QApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app-icon.svg")));
    TranslationLoader::install(&app);
    QApplication::setStyle(new IndicatorStyle(QApplication::style()->name()));
    Theme::apply(AppSettings::instance()->theme());
    applyStyleSheet(app);

    if (!screenshotPath.isEmpty()) {
        // No one can answer a dialog here: errors go to stderr instead.
        ScriptedDialogProvider dialogs;
        MainWindow window(&dialogs);
        window.controller()->setRemembersRecent(false);
        const bool opened = openInitial(window, pathToOpen, openSample);
        for (const QString &error : std::as_const(dialogs.errors))
            QTextStream(stderr) << "connector-designer: " << error << '\n';
        const int result = writeScreenshot(window, screenshotPath);
        return opened ? result : 1;
    }

    // A timing run answers no dialogs and leaves the recent folders alone.
    const bool timed = StartupTiming::isRequested();
    ScriptedDialogProvider scripted;
    MainWindow window(timed ? &scripted : nullptr);
    window.controller()->setRemembersRecent(!timed);
    window.restoreLayout();
    window.show();
    openInitial(window, pathToOpen, openSample);
    // CD_STARTUP_TIMING=1: prints the startup and edit timings, then quits (bench/run.sh).
    StartupTiming timing(&window, startup);
    if (timed)
        timing.start();
    return app.exec();
}
