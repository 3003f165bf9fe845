#include "ParameterSpec.h"

ParameterSpec ParameterSpec::of(const ParameterView &view)
{
    ParameterSpec spec;
    spec.name = view.name();
    spec.location = view.location();
    spec.type = view.type();
    spec.format = view.format();
    spec.required = view.isRequired();
    spec.defaultText = view.defaultText();
    spec.description = view.description();
    spec.summary = view.summary();
    spec.visibility = view.visibility();
    spec.urlEncoding = view.urlEncoding();
    spec.enumValues = view.enumValues();
    const QList<EnumDisplayValue> display = view.enumDisplayValues();
    for (const QString &value : spec.enumValues) {
        QString name;
        for (const EnumDisplayValue &d : display) {
            if (d.value == value)
                name = d.displayName;
        }
        spec.enumDisplayNames.append(name);
    }
    bool anyName = false;
    for (const QString &name : spec.enumDisplayNames)
        anyName = anyName || !name.isEmpty();
    if (!anyName)
        spec.enumDisplayNames.clear();
    return spec;
}
