#pragma once

#include "domain/OperationKey.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace json {
class JsonValue;
}

// One operation in a re-import plan: what happens to it and why.
struct MergeChange
{
    enum class Kind { Added, Changed, Unchanged, Removed };

    Kind kind = Kind::Unchanged;
    OperationKey existing; // in the connector (Changed, Unchanged, Removed)
    OperationKey imported; // where it is after the merge (Added, Changed, Unchanged)
    QString operationId;
    QString summary; // what the operation's summary is after the merge (the connector's is kept)
    QString incomingSummary; // the import's summary (Changed, Unchanged), shown when it differs
    QStringList details; // Changed: "parameter limit (query) added", "moved from GET /a"...
    // Added: the whole operation to insert. Changed: the operation's new "parameters" array
    // (null: the operation ends up with no own parameters).
    std::shared_ptr<const json::JsonValue> content;

    bool moved() const { return kind == Kind::Changed && existing != imported; }
    static QString kindName(Kind kind); // "added", "changed", "unchanged", "removed"
    // "GET /pets (ListPets)"
    QString title() const;
};
