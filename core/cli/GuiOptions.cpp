#include "GuiOptions.h"

namespace cli {

namespace {

// QGuiApplication/QApplication options that take a value (see their documentation).
bool isQtOptionWithValue(const QString &arg)
{
    static const QStringList options = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-geometry"),
        QStringLiteral("-title"),           QStringLiteral("-display"),
        QStringLiteral("-session"),         QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
    };
    return options.contains(arg);
}

} // namespace

bool GuiOptions::parse(const QStringList &args, GuiOptions *out, QString *error)
{
    *out = GuiOptions();
    bool havePath = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--sample")) {
            out->openSample = true;
        } else if (arg == QLatin1String("--screenshot")) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("--screenshot needs a FILE");
                return false;
            }
            out->screenshotPath = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--screenshot="))) {
            out->screenshotPath = arg.mid(int(qstrlen("--screenshot=")));
            if (out->screenshotPath.isEmpty()) {
                *error = QStringLiteral("--screenshot needs a FILE");
                return false;
            }
        } else if (arg.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option '%1'").arg(arg);
            return false;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            if (isQtOptionWithValue(arg))
                ++i; // Qt's option and its value: QApplication reads them
        } else if (havePath) {
            *error = QStringLiteral("more than one PATH ('%1' and '%2')").arg(out->pathToOpen, arg);
            return false;
        } else {
            out->pathToOpen = arg;
            havePath = true;
        }
    }
    return true;
}

} // namespace cli
