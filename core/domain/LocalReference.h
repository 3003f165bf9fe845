#pragma once

#include "json/JsonPointer.h"

#include <QString>

// A local "$ref" ("#/definitions/Employee"): parsing into a pointer and writing one.
// Reference fragments are JSON pointers, and may be percent-encoded ("#/definitions/My%20Type").
class LocalReference
{
public:
    // The pointer a local reference points to; false for an external or malformed one.
    static bool target(const QString &ref, json::JsonPointer *out);
    // "#/<section>/<name>" with the name escaped as a pointer token.
    static QString make(const QString &section, const QString &name);
    // "Employee" for "#/definitions/Employee"; empty when ref is not a direct child of section.
    static QString nameIn(const QString &ref, const QString &section);
};
