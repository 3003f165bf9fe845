#include "ExportResult.h"

#include "document/ConnectorFolder.h"

bool ExportResult::write(const QString &path, QString *writeError) const
{
    return ConnectorFolder::writeAtomically(path, bytes, writeError);
}
