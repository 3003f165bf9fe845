#pragma once
#include <QCoreApplication>

#include "ImportedConnector.h"

class InputTree;

// Swagger 2.0 (JSON from another tool, or YAML) -> a connector: the definition as it is (keys in
// their order, laid out in the project's style), missing or clashing operationIds made up, and a
// default apiProperties.json derived from its securityDefinitions.
class SwaggerImporter
{
public:
    static ImportedConnector import(const InputTree &input);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(SwaggerImporter)
};
