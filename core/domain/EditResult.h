#pragma once

#include "OperationKey.h"
#include "json/JsonPointer.h"

#include <QString>
#include <QStringList>

// What a domain edit did: success or a readable reason (nothing changed then), where the
// new or changed thing is, and notes about side effects the user should know about.
struct EditResult
{
    bool ok = false;
    QString error;
    QStringList notes;          // e.g. "script.csx now applies to every operation"
    json::JsonPointer pointer;  // the created/edited node, when there is one
    OperationKey operation;     // the created/edited operation, when there is one

    explicit operator bool() const { return ok; }

    static EditResult failure(const QString &reason)
    {
        EditResult r;
        r.error = reason;
        return r;
    }
    static EditResult success(const json::JsonPointer &at = {})
    {
        EditResult r;
        r.ok = true;
        r.pointer = at;
        return r;
    }
    static EditResult success(const OperationKey &key)
    {
        EditResult r = success(key.pointer());
        r.operation = key;
        return r;
    }
};
