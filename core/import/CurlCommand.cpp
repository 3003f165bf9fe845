#include "CurlCommand.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CurlCommand", text);
}

bool isContinuation(const QString &text, int i)
{
    // "\", "`" or "^" right before the end of a line (optionally with trailing spaces, and CRLF).
    const QChar c = text.at(i);
    if (c != QLatin1Char('\\') && c != QLatin1Char('`') && c != QLatin1Char('^'))
        return false;
    int j = i + 1;
    while (j < text.size() && (text.at(j) == QLatin1Char(' ') || text.at(j) == QLatin1Char('\t')))
        ++j;
    return j < text.size() && (text.at(j) == QLatin1Char('\n') || text.at(j) == QLatin1Char('\r'));
}

QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return QLatin1Char('\n');
    case 't':
        return QLatin1Char('\t');
    case 'r':
        return QLatin1Char('\r');
    default:
        return c;
    }
}

// Options that take a value and only change how curl runs, not the request.
const QStringList &ignoredWithValue()
{
    static const QStringList list = {QStringLiteral("-o"),
                                     QStringLiteral("--output"),
                                     QStringLiteral("-m"),
                                     QStringLiteral("--max-time"),
                                     QStringLiteral("--connect-timeout"),
                                     QStringLiteral("--retry"),
                                     QStringLiteral("-w"),
                                     QStringLiteral("--write-out"),
                                     QStringLiteral("--cacert"),
                                     QStringLiteral("--cert"),
                                     QStringLiteral("-E"),
                                     QStringLiteral("--key"),
                                     QStringLiteral("-x"),
                                     QStringLiteral("--proxy"),
                                     QStringLiteral("--resolve"),
                                     QStringLiteral("--limit-rate"),
                                     QStringLiteral("-c"),
                                     QStringLiteral("--cookie-jar"),
                                     QStringLiteral("--max-redirs")};
    return list;
}

const QStringList &valueOptions()
{
    static const QStringList list = {QStringLiteral("-X"),
                                     QStringLiteral("--request"),
                                     QStringLiteral("-H"),
                                     QStringLiteral("--header"),
                                     QStringLiteral("-d"),
                                     QStringLiteral("--data"),
                                     QStringLiteral("--data-raw"),
                                     QStringLiteral("--data-binary"),
                                     QStringLiteral("--data-ascii"),
                                     QStringLiteral("--data-urlencode"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("-u"),
                                     QStringLiteral("--user"),
                                     QStringLiteral("--url"),
                                     QStringLiteral("-F"),
                                     QStringLiteral("--form"),
                                     QStringLiteral("--form-string"),
                                     QStringLiteral("-A"),
                                     QStringLiteral("--user-agent"),
                                     QStringLiteral("-e"),
                                     QStringLiteral("--referer"),
                                     QStringLiteral("-b"),
                                     QStringLiteral("--cookie")};
    return list;
}

QPair<QString, QString> split(const QString &text, QChar separator)
{
    const int at = text.indexOf(separator);
    return at < 0 ? qMakePair(text.trimmed(), QString())
                  : qMakePair(text.left(at).trimmed(), text.mid(at + 1).trimmed());
}

} // namespace

QList<CurlCommand::Token> CurlCommand::tokenize(const QString &text, QString *error, int *errorOffset)
{
    QList<Token> tokens;
    QString current;
    int start = -1;
    const auto flush = [&] {
        if (start >= 0)
            tokens.append({current, start});
        current.clear();
        start = -1;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isContinuation(text, i)) {
            flush();
            while (i + 1 < text.size() && text.at(i + 1) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c.isSpace()) {
            flush();
            continue;
        }
        if (start < 0)
            start = i;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')
            || (c == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\''))) {
            const bool ansi = c == QLatin1Char('$');
            const QChar quote = ansi ? QLatin1Char('\'') : c;
            const int opened = i;
            i += ansi ? 2 : 1;
            for (; i < text.size() && text.at(i) != quote; ++i) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('\\') && i + 1 < text.size() && (ansi || quote == QLatin1Char('"'))) {
                    const QChar next = text.at(i + 1);
                    if (ansi) {
                        current += ansiEscape(next);
                        ++i;
                    } else if (next == QLatin1Char('"') || next == QLatin1Char('\\')
                               || next == QLatin1Char('$') || next == QLatin1Char('`')) {
                        current += next;
                        ++i;
                    } else if (next == QLatin1Char('\n')) {
                        ++i;
                    } else {
                        current += q;
                    }
                } else {
                    current += q;
                }
            }
            if (i >= text.size()) {
                *error = tr("The quote opened here is never closed.");
                *errorOffset = opened;
                return {};
            }
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size()) { // an escaped character outside quotes
            current += text.at(++i);
            continue;
        }
        current += c;
    }
    flush();
    return tokens;
}

