#include "PublishTool.h"

#include <QCoreApplication>
#include <QStandardPaths>

QString PublishTool::name(Kind kind)
{
    switch (kind) {
    case Kind::Paconn:
        return QStringLiteral("paconn");
    case Kind::Pac:
        return QStringLiteral("pac");
    case Kind::None:
        break;
    }
    return {};
}

bool PublishTool::parseKind(const QString &name, Kind *out)
{
    if (name == QLatin1String("paconn"))
        *out = Kind::Paconn;
    else if (name == QLatin1String("pac"))
        *out = Kind::Pac;
    else
        return false;
    return true;
}

QString PublishTool::find(Kind kind, const QStringList &searchPaths)
{
    return kind == Kind::None ? QString() : QStandardPaths::findExecutable(name(kind), searchPaths);
}

PublishTool::Kind PublishTool::detect(Kind preferred, const QStringList &searchPaths)
{
    const Kind other = preferred == Kind::Pac ? Kind::Paconn : Kind::Pac;
    if (!find(preferred, searchPaths).isEmpty())
        return preferred;
    return find(other, searchPaths).isEmpty() ? Kind::None : other;
}

QString PublishTool::installHint()
{
    return QCoreApplication::translate(
        "PublishTool",
        "Neither paconn nor pac was found on PATH. Install one of them, sign in, then publish again:\n"
        "  paconn (Power Platform Connectors CLI, needs Python 3):\n"
        "      pip install paconn        then: paconn login\n"
        "  pac (Power Platform CLI, needs .NET):\n"
        "      dotnet tool install --global Microsoft.PowerApps.CLI.Tool        then: pac auth create");
}
