#pragma once

#include "JsonEditCommand.h"

#include <memory>

// Replaces the value at a pointer, or adds the object member when it is missing.
// The command keeps whichever node is not in the tree, so undo restores the exact
// original node (and with it the original formatting).
class SetJsonValueCommand : public JsonEditCommand
{
public:
    SetJsonValueCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer pointer,
                        std::unique_ptr<json::JsonValue> value, bool mergeable);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void swap();

    std::unique_ptr<json::JsonValue> m_value;
    bool m_mergeable;
    bool m_created = false; // the member did not exist before the first redo
    bool m_applied = false;
};
