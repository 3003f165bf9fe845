#include "PostmanUrl.h"

#include <QRegularExpression>
#include <QUrl>

QString PostmanUrl::expand(QString text, const QHash<QString, QString> &variables)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    for (int round = 0; round < 5 && text.contains(QLatin1String("{{")); ++round) {
        QString out;
        int last = 0;
        bool changed = false;
        for (auto it = variable.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            out += text.mid(last, match.capturedStart() - last);
            const QString name = match.captured(1).trimmed();
            if (variables.contains(name)) {
                out += variables.value(name);
                changed = true;
            } else {
                out += match.captured(0);
            }
            last = match.capturedEnd();
        }
        out += text.mid(last);
        text = out;
        if (!changed)
            break;
    }
    return text;
}

static PostmanUrl::Segment segmentOf(const QString &text)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_.-]"));
    PostmanUrl::Segment segment;
    if (text.startsWith(QLatin1Char(':')) && text.size() > 1) {
        QString name = text.mid(1);
        name.remove(invalid);
        segment.params.append(name.isEmpty() ? QStringLiteral("param") : name);
        segment.text = QLatin1Char('{') + segment.params.last() + QLatin1Char('}');
        return segment;
    }
    // Literal braces would read as templates in a Swagger path: percent-encode them.
    const auto literal = [](QString part) {
        return part.replace(QLatin1Char('{'), QLatin1String("%7B"))
            .replace(QLatin1Char('}'), QLatin1String("%7D"));
    };
    int last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString name = match.captured(1).trimmed();
        name.remove(invalid);
        if (name.isEmpty())
            name = QStringLiteral("param");
        segment.text += literal(text.mid(last, match.capturedStart() - last)) + QLatin1Char('{') + name
            + QLatin1Char('}');
        segment.params.append(name);
        last = match.capturedEnd();
    }
    segment.text += literal(text.mid(last));
    return segment;
}

PostmanUrl PostmanUrl::parse(const QString &raw, const QHash<QString, QString> &variables)
{
    PostmanUrl url;
    QString text = raw.trimmed();
    text = text.section(QLatin1Char('#'), 0, 0);
    const int question = text.indexOf(QLatin1Char('?'));
    const QString queryText = question >= 0 ? text.mid(question + 1) : QString();
    if (question >= 0)
        text.truncate(question);
    // The base URL is usually a variable ({{baseUrl}}/users): expand the part before the path.
    static const QRegularExpression leadingVariable(QStringLiteral("^(\\{\\{[^{}]+\\}\\})"));
    if (const auto match = leadingVariable.match(text); match.hasMatch()) {
        const QString expanded = expand(match.captured(1), variables);
        if (expanded != match.captured(1))
            text = expanded + text.mid(match.capturedEnd());
    }
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto match = scheme.match(text); match.hasMatch()) {
        url.scheme = match.captured(1).toLower();
        text = text.mid(match.capturedEnd());
    }
    QStringList parts = text.split(QLatin1Char('/'));
    QString host;
    const QString first = parts.value(0);
    if (!url.scheme.isEmpty() || first.contains(QLatin1Char('.'))
        || first.startsWith(QLatin1String("localhost"))
        || (first.startsWith(QLatin1String("{{")) && first.endsWith(QLatin1String("}}")))) {
        host = parts.takeFirst();
    } else if (!first.isEmpty()) {
        host = parts.takeFirst(); // "example/path" written without a scheme: the first part is the host
    } else {
        parts.removeFirst();
    }
    host = expand(host, variables);
    if (host.contains(QLatin1Char('@')))
        host = host.section(QLatin1Char('@'), -1);
    if (host.contains(QLatin1String("{{")))
        url.unresolvedHost = host;
    else
        url.host = host.toLower();
    for (const QString &part : parts)
        if (!part.isEmpty())
            url.segments.append(segmentOf(part));
    for (const QString &pair : queryText.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 0, 0).toUtf8());
        if (!key.isEmpty())
            url.query.append(
                {key, pair.section(QLatin1Char('='), 1), {}, QStringLiteral("text"), false, nullptr});
    }
    return url;
}

QString PostmanUrl::path(int skip) const
{
    QStringList texts;
    for (int i = skip; i < segments.size(); ++i)
        texts.append(segments.at(i).text);
    return QLatin1Char('/') + texts.join(QLatin1Char('/'));
}
