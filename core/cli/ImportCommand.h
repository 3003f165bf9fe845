#pragma once

#include "CliCommand.h"

namespace cli {

// connector-designer import INPUT --out FOLDER [--from postman|openapi|swagger|curl]
//                                 [--report FILE] [--force] [--verbose] [--header "N: v"]...:
// turns a Postman collection, an OpenAPI 3 document, a Swagger 2.0 file or a curl command into
// a connector folder (INPUT may be an http(s) URL, see UrlImportSource) and lists what could not be carried
// over, like a compiler.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;
};

} // namespace cli
