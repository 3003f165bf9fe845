#pragma once

#include <QString>
#include <QStringList>

namespace cli {

// The designer's own command-line options, parsed before any QApplication exists.
// Qt's options (-platform, -style, ...) are left for QApplication.
struct GuiOptions
{
    QString pathToOpen;
    bool openSample = false;
    QString screenshotPath;

    // args without the program name. False with a reason for an unknown "--" option,
    // a missing --screenshot file, or more than one PATH.
    static bool parse(const QStringList &args, GuiOptions *out, QString *error);
};

} // namespace cli
