#pragma once

#include <QString>

class QTextStream;
struct ImportedConnector;

namespace cli {

// connector-designer import INPUT --into FOLDER [--delete-removed] [--dry-run]: merges an import
// into an existing connector folder (ConnectorMerge), prints the plan, and saves the result
// unless it is a dry run.
class ImportIntoFolder
{
public:
    struct Options
    {
        QString folder;
        bool deleteRemoved = false;
        bool dryRun = false;
        bool partial = false; // a curl command: one operation, nothing removed
    };

    static int run(const ImportedConnector &imported, const Options &options, QTextStream &out,
                   QTextStream &err);
};

} // namespace cli
