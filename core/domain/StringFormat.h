#pragma once

#include <QString>

// Recognises the Swagger string formats a sample value shows: date-time (RFC 3339, the
// time zone optional), date, email, uri (scheme://...), uuid. Anything else: no format.
class StringFormat
{
public:
    static QString detect(const QString &text);
    static bool isDateTime(const QString &text);
    static bool isDate(const QString &text);
    static bool isEmail(const QString &text);
    static bool isUri(const QString &text);
    static bool isUuid(const QString &text);
};
