#pragma once

#include "validation/ValidationRule.h"

#include <QList>

// Each file under rules/ registers the rules of one area.
using RuleSet = void (*)(QList<ValidationRule> &rules);

void addFileRules(QList<ValidationRule> &rules);
void addStructureRules(QList<ValidationRule> &rules);
void addReferenceRules(QList<ValidationRule> &rules);
void addInfoRules(QList<ValidationRule> &rules);
void addOperationRules(QList<ValidationRule> &rules);
void addParameterRules(QList<ValidationRule> &rules);
void addExtensionRules(QList<ValidationRule> &rules);
void addDynamicRules(QList<ValidationRule> &rules);
void addEnumRules(QList<ValidationRule> &rules);
void addPropertiesRules(QList<ValidationRule> &rules);
void addBudgetRules(QList<ValidationRule> &rules);

inline QList<RuleSet> ruleSets()
{
    return {addFileRules,      addStructureRules,  addReferenceRules, addInfoRules,
            addOperationRules, addParameterRules,  addExtensionRules, addDynamicRules,
            addEnumRules,      addPropertiesRules, addBudgetRules};
}
