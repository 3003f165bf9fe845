#pragma once

#include <QList>
#include <QString>

// One place where a response does not match its declared schema.
struct SchemaMismatch
{
    QString path; // "$.value[0].email"
    QString expected; // "string (email)", "required property 'id'"
    QString actual; // "number 42", "missing"
    QString message; // the validator's words
};

// The outcome of checking one response.
struct SchemaCheckResult
{
    bool checked = false; // false: no schema declared for this status (valid stays true)
    bool valid = true;
    QString responseKey; // "200", "default"
    QString note; // why nothing was checked, or a schema the checker could not read
    QList<SchemaMismatch> mismatches;
};
