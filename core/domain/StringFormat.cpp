#include "StringFormat.h"

#include <QRegularExpression>

static bool validDate(int year, int month, int day)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day <= 28 || leap;
}

QString StringFormat::detect(const QString &text)
{
    if (isUuid(text))
        return QStringLiteral("uuid");
    if (isDateTime(text))
        return QStringLiteral("date-time");
    if (isDate(text))
        return QStringLiteral("date");
    if (isEmail(text))
        return QStringLiteral("email");
    if (isUri(text))
        return QStringLiteral("uri");
    return {};
}

bool StringFormat::isDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    return m.hasMatch() && validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

bool StringFormat::isDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(:(\\d{2})(\\.\\d+)?)?([Zz]|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || !validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()))
        return false;
    const int seconds = m.captured(7).isEmpty() ? 0 : m.captured(7).toInt();
    return m.captured(4).toInt() < 24 && m.captured(5).toInt() < 60 && seconds <= 60;
}

bool StringFormat::isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@\"<>(),;:]+@[^\\s@\"<>(),;:]+\\.[A-Za-z]{2,}$"));
    return pattern.match(text).hasMatch();
}

bool StringFormat::isUri(const QString &text)
{
    // RFC 3986 characters only: "{{variable}}" templates or spaces make it no URI.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+([/?#][A-Za-z0-9._~%!$&'()*+,;=:@/?#\\[\\]-]*)?$"));
    return pattern.match(text).hasMatch();
}

bool StringFormat::isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}
