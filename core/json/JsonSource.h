#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace json {

// The decoded text a tree was parsed from. Nodes keep offsets into it, so untouched
// parts are re-emitted verbatim. Also maps offsets to 1-based line and column.
class JsonSource
{
public:
    explicit JsonSource(QString text);

    const QString &text() const { return m_text; }
    QStringView slice(int start, int end) const;

    int lineAt(int offset) const;
    int columnAt(int offset) const; // 1-based, in characters

private:
    QString m_text;
    std::vector<int> m_lineStarts;
};

} // namespace json
