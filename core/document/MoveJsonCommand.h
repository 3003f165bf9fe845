#pragma once

#include "JsonEditCommand.h"

// Moves an element or member within its container.
class MoveJsonCommand : public JsonEditCommand
{
public:
    MoveJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer container,
                    int from, int to);

    void redo() override;
    void undo() override;

private:
    void apply(int from, int to);

    int m_from;
    int m_to;
};
