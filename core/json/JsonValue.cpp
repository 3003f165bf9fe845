#include "JsonValue.h"

#include "JsonSource.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace json {

JsonValue::JsonValue(Type type) : m_type(type) {}

JsonValue::~JsonValue()
{
    delete m_keyIndex.load(std::memory_order_relaxed);
}

std::unique_ptr<JsonValue> JsonValue::makeNull()
{
    return std::make_unique<JsonValue>(Type::Null);
}

std::unique_ptr<JsonValue> JsonValue::makeBool(bool value)
{
    auto node = std::make_unique<JsonValue>(Type::Bool);
    node->m_bool = value;
    return node;
}

std::unique_ptr<JsonValue> JsonValue::makeNumber(double value)
{
    auto node = std::make_unique<JsonValue>(Type::Number);
    node->m_number = value;
    return node;
}

std::unique_ptr<JsonValue> JsonValue::makeNumberLexeme(const QString &lexeme)
{
    auto node = std::make_unique<JsonValue>(Type::Number);
    node->m_string = lexeme;
    bool ok = false;
    node->m_number = lexeme.toDouble(&ok);
    return node;
}

std::unique_ptr<JsonValue> JsonValue::makeString(const QString &value)
{
    auto node = std::make_unique<JsonValue>(Type::String);
    node->m_string = value;
    return node;
}

std::unique_ptr<JsonValue> JsonValue::makeArray()
{
    return std::make_unique<JsonValue>(Type::Array);
}

