#pragma once

#include "CliCommand.h"

struct OperationTest;

namespace cli {

// connector-designer test PATH (--operation ID | --all) [--param name=value]... [--body FILE]
//                         [--base-url URL] [--format text|json] [--timeout MS] [--attempts N]
//                         [--connection NAME] [--oauth-grant client_credentials]
// sends real requests (secrets from a saved connection and CONNECTOR_SECRET_<NAME>) and checks the responses
// against the declared schemas.
class TestCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static void printOne(const OperationTest &test, QTextStream &out);
    static void printTable(const QList<OperationTest> &tests, QTextStream &out);
};

} // namespace cli
