#pragma once

#include "EditResult.h"
#include "OperationKey.h"
#include "ParameterSpec.h"

#include <QVariant>

#include <memory>

class ConnectorDocument;
class EditTransaction;
namespace json { class JsonValue; }

// Adding, editing, removing and reordering the parameters of an operation; each call is
// one undo step and changes nothing on error. A parameter is addressed by its entry in a
// parameters list (ParameterView::listPointer()); an entry that is a $ref edits the shared
// parameter it points to (every operation using it sees the change).
//
// Path parameters follow the path template: renaming one renames its {placeholder}
// (moving the operation to the new path, or renaming a path item shared through a
// path-level parameter); a path parameter whose placeholder is in the path cannot be
// removed or moved to another location (edit the path instead), and a parameter cannot
// become a path parameter without a placeholder. Body parameters change location only by
// delete and add.
class ParameterEdits
{
public:
    enum class Field {
        Name, Location, Type, Format, Required, Default, Description, Summary, Visibility, UrlEncoding,
        Enum,            // QStringList; empty removes enum and x-ms-enum-values
        EnumDisplayNames // QStringList parallel to the enum; all empty removes x-ms-enum-values
    };

    static EditResult addParameter(ConnectorDocument *document, const OperationKey &key, const ParameterSpec &spec,
                                   int index = -1);
    // Applies every field of spec that differs from the parameter now, as one step.
    static EditResult updateParameter(ConnectorDocument *document, const json::JsonPointer &entry,
                                      const ParameterSpec &spec);
    // One field. Text fields (Description, Summary, Default, Format) typed in a form merge
    // into one undo step; an empty text removes the key.
    static EditResult setParameterField(ConnectorDocument *document, const json::JsonPointer &entry, Field field,
                                        const QVariant &value);
    static EditResult removeParameter(ConnectorDocument *document, const json::JsonPointer &entry);
    // Reorders the operation's own list.
    static EditResult moveParameter(ConnectorDocument *document, const OperationKey &key, int from, int to);

    // The JSON of a new parameter for spec, in the usual key order.
    static std::unique_ptr<json::JsonValue> build(const ParameterSpec &spec);
    static const QStringList &locations();
    static const QStringList &types();
    // Formats that fit a type ("integer": int32, int64); strings take any but the numeric ones.
    static bool formatFits(const QString &type, const QString &format);
    // The value of one field in a spec, as setParameterField takes it.
    static QVariant fieldValue(const ParameterSpec &spec, Field field);

private:
    static QString specProblem(const ConnectorDocument *document, const OperationKey &key, const ParameterSpec &spec,
                               const json::JsonPointer &self);
    static void applyField(EditTransaction &edit, const json::JsonPointer &entry, Field field, const QVariant &value);
    static void renameParameter(EditTransaction &edit, const json::JsonPointer &entry, const QString &newName);
    static void setType(EditTransaction &edit, const json::JsonPointer &at, const QString &type);
    static void setEnum(EditTransaction &edit, const json::JsonPointer &at, const QStringList &values,
                        const QStringList &displayNames);
    static QString fieldProblem(const ConnectorDocument *document, const json::JsonPointer &entry, Field field,
                                const QVariant &value);
};