CurlCommand CurlCommand::parse(const QString &text)
{
    CurlCommand command;
    QString error;
    int errorOffset = 0;
    const QList<Token> tokens = tokenize(text, &error, &errorOffset);
    if (!error.isEmpty()) {
        command.problems.append({error, errorOffset, true});
        return command;
    }
    bool headOnly = false;
    for (int i = 0; i < tokens.size(); ++i) {
        QString option = tokens.at(i).text;
        const int offset = tokens.at(i).offset;
        if (i == 0 && option.compare(QLatin1String("curl"), Qt::CaseInsensitive) == 0)
            continue;
        QString value;
        bool hasValue = false;
        if (option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('='))) {
            value = option.section(QLatin1Char('='), 1);
            option = option.section(QLatin1Char('='), 0, 0);
            hasValue = true;
        } else if (option.size() > 2 && option.at(0) == QLatin1Char('-') && option.at(1) != QLatin1Char('-')
                   && valueOptions().contains(option.left(2))) {
            value = option.mid(2); // -XPOST, -H'...'
            option = option.left(2);
            hasValue = true;
        }
        const bool takesValue = valueOptions().contains(option) || ignoredWithValue().contains(option);
        if (takesValue && !hasValue) {
            if (i + 1 >= tokens.size()) {
                command.problems.append({tr("The option %1 needs a value.").arg(option), offset, true});
                break;
            }
            value = tokens.at(++i).text;
        }
        if (option == QLatin1String("-X") || option == QLatin1String("--request")) {
            command.method = value.toUpper();
        } else if (option == QLatin1String("-H") || option == QLatin1String("--header")) {
            const auto header = split(value, QLatin1Char(':'));
            if (!header.first.isEmpty())
                command.headers.append(header);
        } else if (option == QLatin1String("-d")
                   || (option.startsWith(QLatin1String("--data"))
                       && option != QLatin1String("--data-urlencode"))) {
            if (value.startsWith(QLatin1Char('@')) && option != QLatin1String("--data-raw"))
                command.problems.append({tr("The body is read from the file %1, which is not available; the "
                                            "body's schema is left open.")
                                             .arg(value.mid(1)),
                                         offset, false});
            command.data.append(value);
        } else if (option == QLatin1String("--json")) {
            command.data.append(value);
            command.dataIsJson = true;
        } else if (option == QLatin1String("--data-urlencode")) {
            command.urlencoded.append(split(value, QLatin1Char('=')));
        } else if (option == QLatin1String("-F") || option == QLatin1String("--form")
                   || option == QLatin1String("--form-string")) {
            command.form.append(split(value, QLatin1Char('=')));
        } else if (option == QLatin1String("-u") || option == QLatin1String("--user")) {
            command.user = value;
        } else if (option == QLatin1String("--url")) {
            command.url = value;
            command.urlOffset = offset;
        } else if (option == QLatin1String("-A") || option == QLatin1String("--user-agent")) {
            command.headers.append({QStringLiteral("User-Agent"), value});
        } else if (option == QLatin1String("-e") || option == QLatin1String("--referer")) {
            command.headers.append({QStringLiteral("Referer"), value});
        } else if (option == QLatin1String("-b") || option == QLatin1String("--cookie")) {
            command.problems.append(
                {tr("Cookies have no place in a connector definition; -b is ignored."), offset, false});
        } else if (option == QLatin1String("-G") || option == QLatin1String("--get")) {
            command.getWithData = true;
        } else if (option == QLatin1String("-I") || option == QLatin1String("--head")) {
            headOnly = true;
        } else if (ignoredWithValue().contains(option)) {
            continue;
        } else if (option.startsWith(QLatin1Char('-')) && option.size() > 1) {
            // Switches such as -s, -L, -k, --compressed do not change the request; a bundle of
            // short switches may hold -I (-sI).
            if (!option.startsWith(QLatin1String("--")) && option.contains(QLatin1Char('I')))
                headOnly = true;
        } else if (command.url.isEmpty()) {
            command.url = option;
            command.urlOffset = offset;
        } else {
            command.problems.append(
                {tr("A second URL \"%1\" is ignored (one command, one operation).").arg(option), offset,
                 false});
        }
    }
    if (command.method.isEmpty())
        command.method = headOnly ? QStringLiteral("HEAD")
            : (!command.data.isEmpty() || !command.form.isEmpty() || !command.urlencoded.isEmpty())
                && !command.getWithData
            ? QStringLiteral("POST")
            : QStringLiteral("GET");
    if (command.url.isEmpty())
        command.problems.append({tr("The command has no URL."), 0, true});
    return command;
}
