#pragma once

#include <QList>
#include <QString>

namespace json {
class JsonValue;
}
class InputTree;

// What an importer could not carry over, approximated or noticed, each located in the input
// (JSON pointer and, when known, line:column), so a user can look at the exact spot.
class ImportReport
{
public:
    enum class Severity { Error, Warning, Info };

    struct Entry
    {
        Severity severity = Severity::Warning;
        QString message;
        QString pointer; // RFC 6901 pointer into the input ("" for the whole input)
        int line = 0; // 1-based; 0 when unknown
        int column = 0;
    };

    void add(Severity severity, const QString &message, const QString &pointer = {}, int line = 0,
             int column = 0);
    // Locates the entry at node of input (pointer, and line:column when the input knows it).
    void add(Severity severity, const QString &message, const InputTree &input, const json::JsonValue *node);
    void warn(const QString &message, const InputTree &input, const json::JsonValue *node)
    {
        add(Severity::Warning, message, input, node);
    }
    void info(const QString &message, const InputTree &input, const json::JsonValue *node)
    {
        add(Severity::Info, message, input, node);
    }

    const QList<Entry> &entries() const { return m_entries; }
    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }

    static QString severityName(Severity severity);
    // "INPUT:LINE:COL: warning: message (at /pointer)", like a compiler; one entry per line.
    static QString entryText(const Entry &entry, const QString &inputName);
    QString text(const QString &inputName) const;
    // {"entries": [{"severity", "message", "pointer", "line", "column"}...]} for --report.
    QByteArray json(const QString &inputName) const;

private:
    QList<Entry> m_entries;
};
