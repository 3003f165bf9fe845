#pragma once

#include "ImportedConnector.h"

class InputTree;
namespace json {
class JsonValue;
}

// A Postman collection (v1, v2.0, v2.1; bare or wrapped in {"collection": ...}) -> a connector:
// requests -> operations (operationId from the name, unique, PascalCase), folders -> tags,
// collection/folder/request auth -> securityDefinitions and security, the common base URL
// (collection variables expanded) -> host, basePath and schemes. Two requests with the same
// method and path become one operation (reported as merged).
class PostmanImporter
{
public:
    static bool isCollection(const json::JsonValue &root);
    static ImportedConnector import(const InputTree &input);
};
