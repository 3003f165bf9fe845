#include "ImportReport.h"

#include "InputTree.h"
#include "domain/JsonBuilder.h"
#include "json/JsonFile.h"

using json::JsonValue;

void ImportReport::add(Severity severity, const QString &message, const QString &pointer, int line,
                       int column)
{
    m_entries.append({severity, message, pointer, line, column});
}

void ImportReport::add(Severity severity, const QString &message, const InputTree &input,
                       const JsonValue *node)
{
    const InputTree::Location where = input.locate(node);
    add(severity, message, input.pointerOf(node), where.line, where.column);
}

int ImportReport::count(Severity severity) const
{
    int n = 0;
    for (const Entry &entry : m_entries)
        n += entry.severity == severity ? 1 : 0;
    return n;
}

QString ImportReport::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString ImportReport::entryText(const Entry &entry, const QString &inputName)
{
    QString where = inputName;
    if (entry.line > 0)
        where += QStringLiteral(":%1:%2").arg(entry.line).arg(entry.column);
    QString text = QStringLiteral("%1: %2: %3").arg(where, severityName(entry.severity), entry.message);
    if (!entry.pointer.isEmpty())
        text += QStringLiteral(" (at %1)").arg(entry.pointer);
    return text;
}

QString ImportReport::text(const QString &inputName) const
{
    QString out;
    for (const Entry &entry : m_entries)
        out += entryText(entry, inputName) + QLatin1Char('\n');
    return out;
}

QByteArray ImportReport::json(const QString &inputName) const
{
    auto list = JsonValue::makeArray();
    for (const Entry &entry : m_entries) {
        JsonBuilder item;
        item.add(QStringLiteral("severity"), severityName(entry.severity));
        item.add(QStringLiteral("message"), entry.message);
        item.add(QStringLiteral("pointer"), entry.pointer);
        auto built = item.take();
        if (entry.line > 0) {
            built->insertItem(built->size(), JsonValue::makeNumber(entry.line), QStringLiteral("line"));
            built->insertItem(built->size(), JsonValue::makeNumber(entry.column), QStringLiteral("column"));
        }
        list->insertItem(list->size(), std::move(built));
    }
    JsonBuilder root;
    root.add(QStringLiteral("input"), inputName);
    root.add(QStringLiteral("entries"), std::move(list));
    return json::JsonFile::fromValue(root.take(), QStringLiteral("report.json")).toBytes();
}
