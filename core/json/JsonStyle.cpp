#include "JsonStyle.h"

namespace json {

JsonStyle JsonStyle::detect(const QString &text)
{
    JsonStyle style;
    const int firstNewline = int(text.indexOf(QLatin1Char('\n')));
    if (firstNewline > 0 && text.at(firstNewline - 1) == QLatin1Char('\r'))
        style.newline = QStringLiteral("\r\n");

    // The indentation of the first indented line is one unit: it is the first member.
    int pos = firstNewline;
    while (pos >= 0 && pos + 1 < text.size()) {
        int end = pos + 1;
        while (end < text.size() && (text.at(end) == QLatin1Char(' ') || text.at(end) == QLatin1Char('\t')))
            ++end;
        if (end > pos + 1 && end < text.size() && text.at(end) != QLatin1Char('\r')
            && text.at(end) != QLatin1Char('\n')) {
            QString indent = text.mid(pos + 1, end - pos - 1);
            style.indentUnit = indent.startsWith(QLatin1Char('\t')) ? QStringLiteral("\t") : indent;
            break;
        }
        pos = int(text.indexOf(QLatin1Char('\n'), pos + 1));
    }
    return style;
}

} // namespace json
