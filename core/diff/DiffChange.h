#pragma once

#include "json/JsonPointer.h"

#include <QString>

// One difference between two versions of a connector, as a user of its flows sees it:
// whether it breaks what was built on the old version, and why.
struct DiffChange
{
    enum class Kind {
        OperationAdded,
        OperationRemoved,
        OperationRenamed, // same method and path, another operationId
        OperationMoved, // same operationId, another method or path
        ParameterAdded,
        ParameterRemoved,
        ParameterRequired, // an optional parameter became required
        ParameterTypeChanged,
        ResponsePropertyAdded,
        ResponsePropertyRemoved,
        ResponseTypeChanged,
        VisibilityChanged,
    };

    Kind kind = Kind::OperationAdded;
    bool breaking = false;
    QString operationId; // the new id (the old one when the operation was removed)
    QString method; // "GET"
    QString path; // "/items/{id}"
    QString target; // the parameter or property ("query q", "body/name", "items[]/id"); "" for operations
    QString oldValue; // type, visibility or id before (when it applies)
    QString newValue;
    QString message; // what changed, one line
    QString reason; // why it breaks, or why it does not
    json::JsonPointer oldPointer; // where, in the old and new definition (root when absent)
    json::JsonPointer newPointer;

    static QString kindName(Kind kind); // "operation-added", ...
    // "breaking: GetItem (GET /items/{id}): ... (reason) [kind]"
    QString toText() const;
};
