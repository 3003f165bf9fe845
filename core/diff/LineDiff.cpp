#include "LineDiff.h"

#include <vector>

QStringList LineDiff::diff(const QStringList &before, const QStringList &after)
{
    QStringList out;
    // Common head and tail first: history entries mostly differ in a few lines.
    int head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    int tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    for (int i = 0; i < head; ++i)
        out << QStringLiteral("  ") + before.at(i);
    const int n = int(before.size()) - head - tail;
    const int m = int(after.size()) - head - tail;
    if (n > MaxLines || m > MaxLines) {
        for (int i = 0; i < n; ++i)
            out << QStringLiteral("- ") + before.at(head + i);
        for (int j = 0; j < m; ++j)
            out << QStringLiteral("+ ") + after.at(head + j);
    } else {
        // lcs[i][j]: common length of before[head+i..] and after[head+j..].
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j)
                lcs[i][j] = before.at(head + i) == after.at(head + j) ? lcs[i + 1][j + 1] + 1
                                                                      : qMax(lcs[i + 1][j], lcs[i][j + 1]);
        }
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.at(head + i) == after.at(head + j)) {
                out << QStringLiteral("  ") + before.at(head + i);
                ++i, ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out << QStringLiteral("- ") + before.at(head + i++); // removals before additions
            } else {
                out << QStringLiteral("+ ") + after.at(head + j++);
            }
        }
    }
    for (int i = before.size() - tail; i < before.size(); ++i)
        out << QStringLiteral("  ") + before.at(i);
    return out;
}
