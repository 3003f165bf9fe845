#pragma once

#include <QString>
#include <QStringList>

// A line diff (longest common subsequence) for showing two texts side by side as one:
// unchanged lines start with "  ", removed ones with "- ", added ones with "+ ".
class LineDiff
{
public:
    static QStringList diff(const QStringList &before, const QStringList &after);
    static QString unified(const QStringList &before, const QStringList &after)
    {
        return diff(before, after).join(QLatin1Char('\n'));
    }
    // Past this many lines on a side the texts are shown as all removed then all added:
    // the table grows with the product of the sizes.
    static constexpr int MaxLines = 5000;
};
