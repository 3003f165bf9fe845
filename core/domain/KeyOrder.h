#pragma once

#include <QStringList>

namespace json { class JsonValue; }

// Where a new member goes in an object, so added fields land where people (and the Power
// Platform tools) put them rather than at the end: after the last present member that comes
// before it in the usual order, or at the end when the key is not in the order.
class KeyOrder
{
public:
    static const QStringList &operation();  // tags, summary, description, operationId, ...
    static const QStringList &parameter();  // name, in, required, type, format, ...
    static const QStringList &schema();     // type, format, title, x-ms-summary, description, ...

    static int insertIndex(const json::JsonValue *object, const QString &key, const QStringList &order);
};
