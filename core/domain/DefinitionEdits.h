#pragma once

#include "EditResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class ConnectorDocument;
namespace json {
class JsonValue;
class JsonPointer;
} // namespace json

// The References pane: definitions, shared parameters and shared responses, found by
// name, renamed with every "$ref" to them rewritten in the same undo step, and their
// usages listed.
class DefinitionEdits
{
public:
    enum class Section { Definitions, Parameters, Responses };

    static QString sectionKey(Section section); // "definitions", "parameters", "responses"
    static QStringList names(const ConnectorDocument *document, Section section);

    // Every "$ref" in the definition that points at ref or inside it ("#/definitions/A"
    // also finds "#/definitions/A/properties/b"): the pointers of the "$ref" strings.
    static QList<json::JsonPointer> findUsages(const ConnectorDocument *document, const QString &ref);

    static EditResult renameDefinition(ConnectorDocument *document, const QString &oldName,
                                       const QString &newName)
    {
        return rename(document, Section::Definitions, oldName, newName);
    }
    // Renames the member in place (position and formatting kept) and rewrites the refs.
    static EditResult rename(ConnectorDocument *document, Section section, const QString &oldName,
                             const QString &newName);
    // A new definition (an empty object schema when schema is null), appended.
    static EditResult addDefinition(ConnectorDocument *document, const QString &name,
                                    std::unique_ptr<json::JsonValue> schema = nullptr);
    // A new entry of the section, appended (a default one when value is null: an empty object
    // schema, a string query parameter named name, a response without description).
    static EditResult add(ConnectorDocument *document, Section section, const QString &name,
                          std::unique_ptr<json::JsonValue> value = nullptr);
    // Removes an unused entry; one still referenced is refused, its usages named.
    static EditResult remove(ConnectorDocument *document, Section section, const QString &name);

private:
    static std::unique_ptr<json::JsonValue> newEntry(Section section, const QString &name);
    static void collectRefs(const json::JsonValue *node, QStringList &path, const json::JsonPointer &target,
                            QList<json::JsonPointer> &out);
};
