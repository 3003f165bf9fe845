#pragma once

#include "CliCommand.h"

namespace json {
class JsonFile;
class JsonValue;
} // namespace json

namespace cli {

// connector-designer get PATH ADDRESS [--raw]: prints one value of a connector as JSON.
class GetCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("get"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    // The value's JSON text as the file spells it, re-indented to start at column 1, LF endings.
    static QString valueText(const json::JsonFile &file, const json::JsonValue &value);
};

} // namespace cli
