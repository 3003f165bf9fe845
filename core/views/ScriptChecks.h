#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The Power Platform's rules for custom code (script.csx), checked on the text: size, the
// Script class deriving from ScriptBase, the ExecuteAsync override and the namespaces a
// `using` may name. A textual check, not a compiler: comments and string literals are
// skipped, so commented-out code neither satisfies nor breaks a rule.
class ScriptChecks
{
    Q_DECLARE_TR_FUNCTIONS(ScriptChecks)

public:
    static constexpr qint64 MaxBytes = 1024 * 1024; // "less than 1 MB" (UTF-8 bytes)

    struct Issue
    {
        enum class Kind { TooLarge, NoScriptClass, NoExecuteAsync, NamespaceNotAllowed };
        Kind kind;
        int line = 0; // 1-based; 0 for the file as a whole
        QString message;
    };

    static QList<Issue> check(const QString &script);
    static const QStringList &allowedNamespaces();
    static bool isAllowedNamespace(const QString &name);
    // The script with comments and string/char literals blanked out (newlines kept), so
    // offsets and lines still match the original.
    static QString codeOnly(const QString &script);

private:
    static void checkUsings(const QString &code, QList<Issue> *issues);
    static int lineAt(const QString &text, qsizetype offset);
};
