#pragma once

#include "ImportedConnector.h"

class InputTree;

// OpenAPI 3.0 / 3.1 (JSON or YAML) -> a Swagger 2.0 connector. servers -> host, basePath and
// schemes; components -> definitions, parameters, responses and securityDefinitions with the
// $refs rewritten; requestBody -> body or formData parameters. What 2.0 cannot express is
// approximated or dropped and listed in the report at its place in the input.
class OpenApiConverter
{
public:
    static ImportedConnector convert(const InputTree &input);
};