std::unique_ptr<JsonValue> JsonValue::makeObject()
{
    return std::make_unique<JsonValue>(Type::Object);
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("boolean");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("string");
    case Type::Array: return QStringLiteral("array");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

bool JsonValue::toBool(bool fallback) const
{
    return m_type == Type::Bool ? m_bool : fallback;
}

double JsonValue::toDouble(double fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    if (!m_string.isEmpty() || !hasSource())
        return m_number;
    bool ok = false;
    const double value = m_source->slice(m_start, m_end).toDouble(&ok);
    return ok ? value : fallback;
}

qint64 JsonValue::toInteger(qint64 fallback) const
{
    if (m_type != Type::Number)
        return fallback;
    bool ok = false;
    const qint64 exact = numberLexeme().toLongLong(&ok);
    if (ok)
        return exact;
    const double value = toDouble(std::numeric_limits<double>::quiet_NaN());
    if (std::isnan(value) || value != std::floor(value) || std::fabs(value) > 9.0e18)
        return fallback;
    return qint64(value);
}

QString JsonValue::toString(const QString &fallback) const
{
    return m_type == Type::String ? m_string : fallback;
}

QString JsonValue::numberLexeme() const
{
    if (m_type != Type::Number)
        return {};
    if (!m_string.isEmpty())
        return m_string;
    if (hasSource())
        return m_source->slice(m_start, m_end).toString();
    if (m_number == std::floor(m_number) && std::fabs(m_number) < 9.0e15)
        return QString::number(qint64(m_number));
    return QString::number(m_number, 'g', 17);
}

JsonValue *JsonValue::at(int index) const
{
    if (index < 0 || index >= size())
        return nullptr;
    return m_items[size_t(index)].value.get();
}

QString JsonValue::keyAt(int index) const
{
    if (index < 0 || index >= size())
        return {};
    return m_items[size_t(index)].key;
}

int JsonValue::indexOf(const QString &key) const
{
    if (m_type != Type::Object)
        return -1;
    constexpr int IndexFrom = 64; // below this a scan costs about what building the index does
    if (size() >= IndexFrom) {
        return keyIndex().value(key, -1);
    }
    // The last one wins, as in every common JSON reader.
    for (int i = size() - 1; i >= 0; --i) {
        if (m_items[size_t(i)].key == key)
            return i;
    }
    return -1;
}

const QHash<QString, int> &JsonValue::keyIndex() const
{
    if (const QHash<QString, int> *index = m_keyIndex.load(std::memory_order_acquire))
        return *index;
    auto built = std::make_unique<QHash<QString, int>>();
    built->reserve(size());
    for (int i = 0; i < size(); ++i)
        built->insert(m_items[size_t(i)].key, i); // a later duplicate overwrites: the last wins
    // Another thread may have built it meanwhile: keep the first one published.
    QHash<QString, int> *expected = nullptr;
    if (m_keyIndex.compare_exchange_strong(expected, built.get(), std::memory_order_acq_rel))
        return *built.release();
    return *expected;
}

void JsonValue::dropKeyIndex()
{
    delete m_keyIndex.exchange(nullptr, std::memory_order_relaxed);
}

JsonValue *JsonValue::member(const QString &key) const
{
    return at(indexOf(key));
}

QStringList JsonValue::keys() const
{
    QStringList result;
    if (m_type != Type::Object)
        return result;
    result.reserve(size());
    for (const Item &item : m_items)
        result.append(item.key);
    return result;
}

void JsonValue::adopt(JsonValue *child)
{
    child->m_parent = this;
}

void JsonValue::insertItem(int index, std::unique_ptr<JsonValue> value, const QString &key)
{
    Item item;
    item.key = key;
    adopt(value.get());
    item.value = std::move(value);
    if (index < 0 || index > size())
        index = size();
    // Appending (what importers do, member by member) keeps the key index: the new member is last.
    QHash<QString, int> *keys = m_keyIndex.load(std::memory_order_relaxed);
    if (keys && index == size() && m_type == Type::Object)
        keys->insert(key, index);
    else
        dropKeyIndex(); // the keys changed
    m_items.insert(m_items.begin() + index, std::move(item));
    m_structureEdited = true;
}

std::unique_ptr<JsonValue> JsonValue::takeItem(int index, Item *spanOut)
{
    Item &item = m_items[size_t(index)];
    std::unique_ptr<JsonValue> value = std::move(item.value);
    value->m_parent = nullptr;
    if (spanOut) {
        *spanOut = std::move(item);
        spanOut->value.reset();
    }
    m_items.erase(m_items.begin() + index);
    m_structureEdited = true;
    dropKeyIndex(); // the keys changed
    return value;
}

void JsonValue::restoreItem(int index, Item item)
{
    adopt(item.value.get());
    m_items.insert(m_items.begin() + index, std::move(item));
    m_structureEdited = true;
    dropKeyIndex(); // the keys changed
}

std::unique_ptr<JsonValue> JsonValue::replaceValue(int index, std::unique_ptr<JsonValue> value)
{
    Item &item = m_items[size_t(index)];
    adopt(value.get());
    std::swap(item.value, value);
    value->m_parent = nullptr;
    return value;
}

void JsonValue::renameKey(int index, const QString &key)
{
    Item &item = m_items[size_t(index)];
    item.key = key;
    item.keyEdited = true;
    dropKeyIndex(); // the keys changed
}

void JsonValue::moveItem(int from, int to)
{
    if (from == to)
        return;
    Item item = std::move(m_items[size_t(from)]);
    m_items.erase(m_items.begin() + from);
    m_items.insert(m_items.begin() + to, std::move(item));
    m_structureEdited = true;
    dropKeyIndex(); // the keys changed
}

int JsonValue::indexInParent() const
{
    if (!m_parent)
        return -1;
    for (int i = 0; i < m_parent->size(); ++i) {
        if (m_parent->m_items[size_t(i)].value.get() == this)
            return i;
    }
    return -1;
}

void JsonValue::detachFromSource()
{
    if (m_type == Type::Number && m_string.isEmpty() && hasSource()) {
        m_string = m_source->slice(m_start, m_end).toString();
        m_number = m_string.toDouble(); // toDouble() reads m_number once the source is gone
    }
    m_source.reset();
    m_start = m_end = m_closeStart = -1;
    m_trailingComma = false;
    for (Item &item : m_items) {
        item.leadStart = item.keyStart = item.keyEnd = -1;
        item.valueStart = item.valueEnd = item.tailEnd = -1;
        item.keyEdited = false;
        item.value->detachFromSource();
    }
}

int JsonValue::repairTolerated()
{
    int repairs = 0;
    if (m_trailingComma) {
        m_trailingComma = false;
        ++repairs;
    }
    if (m_type == Type::String && hasSource()) {
        const QStringView lexeme = m_source->slice(m_start, m_end);
        const bool rawControl = std::any_of(lexeme.begin(), lexeme.end(),
                                            [](QChar c) { return c.unicode() < 0x20; });
        if (rawControl) {
            m_source.reset(); // re-quoted by the writer, with escapes
            m_start = m_end = -1;
            ++repairs;
        }
    }
    for (Item &item : m_items)
        repairs += item.value->repairTolerated();
    return repairs;
}

std::unique_ptr<JsonValue> JsonValue::clone() const
{
    auto copy = std::make_unique<JsonValue>(m_type);
    copy->m_bool = m_bool;
    copy->m_trailingComma = m_trailingComma;
    copy->m_structureEdited = m_structureEdited;
    copy->m_number = m_number;
    copy->m_string = m_string;
    copy->m_source = m_source;
    copy->m_start = m_start;
    copy->m_end = m_end;
    copy->m_closeStart = m_closeStart;
    copy->m_items.reserve(m_items.size());
    for (const Item &item : m_items) {
        Item itemCopy;
        itemCopy.key = item.key;
        itemCopy.value = item.value->clone();
        itemCopy.value->m_parent = copy.get();
        itemCopy.leadStart = item.leadStart;
        itemCopy.keyStart = item.keyStart;
        itemCopy.keyEnd = item.keyEnd;
        itemCopy.valueStart = item.valueStart;
        itemCopy.valueEnd = item.valueEnd;
        itemCopy.tailEnd = item.tailEnd;
        itemCopy.keyEdited = item.keyEdited;
        copy->m_items.push_back(std::move(itemCopy));
    }
    return copy;
}

bool JsonValue::equals(const JsonValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == other.m_bool;
    case Type::Number: return toDouble() == other.toDouble();
    case Type::String: return m_string == other.m_string;
    case Type::Array:
    case Type::Object: break;
    }
    if (size() != other.size())
        return false;
    for (int i = 0; i < size(); ++i) {
        const Item &a = m_items[size_t(i)];
        const Item &b = other.m_items[size_t(i)];
        if (a.key != b.key || !a.value->equals(*b.value))
            return false;
    }
    return true;
}

} // namespace json
