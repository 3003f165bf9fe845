#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer demo-server [--port N]: serves the bundled Contoso HR sample on
// 127.0.0.1, prints "url=<base URL>" and "api_key=<key>", and runs until stopped.
class DemoServerCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo-server"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace cli
