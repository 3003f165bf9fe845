#pragma once

#include "document/ConnectorDocument.h"
#include "json/JsonPointer.h"

#include <QString>

namespace cli {

// "definition:/info/title": which JSON file of a connector, and a JSON pointer into it.
class CliAddress
{
public:
    // Returns false with a readable reason for an unknown prefix or a malformed pointer.
    static bool parse(const QString &text, CliAddress *out, QString *error);
    static QString prefixHelp(); // the accepted prefixes, for help texts

    ConnectorDocument::Part part() const { return m_part; }
    const json::JsonPointer &pointer() const { return m_pointer; }
    QString fileName() const; // e.g. apiDefinition.swagger.json

private:
    ConnectorDocument::Part m_part = ConnectorDocument::Part::Definition;
    json::JsonPointer m_pointer;
};

} // namespace cli
