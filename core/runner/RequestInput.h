#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// What the user supplies for one call: parameter values by name (an array parameter takes
// several), the body, the connection's credentials and an optional base-URL override.
struct RequestInput
{
    QHash<QString, QStringList> values; // body parameters: the JSON text
    QByteArray body; // raw body, replaces a body parameter's value
    bool hasBody = false;
    Credentials credentials;
    QString baseUrl; // replaces scheme://host/basePath when set

    void setValue(const QString &name, const QString &value) { values.insert(name, {value}); }
};
