#include "FindingFields.h"

namespace FindingFields {

std::optional<GeneralView::Field> generalField(const ValidationFinding &finding)
{
    using Field = GeneralView::Field;
    // Reported on the root because there is no "host" to point at; the Host field is where to add it.
    if (finding.ruleId == QLatin1String("host-required"))
        return Field::Host;
    for (Field field : {Field::Title, Field::Description, Field::IconBrandColor, Field::Scheme, Field::Host,
                        Field::BasePath}) {
        if (GeneralView::partOf(field) == finding.part && finding.pointer.startsWith(GeneralView::pointerOf(field)))
            return field;
    }
    return std::nullopt;
}

} // namespace FindingFields
