#include "JsonSource.h"

#include <algorithm>

namespace json {

JsonSource::JsonSource(QString text) : m_text(std::move(text))
{
    m_lineStarts.push_back(0);
    const int n = int(m_text.size());
    const QChar *data = m_text.constData();
    for (int i = 0; i < n; ++i) {
        if (data[i] == QLatin1Char('\n'))
            m_lineStarts.push_back(i + 1);
    }
}

QStringView JsonSource::slice(int start, int end) const
{
    return QStringView(m_text).mid(start, end - start);
}

int JsonSource::lineAt(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

int JsonSource::columnAt(int offset) const
{
    return offset - m_lineStarts[size_t(lineAt(offset) - 1)] + 1;
}

} // namespace json
