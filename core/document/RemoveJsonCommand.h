#pragma once

#include "JsonEditCommand.h"

// Removes an element or member; undo puts back the very same node with its spans,
// so the file is byte-identical again.
class RemoveJsonCommand : public JsonEditCommand
{
public:
    RemoveJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer pointer);

    void redo() override;
    void undo() override;

private:
    json::JsonValue::Item m_item;
    int m_index = -1;
};
