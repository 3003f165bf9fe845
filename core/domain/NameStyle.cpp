#include "NameStyle.h"

#include <QCoreApplication>
#include <QStringList>

static QStringList words(const QString &name)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current);
        current.clear();
    };
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        const QChar prev = i > 0 ? name.at(i - 1) : QChar();
        const QChar next = i + 1 < name.size() ? name.at(i + 1) : QChar();
        // A new word at "aB", at "1a", and at the last capital of "ABCd" (HTTPServer -> HTTP Server).
        const bool boundary = !current.isEmpty()
                              && ((c.isUpper() && prev.isLower()) || (c.isLetter() && prev.isDigit())
                                  || (c.isUpper() && prev.isUpper() && next.isLower()));
        if (boundary)
            flush();
        current += c;
    }
    flush();
    return result;
}

QString NameStyle::label(const QString &name)
{
    static const QStringList acronyms{QStringLiteral("ID"),  QStringLiteral("URL"), QStringLiteral("URI"),
                                      QStringLiteral("API"), QStringLiteral("UUID"), QStringLiteral("HTTP")};
    QStringList parts = words(name);
    for (QString &word : parts) {
        const QString upper = word.toUpper();
        if (acronyms.contains(upper))
            word = upper;
        else
            word = word.left(1).toUpper() + word.mid(1);
    }
    return parts.join(QLatin1Char(' '));
}

QString NameStyle::identifier(const QString &text)
{
    QString out;
    for (const QString &word : words(text))
        out += word.left(1).toUpper() + word.mid(1);
    return out;
}

QString NameStyle::operationIdProblem(const QString &operationId)
{
    if (operationId.trimmed().isEmpty())
        return QCoreApplication::translate("NameStyle", "The operation ID is empty.");
    for (const QChar c : operationId) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_')
                             || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!allowed)
            return QCoreApplication::translate("NameStyle",
                                               "The operation ID \"%1\" may only contain letters, digits, "
                                               "'_', '-' and '.'.")
                .arg(operationId);
    }
    return {};
}
