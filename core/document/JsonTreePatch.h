#pragma once

#include "ConnectorDocument.h"

#include <QString>

namespace json {
class JsonValue;
}

// Makes one of the document's JSON files equal to a target tree by editing only what differs
// (values set, members inserted or removed, array items inserted or removed), as one undo step.
// What did not change keeps its text and formatting byte for byte: for text typed in another
// notation (the YAML view of the raw editor) the file stays the JSON it was, changed in place.
class JsonTreePatch
{
public:
    struct Result
    {
        bool ok = false;
        int edits = 0; // edits made; 0 when the file already equals the target
        QString error;
    };

    static Result apply(ConnectorDocument *document, ConnectorDocument::Part part,
                        const json::JsonValue &target, const QString &undoText);

private:
    JsonTreePatch(ConnectorDocument *document, ConnectorDocument::Part part)
        : m_document(document), m_part(part)
    { }

    bool patch(const json::JsonPointer &at, const json::JsonValue &current, const json::JsonValue &target);
    bool patchObject(const json::JsonPointer &at, const json::JsonValue &current,
                     const json::JsonValue &target);
    bool patchArray(const json::JsonPointer &at, const json::JsonValue &current,
                    const json::JsonValue &target);
    bool replace(const json::JsonPointer &at, const json::JsonValue &target);
    bool check(bool ok);
    static bool reordered(const json::JsonValue &current, const json::JsonValue &target);

    ConnectorDocument *m_document;
    ConnectorDocument::Part m_part;
    int m_edits = 0;
    QString m_error;
};
