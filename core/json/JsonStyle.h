#pragma once

#include <QString>

namespace json {

// How a file is laid out, detected when reading, used for new or edited nodes.
struct JsonStyle
{
    QString indentUnit = QStringLiteral("  ");
    QString newline = QStringLiteral("\n");
    QString colon = QStringLiteral(": ");    // text between a key and its value

    static JsonStyle detect(const QString &text);
};

} // namespace json
