#include "Validator.h"

#include "ConnectorBudget.h"
#include "ValidationContext.h"
#include "document/ConnectorDocument.h"
#include "rules/RuleSets.h"

#include <algorithm>

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
    for (const ValidationRule &r : rules()) {
        // Without a definition tree only the rules about the files themselves can run.
        if (m_disabled.contains(r.id) || (!definition.root() && !r.id.startsWith(QLatin1String("json-"))))
            continue;
        context.setCurrentRule(&r);
        r.check(context);
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
