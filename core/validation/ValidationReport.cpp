#include "ValidationReport.h"

#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// QJsonDocument is fine in this file: it writes our own output, never a connector file.
namespace ValidationReport {

namespace {

QString located(const ValidationFinding &f, const Files &files)
{
    ValidationFinding shown = f;
    shown.fileName = files.fileOf(f.part);
    return shown.toText();
}

QString sarifLevel(ValidationFinding::Severity severity)
{
    switch (severity) {
    case ValidationFinding::Severity::Error:
        return QStringLiteral("error");
    case ValidationFinding::Severity::Warning:
        return QStringLiteral("warning");
    case ValidationFinding::Severity::Info:
        break;
    }
    return QStringLiteral("note");
}

// A relative URI reference: '/' separators, everything else outside the unreserved set escaped.
QString uriOf(const QString &path)
{
    QString slashes = path;
    slashes.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QString::fromLatin1(QUrl::toPercentEncoding(slashes, "/"));
}

QJsonArray sarifRules()
{
    QJsonArray rules;
    for (const ValidationRule &rule : Validator::rules())
        rules.append(QJsonObject {
            {QStringLiteral("id"), rule.id},
            {QStringLiteral("shortDescription"), QJsonObject {{QStringLiteral("text"), rule.summary}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject {{QStringLiteral("level"), sarifLevel(rule.severity)}}}});
    return rules;
}

int ruleIndex(const QString &id)
{
    const QList<ValidationRule> &rules = Validator::rules();
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonObject sarifResult(const ValidationFinding &f, const Files &files)
{
    QJsonObject physical {{QStringLiteral("artifactLocation"),
                           QJsonObject {{QStringLiteral("uri"), uriOf(files.fileOf(f.part))}}}};
    if (f.line > 0)
        physical.insert(QStringLiteral("region"),
                        QJsonObject {{QStringLiteral("startLine"), f.line},
                                     {QStringLiteral("startColumn"), qMax(1, f.column)}});
    QJsonObject result {
        {QStringLiteral("ruleId"), f.ruleId},
        {QStringLiteral("level"), sarifLevel(f.severity)},
        {QStringLiteral("message"), QJsonObject {{QStringLiteral("text"), f.message}}},
        {QStringLiteral("locations"),
         QJsonArray {QJsonObject {{QStringLiteral("physicalLocation"), physical}}}},
        {QStringLiteral("properties"), QJsonObject {{QStringLiteral("jsonPointer"), f.pointer.toString()}}}};
    if (const int index = ruleIndex(f.ruleId); index >= 0)
        result.insert(QStringLiteral("ruleIndex"), index);
    return result;
}

} // namespace

Counts count(const QList<ValidationFinding> &findings)
{
    Counts counts;
    for (const ValidationFinding &f : findings) {
        switch (f.severity) {
        case ValidationFinding::Severity::Error:
            ++counts.errors;
            break;
        case ValidationFinding::Severity::Warning:
            ++counts.warnings;
            break;
        case ValidationFinding::Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

QString summary(const Counts &counts)
{
    auto plural = [](int n, const char *one, const char *many) -> QString {
        return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
    };
    return plural(counts.errors, "error", "errors") + QStringLiteral(", ")
        + plural(counts.warnings, "warning", "warnings") + QStringLiteral(", ")
        + plural(counts.infos, "info", "infos");
}

QString text(const QList<ValidationFinding> &findings, const Files &files)
{
    // Appended piece by piece: a builder expression appended to a growing string reallocated
    // the whole text for every finding.
    QString out;
    for (const ValidationFinding &f : findings) {
        out.append(located(f, files));
        out.append(QLatin1Char('\n'));
    }
    return out;
}

QByteArray json(const QList<ValidationFinding> &findings, const Files &files)
{
    QJsonArray list;
    for (const ValidationFinding &f : findings) {
        QJsonObject entry {{QStringLiteral("ruleId"), f.ruleId},
                           {QStringLiteral("severity"), ValidationFinding::severityName(f.severity)},
                           {QStringLiteral("message"), f.message},
                           {QStringLiteral("file"), files.fileOf(f.part)},
                           {QStringLiteral("line"), f.line},
                           {QStringLiteral("column"), f.column},
                           {QStringLiteral("pointer"), f.pointer.toString()}};
        if (!f.fix.isEmpty())
            entry.insert(QStringLiteral("fix"), f.fix.label);
        list.append(entry);
    }
    const Counts counts = count(findings);
    const QJsonObject root {{QStringLiteral("findings"), list},
                            {QStringLiteral("errors"), counts.errors},
                            {QStringLiteral("warnings"), counts.warnings},
                            {QStringLiteral("infos"), counts.infos}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray sarif(const QList<ValidationFinding> &findings, const Files &files, const QString &toolVersion)
{
    QJsonArray results;
    for (const ValidationFinding &f : findings)
        results.append(sarifResult(f, files));
    const QJsonObject driver {{QStringLiteral("name"), QStringLiteral("connector-designer")},
                              {QStringLiteral("version"), toolVersion},
                              {QStringLiteral("rules"), sarifRules()}};
    const QJsonObject run {{QStringLiteral("tool"), QJsonObject {{QStringLiteral("driver"), driver}}},
                           {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
                           {QStringLiteral("results"), results}};
    const QJsonObject root {
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray {run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ValidationReport
