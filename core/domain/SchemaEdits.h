#pragma once

#include "EditResult.h"

#include <QString>
#include <QVariant>

#include <memory>

class ConnectorDocument;
class EditTransaction;
namespace json { class JsonPointer; class JsonValue; }

// The schema editor's edits (bodies, responses, definitions), each one undo step that
// changes nothing on error. Schemas are addressed by pointer (SchemaView::pointer()); a
// property by the pointer of its schema (".../properties/<name>"). Edits apply where the
// pointer is: to change a referenced definition, address the definition (SchemaView::resolved()).
class SchemaEdits
{
public:
    enum class Field {
        Type,        // text; leaving "array" drops items, leaving "object" drops properties and required;
                     // on a $ref the reference is replaced by a plain schema of that type
        Format,      // text; empty removes (as for every text field below)
        Title,       // "title"
        Summary,     // "x-ms-summary"
        Description,
        Default,     // text, typed by the schema's type
        Visibility,  // "", "important", "advanced", "internal"
        Enum,        // QStringList, typed by the schema's type; empty removes
        Nullable,    // bool: "x-nullable": true, or removed
    };

    // Text fields typed in a form merge into one undo step.
    static EditResult setField(ConnectorDocument *document, const json::JsonPointer &schema, Field field,
                               const QVariant &value);
    // Adds or removes the property's name in its parent's "required" list (removing an
    // emptied list).
    static EditResult setRequired(ConnectorDocument *document, const json::JsonPointer &property, bool required);
    static EditResult addProperty(ConnectorDocument *document, const json::JsonPointer &objectSchema,
                                  const QString &name, const QString &type = QStringLiteral("string"), int index = -1);
    static EditResult removeProperty(ConnectorDocument *document, const json::JsonPointer &property);
    // Renames in place (position and formatting kept), and in the parent's required list.
    static EditResult renameProperty(ConnectorDocument *document, const json::JsonPointer &property,
                                     const QString &newName);
    static EditResult moveProperty(ConnectorDocument *document, const json::JsonPointer &objectSchema, int from, int to);
    // Moves a property into another object schema (or out to an enclosing one), keeping
    // whether it is required; index -1 appends.
    static EditResult movePropertyTo(ConnectorDocument *document, const json::JsonPointer &property,
                                     const json::JsonPointer &targetObjectSchema, int index = -1);
    // Makes the schema {"$ref": "#/definitions/<name>"}.
    static EditResult setReference(ConnectorDocument *document, const json::JsonPointer &schema,
                                   const QString &definitionName);
    // Replaces the whole schema (e.g. with one inferred from a sample).
    static EditResult replaceSchema(ConnectorDocument *document, const json::JsonPointer &schema,
                                    std::unique_ptr<json::JsonValue> value);

private:
    static QString propertyProblem(const ConnectorDocument *document, const json::JsonPointer &property);
    static void setType(EditTransaction &edit, const json::JsonPointer &schema, const QString &type);
    static void setRequiredIn(EditTransaction &edit, const json::JsonPointer &objectSchema, const QString &name,
                              bool required);
};
