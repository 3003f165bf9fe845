#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer publish PATH [--environment ID] [--tool pac|paconn] [--solution NAME]:
// validates the connector, then creates it in Power Platform (or updates it when settings.json
// has its id) through paconn or pac, streaming the tool's output.
class PublishCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace cli
