#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace json { class JsonValue; }

// What a set of sample values has in common: the JSON kinds seen, integer range, string
// format, object properties (in first-seen order) and array elements, each merged over
// every value. SchemaInference turns it into a schema.
class SampleShape
{
public:
    enum Kind : unsigned { Null = 1, Boolean = 2, Integer = 4, Number = 8, String = 16, Object = 32, Array = 64 };

    SampleShape() = default;
    SampleShape(const SampleShape &other);
    SampleShape &operator=(const SampleShape &other);
    SampleShape(SampleShape &&) noexcept = default;
    SampleShape &operator=(SampleShape &&) noexcept = default;

    // maxDepth: containers deeper than this become "anything" (an empty shape).
    static SampleShape of(const json::JsonValue &value, int maxDepth = 64);
    void merge(const SampleShape &other);

    unsigned kinds() const { return m_kinds; }
    bool has(Kind kind) const { return (m_kinds & kind) != 0; }
    bool needs64Bits() const { return m_needs64; }
    QString format() const { return m_formatMixed ? QString() : m_format; }
    int propertyCount() const { return int(m_properties.size()); }
    const QString &propertyName(int index) const { return m_properties[size_t(index)].first; }
    const SampleShape &property(int index) const { return *m_properties[size_t(index)].second; }
    const SampleShape *items() const { return m_items.get(); }
    int valueCount() const { return m_values; }    // values merged into this shape
    int objectCount() const { return m_objects; }  // of which objects

private:
    void add(const json::JsonValue &value, int depth);
    void addNumber(const json::JsonValue &value);
    void addString(const QString &text);
    void addFormat(const QString &format, bool seenString);
    SampleShape &propertyShape(const QString &name);

    unsigned m_kinds = 0;
    int m_values = 0;
    int m_objects = 0;
    bool m_needs64 = false;
    QString m_format;
    bool m_formatMixed = false;
    std::vector<std::pair<QString, std::unique_ptr<SampleShape>>> m_properties;
    QHash<QString, int> m_propertyIndex;
    std::unique_ptr<SampleShape> m_items;
};
