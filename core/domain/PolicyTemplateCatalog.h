#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One parameter of a policy template, as the Power Platform's policy editor offers it.
struct PolicyParameterSpec
{
    enum class Kind { Text, Choice, Json };

    QString key; // full key in "parameters", e.g. "x-ms-apimTemplateParameter.name"
    QString label; // shown in the form
    QString hint; // placeholder / tooltip: what goes here, with an example
    Kind kind = Kind::Text;
    QStringList choices; // for Choice
    bool required = false;
    QString defaultValue; // written when the policy is created; empty: nothing written
};

// A policy template: the id (compared case-insensitively), its parameters, whether it has a
// request/response section and whether it applies to chosen operations.
struct PolicyTemplateSpec
{
    QString id; // the lower-case id written for new policies
    QString title;
    QString description;
    QList<PolicyParameterSpec> parameters;
    bool hasSection = false; // x-ms-apimTemplate-policySection: Request or Response
    QString instanceType; // a top-level "type" some templates carry (pollingtrigger)
};

// The 13 policy templates of the Power Platform (the shapes used by the certified and
// independent-publisher connectors). The validator and the Definition tab's policy builder
// both read it, so what the builder writes is what the validator accepts.
class PolicyTemplateCatalog
{
public:
    static const QString ParameterPrefix; // "x-ms-apimTemplateParameter."
    static const QString OperationsKey; // "x-ms-apimTemplate-operationName"
    static const QString SectionKey; // "x-ms-apimTemplate-policySection"

    static const QList<PolicyTemplateSpec> &all();
    // The template with this id in any case, or nullptr for an unknown one.
    static const PolicyTemplateSpec *find(const QString &id);
    // Full keys of the parameters the template requires (empty for an unknown template).
    static QStringList requiredKeys(const QString &id);

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(PolicyTemplateCatalog)
};
