#include "RuleSupport.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace rules {

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(m) + 1), current(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[size_t(j)] = std::min(
                {previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, previous[size_t(j) - 1] + cost});
            rowMin = std::min(rowMin, current[size_t(j)]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

bool isWebhookTrigger(const ValidationContext &ctx, const Operation &operation)
{
    if (!member(operation.node, QStringLiteral("x-ms-trigger")))
        return false;
    // A webhook declares what the platform receives, or where the callback URL goes; anything
    // else (GET or POST) is polled.
    if (notificationContent(operation))
        return true;
    for (const auto &p : ctx.parameters(operation)) {
        if (isTrue(member(p.node, QStringLiteral("x-ms-notification-url"))))
            return true;
        const JsonValue *properties
            = member(ctx.deref(member(p.node, QStringLiteral("schema"))), QStringLiteral("properties"));
        for (int i = 0; properties && properties->isObject() && i < properties->size(); ++i) {
            if (isTrue(member(ctx.deref(properties->at(i)), QStringLiteral("x-ms-notification-url"))))
                return true;
        }
    }
    return false;
}

const JsonValue *notificationContent(const Operation &operation)
{
    const JsonValue *content = member(operation.node, QStringLiteral("x-ms-notification-content"));
    return content ? content : member(operation.pathItem, QStringLiteral("x-ms-notification-content"));
}

QStringList pathPlaceholders(const QString &path)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    QStringList names;
    auto it = placeholder.globalMatch(path);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

} // namespace rules
