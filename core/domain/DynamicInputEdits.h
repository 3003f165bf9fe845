#pragma once

#include "DynamicInput.h"
#include "EditResult.h"

class ConnectorDocument;

// Sets or removes a dynamic-input extension on a parameter or schema property (one undo
// step), and offers the response paths of the called operation for the path fields.
class DynamicInputEdits
{
public:
    // node: the parameter object or the schema; the called operation must exist.
    static EditResult set(ConnectorDocument *document, const json::JsonPointer &node,
                          const DynamicInput &input);
    static EditResult remove(ConnectorDocument *document, const json::JsonPointer &node,
                             DynamicInput::Kind kind);

    // Where the called operation's success response has arrays ("value", "d/results"; "" for
    // a top-level array), and the scalar properties of the items of one of them ("id",
    // "name", "owner/name"), for the collection, value and title fields.
    static QStringList collectionPaths(const ConnectorDocument *document, const QString &operationId);
    static QStringList itemPaths(const ConnectorDocument *document, const QString &operationId,
                                 const QString &collectionPath);
    // The called operation's parameter names (not body), to map.
    static QStringList targetParameters(const ConnectorDocument *document, const QString &operationId);
};
