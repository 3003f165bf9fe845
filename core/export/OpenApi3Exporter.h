#pragma once
#include <QCoreApplication>

#include "ExportResult.h"

namespace json {
class JsonValue;
}

// A connector's Swagger 2.0 definition -> an OpenAPI 3.0.3 document, JSON or YAML.
// host/basePath/schemes -> servers; body/formData parameters -> requestBody; definitions,
// parameters and responses -> components with every $ref rewritten; securityDefinitions ->
// components.securitySchemes; x-ms-* extensions kept where they were. What OpenAPI 3 cannot
// express is listed in the report, located in the definition.
class OpenApi3Exporter
{
public:
    enum class Syntax { Json, Yaml };

    static ExportResult exportDefinition(const json::JsonValue &swagger, Syntax syntax = Syntax::Json);
    // The converted document as a tree (what exportDefinition serialises).
    static std::unique_ptr<json::JsonValue> convert(const json::JsonValue &swagger, ImportReport *report);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(OpenApi3Exporter)
};
