#include "ScriptChecks.h"

#include <QRegularExpression>

using Kind = ScriptChecks::Issue::Kind;

const QStringList &ScriptChecks::allowedNamespaces()
{
    // "Supported namespaces" of Microsoft's "Write code in a custom connector".
    static const QStringList names {
        QStringLiteral("System"),
        QStringLiteral("System.Collections"),
        QStringLiteral("System.Collections.Generic"),
        QStringLiteral("System.Diagnostics"),
        QStringLiteral("System.IO"),
        QStringLiteral("System.IO.Compression"),
        QStringLiteral("System.Linq"),
        QStringLiteral("System.Net"),
        QStringLiteral("System.Net.Http"),
        QStringLiteral("System.Net.Http.Headers"),
        QStringLiteral("System.Security.Cryptography"),
        QStringLiteral("System.Text"),
        QStringLiteral("System.Text.RegularExpressions"),
        QStringLiteral("System.Threading"),
        QStringLiteral("System.Threading.Tasks"),
        QStringLiteral("System.Web"),
        QStringLiteral("System.Xml"),
        QStringLiteral("System.Xml.Linq"),
        QStringLiteral("System.Drawing"),
        QStringLiteral("System.Drawing.Drawing2D"),
        QStringLiteral("System.Drawing.Imaging"),
        QStringLiteral("Microsoft.Extensions.Logging"),
        QStringLiteral("Newtonsoft.Json"),
        QStringLiteral("Newtonsoft.Json.Linq"),
    };
    return names;
}

bool ScriptChecks::isAllowedNamespace(const QString &name)
{
    return allowedNamespaces().contains(name);
}

QList<ScriptChecks::Issue> ScriptChecks::check(const QString &script)
{
    QList<Issue> issues;
    const qint64 bytes = script.toUtf8().size();
    if (bytes > MaxBytes)
        issues.append({Kind::TooLarge, 0,
                       tr("The code is %1 bytes; custom code must be under 1 MB (%2 bytes).")
                           .arg(bytes)
                           .arg(MaxBytes)});

    const QString code = codeOnly(script);
    // The class name case-insensitively: a published connector declares "class script" and works.
    static const QRegularExpression scriptClass(
        QStringLiteral(R"(\bclass\s+[Ss]cript\s*:\s*(?:[\w.]+\s*,\s*)*(?:[\w.]+\.)?ScriptBase\b)"));
    static const QRegularExpression anyScriptClass(QStringLiteral(R"(\bclass\s+[Ss]cript\b)"));
    if (!scriptClass.match(code).hasMatch()) {
        const QRegularExpressionMatch named = anyScriptClass.match(code);
        issues.append({Kind::NoScriptClass, named.hasMatch() ? lineAt(code, named.capturedStart()) : 1,
                       named.hasMatch() ? tr("The class Script must derive from ScriptBase.")
                                        : tr("No \"public class Script : ScriptBase\": the code needs it.")});
    }
    // A declaration, not a call: "override" earlier in the same member header.
    static const QRegularExpression execute(QStringLiteral(R"(\boverride\b[^;{}()=]*\bExecuteAsync\s*\()"));
    if (!execute.match(code).hasMatch()) {
        static const QRegularExpression anyExecute(QStringLiteral(R"(\bExecuteAsync\b)"));
        const QRegularExpressionMatch named = anyExecute.match(code);
        issues.append({Kind::NoExecuteAsync, named.hasMatch() ? lineAt(code, named.capturedStart()) : 1,
                       tr("No \"public override async Task<HttpResponseMessage> ExecuteAsync()\": "
                          "the platform calls it for each request.")});
    }
    checkUsings(code, &issues);
    std::stable_sort(issues.begin(), issues.end(),
                     [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return issues;
}

void ScriptChecks::checkUsings(const QString &code, QList<Issue> *issues)
{
    // using X.Y;  using static X.Y.Type;  using Alias = X.Y.Type;  (global using too)
    static const QRegularExpression usingDirective(
        QStringLiteral(
            R"(^[ \t]*(?:global\s+)?using\s+(static\s+)?(?:([A-Za-z_]\w*)\s*=\s*)?([A-Za-z_][\w.]*)\s*;)"),
        QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = usingDirective.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(3);
        bool allowed = isAllowedNamespace(name);
        // A static using or an alias names a type: its namespace is what counts.
        const bool namesType = !match.captured(1).isEmpty() || !match.captured(2).isEmpty();
        if (!allowed && namesType && name.contains(QLatin1Char('.')))
            allowed = isAllowedNamespace(name.left(name.lastIndexOf(QLatin1Char('.'))));
        if (!allowed)
            issues->append({Kind::NamespaceNotAllowed, lineAt(code, match.capturedStart(3)),
                            tr("The namespace %1 is not available to custom code.").arg(name)});
    }
}

int ScriptChecks::lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

QString ScriptChecks::codeOnly(const QString &script)
{
    QString out = script;
    const qsizetype n = script.size();
    auto blank = [&out](qsizetype i) {
        if (out.at(i) != QLatin1Char('\n'))
            out[i] = QLatin1Char(' ');
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                blank(i++);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            blank(i++);
            blank(i++);
            while (
                i < n
                && !(script.at(i) == QLatin1Char('*') && i + 1 < n && script.at(i + 1) == QLatin1Char('/')))
                blank(i++);
            for (int k = 0; k < 2 && i < n; ++k)
                blank(i++);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            // A verbatim string (@"...", $@"...") doubles its quotes instead of escaping them.
            const bool verbatim = c == QLatin1Char('"') && i > 0 && script.at(i - 1) == QLatin1Char('@');
            blank(i++);
            while (i < n) {
                const QChar d = script.at(i);
                if (!verbatim && d == QLatin1Char('\\') && i + 1 < n) {
                    blank(i++);
                    blank(i++);
                    continue;
                }
                if (d == c) {
                    if (verbatim && i + 1 < n && script.at(i + 1) == c) {
                        blank(i++);
                        blank(i++);
                        continue;
                    }
                    blank(i++);
                    break;
                }
                if (!verbatim && d == QLatin1Char('\n'))
                    break; // unterminated: stop at the end of the line
                blank(i++);
            }
        } else {
            ++i;
        }
    }
    return out;
}
