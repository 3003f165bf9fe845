#pragma once

#include "GeneralView.h"
#include "validation/ValidationFinding.h"

#include <optional>

// Which form field shows a validation finding, so the finding can be shown beside the field
// and a jump to it lands there rather than in the raw text.
namespace FindingFields {

// The General tab's field a finding is about (its pointer at or below the field's), if any.
std::optional<GeneralView::Field> generalField(const ValidationFinding &finding);

} // namespace FindingFields
