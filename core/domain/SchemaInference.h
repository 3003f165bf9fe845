#pragma once

#include <QString>

#include <memory>

class SampleShape;
namespace json { class JsonValue; }

// Infers a Swagger 2.0 schema from a JSON sample (a request or response body).
//  - types: boolean, integer (written without fraction or exponent; format int32, or int64
//    beyond 32 bits), number (integers and decimals mixed), string, object, array;
//  - string formats: date-time, date, email, uri, uuid (only when every sample agrees);
//  - objects: "properties" in the sample's order; arrays: "items" merged over every
//    element, so an array of objects gets the union of their properties;
//  - null: a value seen only as null gets an open schema ({}), one also seen with a type
//    gets that type and "x-nullable": true; conflicting types give an open schema.
// No "required" (a sample cannot tell what is optional) unless asked for.
class SchemaInference
{
public:
    struct Options
    {
        bool nullable = true;       // write "x-nullable": true for values seen as null
        bool summaries = false;     // write "x-ms-summary" labels ("firstName" -> "First Name")
        bool required = false;      // list properties present in every object as required
        int maxDepth = 64;          // deeper containers are left open
    };

    static std::unique_ptr<json::JsonValue> infer(const json::JsonValue &sample, const Options &options);
    static std::unique_ptr<json::JsonValue> infer(const json::JsonValue &sample) { return infer(sample, Options()); }
    // Parses text (tolerant JSON) first; nullptr and error set when it is not JSON.
    static std::unique_ptr<json::JsonValue> inferFromText(const QString &text, QString *error,
                                                          const Options &options);
    static std::unique_ptr<json::JsonValue> inferFromText(const QString &text, QString *error)
    {
        return inferFromText(text, error, Options());
    }
    static std::unique_ptr<json::JsonValue> schemaOf(const SampleShape &shape, const Options &options);
};
