#include "Validator.h"

#include "ConnectorBudget.h"
#include "ValidationContext.h"
#include "document/ConnectorDocument.h"
#include "rules/RuleSets.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

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

std::vector<const ValidationRule *> Validator::enabledRules(bool hasDefinition) const
{
    std::vector<const ValidationRule *> enabled;
    for (const ValidationRule &r : rules()) {
        // Without a definition tree only the rules about the files themselves can run.
        if (!m_disabled.contains(r.id) && (hasDefinition || r.id.startsWith(QLatin1String("json-"))))
            enabled.push_back(&r);
    }
    return enabled;
}

QList<ValidationFinding> Validator::validate(const json::JsonFile &definition,
                                             const json::JsonFile &properties, qint64 definitionBytes) const
{
    const std::vector<const ValidationRule *> enabled = enabledRules(definition.root() != nullptr);
    // Threads pay off on large definitions only; a small one validates in a millisecond.
    constexpr qint64 ThreadsFrom = 256 * 1024;
    const int threads = definitionBytes >= ThreadsFrom ? std::max(1, m_threads) : 1;
    const ValidationContext context(definition, properties, definitionBytes);
    // Each rule's findings apart, joined in rule order: the same list on any number of threads.
    QList<ValidationFinding> findings;
    for (QList<ValidationFinding> &list : runRules(enabled, context, threads))
        findings.append(std::move(list));
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ValidationFinding &a, const ValidationFinding &b) {
                         if (a.part != b.part)
                             return a.part < b.part;
                         return a.line < b.line || (a.line == b.line && a.column < b.column);
                     });
    return findings;
}

std::vector<QList<ValidationFinding>> Validator::runRules(const std::vector<const ValidationRule *> &rules,
                                                          const ValidationContext &first, int threads)
{
    std::vector<QList<ValidationFinding>> found(rules.size());
    // The calling thread takes rules from the front of the list, helpers from the back: neighbours
    // in the list share memos ($ref targets, schema measures), and each memo is then mostly built by
    // one thread only.
    std::mutex takeLock;
    size_t front = 0, back = rules.size();
    auto take = [&](bool fromFront) -> std::optional<size_t> {
        const std::lock_guard<std::mutex> guard(takeLock);
        if (front >= back)
            return std::nullopt;
        return fromFront ? front++ : --back;
    };
    // CD_RULE_TIMING=1 prints each rule's time to stderr: where a slow validation goes.
    static const bool timing = qEnvironmentVariableIsSet("CD_RULE_TIMING");
    // Each thread has its own context: the indexes are shared, the memos not.
    auto work = [&](bool fromFront) {
        ValidationContext context(first);
        QElapsedTimer clock;
        while (const std::optional<size_t> i = take(fromFront)) {
            const ValidationRule *rule = rules[*i];
            context.setCurrentRule(rule);
            clock.start();
            rule->check(context);
            found[*i] = context.takeFindings();
            if (timing)
                std::fprintf(stderr, "rule %-32s %8.2f ms\n", qPrintable(rule->id),
                             double(clock.nsecsElapsed()) / 1e6);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    return found;
}
