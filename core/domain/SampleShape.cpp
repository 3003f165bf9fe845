#include "SampleShape.h"

#include "StringFormat.h"
#include "json/JsonValue.h"

#include <limits>

using json::JsonValue;

SampleShape::SampleShape(const SampleShape &other)
    : m_kinds(other.m_kinds), m_values(other.m_values), m_objects(other.m_objects), m_needs64(other.m_needs64), m_format(other.m_format),
      m_formatMixed(other.m_formatMixed), m_propertyIndex(other.m_propertyIndex)
{
    m_properties.reserve(other.m_properties.size());
    for (const auto &p : other.m_properties)
        m_properties.emplace_back(p.first, std::make_unique<SampleShape>(*p.second));
    if (other.m_items)
        m_items = std::make_unique<SampleShape>(*other.m_items);
}

SampleShape &SampleShape::operator=(const SampleShape &other)
{
    if (this != &other) {
        SampleShape copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SampleShape SampleShape::of(const JsonValue &value, int maxDepth)
{
    SampleShape shape;
    shape.add(value, maxDepth);
    return shape;
}

SampleShape &SampleShape::propertyShape(const QString &name)
{
    const auto found = m_propertyIndex.constFind(name);
    if (found != m_propertyIndex.constEnd())
        return *m_properties[size_t(*found)].second;
    m_propertyIndex.insert(name, int(m_properties.size()));
    m_properties.emplace_back(name, std::make_unique<SampleShape>());
    return *m_properties.back().second;
}

void SampleShape::add(const JsonValue &value, int depth)
{
    ++m_values;
    switch (value.type()) {
    case JsonValue::Type::Null: m_kinds |= Null; return;
    case JsonValue::Type::Bool: m_kinds |= Boolean; return;
    case JsonValue::Type::Number: addNumber(value); return;
    case JsonValue::Type::String: addString(value.toString()); return;
    case JsonValue::Type::Object:
        if (depth <= 0)
            return; // too deep: left open ("anything")
        m_kinds |= Object;
        ++m_objects;
        for (int i = 0; i < value.size(); ++i)
            propertyShape(value.keyAt(i)).add(*value.at(i), depth - 1);
        return;
    case JsonValue::Type::Array:
        if (depth <= 0)
            return;
        m_kinds |= Array;
        if (!m_items)
            m_items = std::make_unique<SampleShape>();
        for (int i = 0; i < value.size(); ++i)
            m_items->add(*value.at(i), depth - 1);
        return;
    }
}

// An integer is a number written without fraction or exponent ("3", not "3.0" or "3e0"),
// as the sample's author wrote it; beyond 64 bits it is a number.
void SampleShape::addNumber(const JsonValue &value)
{
    const QString lexeme = value.numberLexeme();
    const bool integral = !lexeme.contains(QLatin1Char('.')) && !lexeme.contains(QLatin1Char('e'))
                          && !lexeme.contains(QLatin1Char('E'));
    bool ok = false;
    const qint64 n = lexeme.toLongLong(&ok);
    if (!integral || !ok) {
        m_kinds |= Number;
        return;
    }
    m_kinds |= Integer;
    if (n < std::numeric_limits<qint32>::min() || n > std::numeric_limits<qint32>::max())
        m_needs64 = true;
}

void SampleShape::addString(const QString &text)
{
    const bool seenString = has(String);
    m_kinds |= String;
    addFormat(StringFormat::detect(text), seenString);
}

void SampleShape::addFormat(const QString &format, bool seenString)
{
    if (!seenString)
        m_format = format;
    else if (m_format != format)
        m_formatMixed = true;
}

void SampleShape::merge(const SampleShape &other)
{
    if (other.has(String) && other.m_formatMixed)
        m_formatMixed = true;
    else if (other.has(String))
        addFormat(other.m_format, has(String));
    m_kinds |= other.m_kinds;
    m_values += other.m_values;
    m_objects += other.m_objects;
    m_needs64 = m_needs64 || other.m_needs64;
    for (const auto &p : other.m_properties)
        propertyShape(p.first).merge(*p.second);
    if (other.m_items) {
        if (!m_items)
            m_items = std::make_unique<SampleShape>();
        m_items->merge(*other.m_items);
    }
}
