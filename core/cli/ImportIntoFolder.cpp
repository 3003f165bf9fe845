#include "ImportIntoFolder.h"

#include "CliExitCode.h"
#include "document/ConnectorDocument.h"
#include "import/ConnectorMerge.h"
#include "import/ImportedConnector.h"

#include <QDir>
#include <QTextStream>

namespace cli {

int ImportIntoFolder::run(const ImportedConnector &imported, const Options &options, QTextStream &out,
                          QTextStream &err)
{
    ConnectorDocument document;
    QString error;
    if (!document.open(options.folder, &error)) {
        err << "connector-designer import: " << error << '\n';
        return ExitUsage;
    }
    if (document.isReadOnly()) {
        err << "connector-designer import: " << document.readOnlyReason() << '\n';
        return ExitUsage;
    }
    ConnectorMerge::Options mergeOptions;
    mergeOptions.partial = options.partial;
    const MergePlan plan = ConnectorMerge::plan(&document, imported, mergeOptions);
    if (!plan.ok()) {
        err << "connector-designer import: " << plan.error << '\n';
        return ExitUsage;
    }
    out << plan.text();
    out << QStringLiteral("Plan: %1.\n").arg(plan.summaryText());
    const int removed = plan.count(MergeChange::Kind::Removed);
    if (removed > 0 && !options.deleteRemoved)
        out << QStringLiteral("%1 removed operation(s) kept (--delete-removed deletes them).\n").arg(removed);
    if (options.dryRun) {
        out << "Dry run: nothing written.\n";
        return ExitOk;
    }
    if (!plan.hasEdits(options.deleteRemoved)) {
        out << "Nothing to change.\n";
        return ExitOk;
    }
    const EditResult applied = ConnectorMerge::apply(&document, plan, options.deleteRemoved);
    if (!applied.ok) {
        err << "connector-designer import: " << applied.error << '\n';
        return ExitUsage;
    }
    for (const QString &note : applied.notes)
        out << "note: " << note << '\n';
    if (!document.save(&error)) {
        err << "connector-designer import: " << error << '\n';
        return ExitIoError;
    }
    out << QStringLiteral("Saved %1.\n").arg(QDir::toNativeSeparators(options.folder));
    return ExitOk;
}

} // namespace cli
