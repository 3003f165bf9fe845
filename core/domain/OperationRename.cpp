#include "OperationRename.h"

#include "EditTransaction.h"
#include "NameStyle.h"
#include "OperationIndex.h"
#include "OperationReferences.h"
#include "OperationView.h"
#include "SwaggerKeys.h"

#include <QCoreApplication>

namespace K = SwaggerKeys;
using Part = ConnectorDocument::Part;

static QString tr(const char *text)
{
    return QCoreApplication::translate("OperationRename", text);
}

EditResult OperationRename::renameOperation(ConnectorDocument *document, const QString &oldId, const QString &newId)
{
    const OperationIndex index(document);
    const int at = index.indexOfOperationId(oldId);
    if (at < 0)
        return EditResult::failure(tr("No operation has the ID \"%1\".").arg(oldId));
    if (index.duplicateOperationIds().contains(oldId))
        return EditResult::failure(tr("Several operations have the ID \"%1\": rename one of them by its path and method.")
                                       .arg(oldId));
    return renameOperation(document, index.at(at).key, newId);
}

EditResult OperationRename::renameOperation(ConnectorDocument *document, const OperationKey &key, const QString &newId)
{
    const OperationView view(document, key);
    if (!view.isValid())
        return EditResult::failure(tr("There is no operation %1 %2.").arg(key.method.toUpper(), key.path));
    const QString oldId = view.operationId();
    if (newId == oldId)
        return EditResult::success(key);
    const QString problem = NameStyle::operationIdProblem(newId);
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    const OperationIndex index(document);
    if (index.containsOperationId(newId))
        return EditResult::failure(tr("Another operation already has the ID \"%1\".").arg(newId));

    EditTransaction edit(document, tr("Rename operation %1 to %2").arg(oldId, newId));
    edit.setString(Part::Definition, key.pointer().child(K::OperationId), newId);
    EditResult result = EditResult::success(key);
    if (!oldId.isEmpty() && !index.duplicateOperationIds().contains(oldId)) {
        for (const OperationReference &ref : OperationReferences::find(document, oldId))
            edit.setString(ref.part, ref.pointer, newId);
    } else if (!oldId.isEmpty()) {
        result.notes.append(tr("References to \"%1\" were left alone: several operations had that ID.").arg(oldId));
    }
    if (!edit.commit())
        return EditResult::failure(edit.error());
    return result;
}
