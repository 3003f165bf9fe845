#pragma once

#include "JsonStyle.h"
#include "JsonValue.h"

#include <QString>

namespace json {

// Serialises a tree. Parts that came from the source are emitted from the source text
// (byte-identical when nothing changed); new or edited parts follow the given style.
class JsonWriter
{
public:
    explicit JsonWriter(JsonStyle style, bool latin1 = false);

    QString write(const JsonValue &root, const QString &baseIndent = {}) const;
    static QString quote(const QString &string, bool latin1 = false);
    static QString formatNumber(double value);

private:
    void writeValue(QString &out, const JsonValue &value, const QString &indent) const;
    void writeContainer(QString &out, const JsonValue &value, const QString &indent) const;
    void writeItem(QString &out, const JsonValue &container, int index, const QString &indent,
                   const QString &itemIndent) const;
    QString leadFor(const JsonValue &container, int index, const QString &itemIndent) const;
    QString colonFor(const JsonValue &container) const;

    JsonStyle m_style;
    bool m_latin1;
};

} // namespace json
