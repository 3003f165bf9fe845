#pragma once

#include "JsonEditCommand.h"

#include <memory>

// Inserts an array element or an object member at an index.
class InsertJsonCommand : public JsonEditCommand
{
public:
    InsertJsonCommand(ConnectorDocument *document, ConnectorDocument::Part part, json::JsonPointer container,
                      int index, std::unique_ptr<json::JsonValue> value, const QString &key);

    void redo() override;
    void undo() override;

private:
    std::unique_ptr<json::JsonValue> m_value;
    QString m_key;
    int m_index;
};
