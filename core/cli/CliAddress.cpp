#include "CliAddress.h"

namespace cli {

namespace {

struct Prefix
{
    const char *name;
    ConnectorDocument::Part part;
};

const Prefix kPrefixes[] = {
    {"definition", ConnectorDocument::Part::Definition},
    {"properties", ConnectorDocument::Part::Properties},
    {"settings", ConnectorDocument::Part::Settings},
};

} // namespace

bool CliAddress::parse(const QString &text, CliAddress *out, QString *error)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    const QString prefix = colon < 0 ? QString() : text.left(colon);
    const Prefix *found = nullptr;
    for (const Prefix &candidate : kPrefixes) {
        if (prefix == QLatin1String(candidate.name))
            found = &candidate;
    }
    if (!found) {
        *error = QStringLiteral("bad address '%1': it must start with %2").arg(text, prefixHelp());
        return false;
    }
    QString pointerError;
    if (!json::JsonPointer::parse(text.mid(colon + 1), &out->m_pointer, &pointerError)) {
        *error = QStringLiteral("bad JSON pointer '%1': %2").arg(text.mid(colon + 1), pointerError);
        return false;
    }
    out->m_part = found->part;
    return true;
}

QString CliAddress::prefixHelp()
{
    return QStringLiteral("'definition:', 'properties:' or 'settings:'");
}

QString CliAddress::fileName() const
{
    switch (m_part) {
    case ConnectorDocument::Part::Definition:
        return ConnectorDocument::DefinitionFileName;
    case ConnectorDocument::Part::Properties:
        return ConnectorDocument::PropertiesFileName;
    case ConnectorDocument::Part::Settings:
        return ConnectorDocument::SettingsFileName;
    }
    return {};
}

} // namespace cli
