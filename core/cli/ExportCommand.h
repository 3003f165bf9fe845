#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer export PATH --to openapi3|postman|zip --out FILE [--yaml] [--report FILE]:
// writes the connector as an OpenAPI 3.0 document, a Postman v2.1 collection or a zip of its
// folder, and lists what the target format cannot express.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace cli
