#include "WindowFixture.h"

#include "UiTestSupport.h"
#include "document/ConnectorDocument.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

void WindowFixture::isolateSettings(const QString &applicationName)
{
    // Recent folders, geometry and preferences go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConnectorDesignerTests"));
    QApplication::setApplicationName(applicationName);
}

bool WindowFixture::start()
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return false;
    dialogs = std::make_unique<ScriptedDialogProvider>();
    window = std::make_unique<MainWindow>(dialogs.get());
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

void WindowFixture::stop()
{
    // Leave no save question pending for the destructor.
    if (window)
        window->document()->undoStack()->setClean();
    window.reset();
    dialogs.reset();
    dir.reset();
}

void WindowFixture::restart()
{
    if (window)
        window->document()->undoStack()->setClean();
    window.reset();
    window = std::make_unique<MainWindow>(dialogs.get());
}

QString WindowFixture::sampleCopy(const QString &name) const
{
    const QString folder = dir->filePath(name);
    if (!UiTestSupport::copySample(folder))
        qFatal("cannot copy the sample");
    return folder;
}
