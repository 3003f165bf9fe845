#include "Validator.h"

#include "ConnectorBudget.h"
#include "ValidationContext.h"
#include "document/ConnectorDocument.h"
#include "rules/RuleSets.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

const QList<ValidationRule> &Validator::rules()
{
    static const QList<ValidationRule> all = [] {
        QList<ValidationRule> list;
        for (auto add : ruleSets())
            add(list);
        return list;
    }();
    return all;
}

const ValidationRule *Validator::rule(const QString &id)
{
    for (const ValidationRule &r : rules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<ValidationFinding> Validator::validate(const ConnectorDocument &document) const
{
    return validate(document.file(ConnectorDocument::Part::Definition),
                    document.file(ConnectorDocument::Part::Properties),
                    ConnectorBudget::definitionSize(document));
}

QList<ValidationFinding> Validator::validate(const json::JsonFile &definition,
                                             const json::JsonFile &properties, qint64 definitionBytes) const
{
    ValidationContext context(definition, properties, definitionBytes);
    // CD_RULE_TIMING=1 prints each rule's time to stderr: where a slow validation goes.
    static const bool timing = qEnvironmentVariableIsSet("CD_RULE_TIMING");
    QElapsedTimer clock;
    for (const ValidationRule &r : rules()) {
        // Without a definition tree only the rules about the files themselves can run.
        if (m_disabled.contains(r.id) || (!definition.root() && !r.id.startsWith(QLatin1String("json-"))))
            continue;
        context.setCurrentRule(&r);
        clock.start();
        r.check(context);
        if (timing)
            std::fprintf(stderr, "rule %-32s %8.2f ms\n", qPrintable(r.id), double(clock.nsecsElapsed()) / 1e6);
    }
    QList<ValidationFinding> findings = context.takeFindings();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ValidationFinding &a, const ValidationFinding &b) {
                         if (a.part != b.part)
                             return a.part < b.part;
                         return a.line < b.line || (a.line == b.line && a.column < b.column);
                     });
    return findings;
}
