#pragma once

#include <QSet>
#include <QString>

// The validation rules switched off for a connector, kept in the designer's settings (keyed by
// the connector's folder), never in the connector's files. An untitled connector has none
// stored; its choices live in memory until it gets a folder (see LiveValidation).
namespace RuleSettings {

QSet<QString> disabledRules(const QString &folder);
void setDisabledRules(const QString &folder, const QSet<QString> &ruleIds);

} // namespace RuleSettings
