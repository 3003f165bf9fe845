#pragma once

#include "ValidationFinding.h"
#include "ValidationRule.h"

#include <QList>
#include <QSet>

#include <vector>

class ConnectorDocument;
class ValidationContext;
namespace json {
class JsonFile;
}

// Runs every registered rule (less those switched off) over a connector.
class Validator
{
public:
    static const QList<ValidationRule> &rules();
    static const ValidationRule *rule(const QString &id);

    void setDisabledRules(const QSet<QString> &ids) { m_disabled = ids; }
    const QSet<QString> &disabledRules() const { return m_disabled; }
    // Rules run on up to this many threads (1: the calling thread only). The findings and their
    // order do not depend on it. The command line uses every core; the designer validates on one
    // background thread and leaves the other core to the window.
    void setThreads(int threads) { m_threads = threads; }

    QList<ValidationFinding> validate(const ConnectorDocument &document) const;
    QList<ValidationFinding> validate(const json::JsonFile &definition, const json::JsonFile &properties,
                                      qint64 definitionBytes) const;

private:
    std::vector<const ValidationRule *> enabledRules(bool hasDefinition) const;
    // Each rule's findings, in the rules' order, run on `threads` threads with contexts made from first.
    static std::vector<QList<ValidationFinding>> runRules(const std::vector<const ValidationRule *> &rules,
                                                          const ValidationContext &first, int threads);

    QSet<QString> m_disabled;
    int m_threads = 1;
};
