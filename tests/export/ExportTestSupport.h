#pragma once

#include "json/JsonValue.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// Shared helpers of the export tests: the corpus, and what a round trip must keep.
namespace ExportTest {

// The corpus folder (CD_CORPUS), or "" when it is not there.
QString corpus();
// Every connector folder of the corpus (folders holding apiDefinition.swagger.json), sorted.
QStringList corpusConnectors();
std::unique_ptr<json::JsonValue> parse(const QByteArray &bytes);

// What a round trip keeps of one operation.
struct Operation
{
    QString id;
    QStringList parameters; // "in name type required", sorted; body as "body"
};
// "METHOD /basePath/path" -> operation. Parameters are resolved through #/parameters refs;
// with loose set (Postman), parameter types and the required flag of non-path parameters are not
// recorded, and the given header names (auth, Content-Type) are skipped.
QMap<QString, Operation> operations(const json::JsonValue &swagger, bool loose = false,
                                    const QStringList &skipHeaders = {});
// Differences between two maps of operations, one line each ("" when equal). Loose compares ids
// by their PascalCase form (what a Postman import makes of a name).
QStringList compare(const QMap<QString, Operation> &before, const QMap<QString, Operation> &after,
                    bool loose);
// definitions name -> sorted property names; names as OpenAPI 3 components allow them.
QMap<QString, QStringList> schemas(const json::JsonValue &swagger);

} // namespace ExportTest
