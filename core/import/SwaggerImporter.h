#pragma once

#include "ImportedConnector.h"

class InputTree;

// Swagger 2.0 (JSON from another tool, or YAML) -> a connector: the definition as it is (keys in
// their order, laid out in the project's style), missing or clashing operationIds made up, and a
// default apiProperties.json derived from its securityDefinitions.
class SwaggerImporter
{
public:
    static ImportedConnector import(const InputTree &input);
};
