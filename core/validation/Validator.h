#pragma once

#include "ValidationFinding.h"
#include "ValidationRule.h"

#include <QList>
#include <QSet>

class ConnectorDocument;
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

    QList<ValidationFinding> validate(const ConnectorDocument &document) const;
    QList<ValidationFinding> validate(const json::JsonFile &definition, const json::JsonFile &properties,
                                      qint64 definitionBytes) const;

private:
    QSet<QString> m_disabled;
};
