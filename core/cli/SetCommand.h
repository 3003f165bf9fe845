#pragma once

#include "CliCommand.h"

#include <memory>

namespace json {
class JsonValue;
}

namespace cli {

// connector-designer set PATH ADDRESS JSON: one undoable document edit, then save.
class SetCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

    // Parses the JSON argument strictly. On failure, error names the problem and where it is
    // in the argument (line, column and a caret under it).
    static std::unique_ptr<json::JsonValue> parseJsonArgument(const QString &text, QString *error);
};

} // namespace cli
