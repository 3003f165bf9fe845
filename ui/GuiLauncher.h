#pragma once

#include <QString>

// Starts the designer: creates the QApplication and the main window, opens pathToOpen
// (a connector folder or its apiDefinition.swagger.json) or, with openSample, a copy of
// the bundled sample, and runs the event loop.
// With a screenshotPath it instead renders the window offscreen (1280x800) after
// loading, writes that PNG and returns 0 (1 if loading or writing failed).
int runGui(int &argc, char **argv, const QString &pathToOpen, bool openSample, const QString &screenshotPath);
