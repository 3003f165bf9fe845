#pragma once

#include "ImportedConnector.h"

// A curl command (as pasted from API documentation or a browser's "Copy as cURL") -> a
// connector with one operation. The request goes through the same mapping as a Postman request
// (PostmanOperationBuilder); -u and Authorization/API-key headers become the security scheme.
class CurlImporter
{
public:
    static ImportedConnector import(const QString &text);
};
