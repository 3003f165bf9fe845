#pragma once

#include <QString>
#include <QStringList>

// The official command-line tools that publish a connector to Power Platform: paconn (the
// Power Platform Connectors CLI, Python) and pac (the Power Platform CLI, .NET). Finds them on
// PATH and says how to install them when neither is there.
class PublishTool
{
public:
    enum class Kind { None, Paconn, Pac };

    static QString name(Kind kind); // "paconn", "pac"
    static bool parseKind(const QString &name, Kind *out);
    // The tool's executable on PATH (or in searchPaths when given), empty when not installed.
    static QString find(Kind kind, const QStringList &searchPaths = {});
    // The preferred tool if installed, else the other; None when neither is.
    static Kind detect(Kind preferred = Kind::Paconn, const QStringList &searchPaths = {});
    // What to run to install either tool.
    static QString installHint();
};
