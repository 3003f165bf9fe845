#include "PublishArguments.h"

namespace {

void addOption(QStringList &args, const char *flag, const QString &value)
{
    if (!value.isEmpty())
        args << QLatin1String(flag) << value;
}

} // namespace

QStringList PublishArguments::arguments() const
{
    QStringList args;
    if (tool == PublishTool::Kind::Pac) {
        args << QStringLiteral("connector")
             << (isUpdate() ? QStringLiteral("update") : QStringLiteral("create"));
        addOption(args, "--connector-id", connectorId);
        addOption(args, "--api-definition-file", definitionFile);
        addOption(args, "--api-properties-file", propertiesFile);
        addOption(args, "--icon-file", iconFile);
        addOption(args, "--script-file", scriptFile);
        addOption(args, "--environment", environment);
        addOption(args, "--solution-unique-name", solution);
        return args;
    }
    args << (isUpdate() ? QStringLiteral("update") : QStringLiteral("create"));
    addOption(args, "--env", environment);
    addOption(args, "--api-prop", propertiesFile);
    addOption(args, "--api-def", definitionFile);
    addOption(args, "--icon", iconFile);
    addOption(args, "--script", scriptFile);
    addOption(args, "--cid", connectorId);
    addOption(args, "--secret", secret);
    return args;
}

QStringList PublishArguments::maskedArguments() const
{
    QStringList args = arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--secret"));
    if (at >= 0 && at + 1 < args.size())
        args[at + 1] = QStringLiteral("***");
    return args;
}
