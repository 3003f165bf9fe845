#pragma once

#include "PublishTool.h"

#include <QString>
#include <QStringList>

// The command line of a publish. The flags are the tools' own:
// - paconn (github.com/microsoft/PowerPlatformConnectors, tools/paconn-cli/paconn/commands/params.py;
//   learn.microsoft.com/connectors/custom-connectors/paconn-cli):
//     paconn create --env ENV --api-prop apiProperties.json --api-def apiDefinition.swagger.json
//                   [--icon icon.png] [--script script.csx] [--secret CLIENT_SECRET]
//     paconn update ... --cid CONNECTOR_ID   (prints "<id> created successfully." / "updated")
// - pac (learn.microsoft.com/power-platform/developer/cli/reference/connector):
//     pac connector create --api-definition-file F --api-properties-file F [--icon-file F]
//                          [--script-file F] [--environment ENV] [--solution-unique-name S]
//     pac connector update --connector-id ID ...same files...
//   pac has no client-secret option: an OAuth secret is entered in the maker portal.
struct PublishArguments
{
    PublishTool::Kind tool = PublishTool::Kind::Paconn;
    QString definitionFile;
    QString propertiesFile;
    QString iconFile; // empty: none
    QString scriptFile; // empty: none
    QString environment; // empty: the tool's default (pac) or its prompt (paconn)
    QString connectorId; // empty: create; else update
    QString secret; // OAuth client secret; paconn only
    QString solution; // pac only

    bool isUpdate() const { return !connectorId.isEmpty(); }
    bool passesSecret() const { return tool == PublishTool::Kind::Paconn && !secret.isEmpty(); }
    QStringList arguments() const;
    // The arguments with the secret as "***", for the log pane and the terminal.
    QStringList maskedArguments() const;
};
