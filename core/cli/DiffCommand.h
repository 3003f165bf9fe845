#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer diff OLD NEW [--format text|json]: the changes between two versions of a
// connector, each marked breaking or not; exit 1 when something breaks.
class DiffCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace cli
