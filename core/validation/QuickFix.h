#pragma once

#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QList>
#include <QString>

// An obvious repair for a finding, as data: a list of document edits applied as one undo step.
struct QuickFix
{
    struct Edit
    {
        enum class Kind { Set, Remove, RenameKey, Insert };
        Kind kind = Kind::Set;
        ConnectorDocument::Part part = ConnectorDocument::Part::Definition;
        json::JsonPointer pointer;
        QString json; // Set, Insert: the new value as JSON text
        QString newKey; // RenameKey: the member's new name; Insert into an object: the key
        int index = -1; // Insert: position in the container at pointer (-1 appends)
    };

    QString label; // e.g. "Rename to x-ms-visibility"
    QList<Edit> edits;

    bool isEmpty() const { return edits.isEmpty(); }
    static QuickFix set(const QString &label, ConnectorDocument::Part part, const json::JsonPointer &pointer,
                        const QString &json);
    static QuickFix remove(const QString &label, ConnectorDocument::Part part,
                           const json::JsonPointer &pointer);
    static QuickFix renameKey(const QString &label, ConnectorDocument::Part part,
                              const json::JsonPointer &pointer, const QString &newKey);
    // Inserts a value into the array (or object, under key) at container.
    static QuickFix insert(const QString &label, ConnectorDocument::Part part,
                           const json::JsonPointer &container, int index, const QString &json,
                           const QString &key = {});
    // Appends other's edits, to be applied after these (one undo step in all).
    QuickFix &then(const QuickFix &other);
    // Applies the edits as one undo step; false (and nothing changed) when one cannot apply.
    bool apply(ConnectorDocument &document, QString *error) const;
};
