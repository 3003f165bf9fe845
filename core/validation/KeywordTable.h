#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>
#include <vector>

// A small fixed table of keywords (tens of them) that every key of a definition is looked up in.
// Keys are bucketed by length and compared directly: Qt 6.4's qHash of a string (SipHash on
// Debian's generic x86-64 build) was an eighth of a whole validation.
class KeywordTable
{
public:
    using Entry = std::pair<const char *, unsigned>;

    KeywordTable() = default;
    KeywordTable(std::initializer_list<Entry> entries); // keyword -> value
    explicit KeywordTable(std::initializer_list<const char *> keys); // a set: every value 1

    void insert(const KeywordTable &other); // other's entries replace equal keys
    const unsigned *find(QStringView key) const; // nullptr if absent
    bool contains(QStringView key) const { return find(key) != nullptr; }

private:
    void insert(const QString &key, unsigned value);

    std::vector<std::vector<std::pair<QString, unsigned>>> m_byLength;
};
