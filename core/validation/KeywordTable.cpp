#include "KeywordTable.h"

KeywordTable::KeywordTable(std::initializer_list<Entry> entries)
{
    for (const Entry &entry : entries)
        insert(QString::fromLatin1(entry.first), entry.second);
}

KeywordTable::KeywordTable(std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        insert(QString::fromLatin1(key), 1);
}

void KeywordTable::insert(const KeywordTable &other)
{
    for (const auto &bucket : other.m_byLength) {
        for (const auto &entry : bucket)
            insert(entry.first, entry.second);
    }
}

void KeywordTable::insert(const QString &key, unsigned value)
{
    const size_t length = size_t(key.size());
    if (m_byLength.size() <= length)
        m_byLength.resize(length + 1);
    for (auto &entry : m_byLength[length]) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    m_byLength[length].emplace_back(key, value);
}

const unsigned *KeywordTable::find(QStringView key) const
{
    const size_t length = size_t(key.size());
    if (length >= m_byLength.size())
        return nullptr;
    for (const auto &entry : m_byLength[length]) {
        if (QStringView(entry.first) == key)
            return &entry.second;
    }
    return nullptr;
}
