#pragma once

#include "MainWindow.h"
#include "ScriptedDialogProvider.h"

#include <QTemporaryDir>

#include <memory>

// The main window that GUI tests drive: settings in a test location (cleared per test), a
// scratch folder, scripted dialogs and a shown window. Call isolateSettings() in initTestCase(),
// start() in init() and stop() in cleanup().
struct WindowFixture
{
    static void isolateSettings(const QString &applicationName);
    // False (with a test failure logged) when the window did not come up.
    bool start();
    void stop();
    // A new window on the same dialogs, as after a restart of the application.
    void restart();
    // A fresh copy of the bundled sample in the scratch folder.
    QString sampleCopy(const QString &name) const;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ScriptedDialogProvider> dialogs;
    std::unique_ptr<MainWindow> window;
};
