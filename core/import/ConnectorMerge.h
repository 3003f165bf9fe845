#pragma once
#include <QCoreApplication>

#include "MergePlan.h"
#include "domain/EditResult.h"

class ConnectorDocument;
struct ImportedConnector;

// Re-import into the open connector. plan() compares the import's operations with the
// connector's: matched by operationId, else by method and path (an id match whose new method and
// path belong to another existing operation gives way to that one), operations are added, changed
// or unchanged; the connector's operations the import lacks are listed as removed.
//
// What a re-import changes in a matched operation: its method and path, and its parameters'
// shapes (MergeRules: name, in, type, format, items, body schema...). Parameters the import
// adds are added, own parameters it lacks are removed. Everything else is the user's and kept:
// summary, description, tags, visibility, responses (a new operation takes the imported
// responses; an existing one keeps its own, edited or not), parameters' descriptions, labels,
// visibility and x-ms-dynamic-*, security, policies, apiProperties, the script, trigger metadata.
// Shared items (definitions, parameters, responses) the new and changed operations use are added;
// a name the connector uses for a different shape gets a new name (Pet2) and the references are
// rewritten.
class ConnectorMerge
{
public:
    struct Options
    {
        // The import is one operation to add or update (cURL): nothing is "removed".
        bool partial = false;
    };

    static MergePlan plan(const ConnectorDocument *document, const ImportedConnector &imported,
                          Options options);
    static MergePlan plan(const ConnectorDocument *document, const ImportedConnector &imported)
    {
        return plan(document, imported, Options());
    }
    // Applies the plan as one undo step (none when it changes nothing). The removed operations
    // are deleted only with deleteRemoved (with their scriptOperations and policy entries).
    static EditResult apply(ConnectorDocument *document, const MergePlan &plan, bool deleteRemoved,
                            const QString &undoText = {});

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(ConnectorMerge)
};
