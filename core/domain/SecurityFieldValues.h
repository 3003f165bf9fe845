#pragma once

#include "AuthSettings.h"
#include "SecurityEdits.h"

// What the Security tab's form shows for an authentication: which fields apply to it and their
// current values as text (SecurityEdits changes them).
class SecurityFieldValues
{
public:
    // Whether the field is edited for that authentication (the form shows only these).
    static bool appliesTo(const AuthSettings &settings, SecurityEdits::Field field);
    // The field's current value as text.
    static QString value(const AuthSettings &settings, SecurityEdits::Field field);
};
