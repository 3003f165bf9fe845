#include "KeyOrder.h"

#include "json/JsonValue.h"

const QStringList &KeyOrder::operation()
{
    static const QStringList keys {QStringLiteral("tags"),
                                   QStringLiteral("summary"),
                                   QStringLiteral("description"),
                                   QStringLiteral("operationId"),
                                   QStringLiteral("x-ms-visibility"),
                                   QStringLiteral("deprecated"),
                                   QStringLiteral("x-ms-trigger"),
                                   QStringLiteral("x-ms-trigger-metadata"),
                                   QStringLiteral("consumes"),
                                   QStringLiteral("produces"),
                                   QStringLiteral("parameters"),
                                   QStringLiteral("responses")};
    return keys;
}

const QStringList &KeyOrder::parameter()
{
    static const QStringList keys {QStringLiteral("name"),
                                   QStringLiteral("in"),
                                   QStringLiteral("required"),
                                   QStringLiteral("type"),
                                   QStringLiteral("format"),
                                   QStringLiteral("items"),
                                   QStringLiteral("collectionFormat"),
                                   QStringLiteral("default"),
                                   QStringLiteral("enum"),
                                   QStringLiteral("x-ms-enum-values"),
                                   QStringLiteral("schema"),
                                   QStringLiteral("x-ms-summary"),
                                   QStringLiteral("description"),
                                   QStringLiteral("x-ms-visibility"),
                                   QStringLiteral("x-ms-url-encoding")};
    return keys;
}

const QStringList &KeyOrder::schema()
{
    static const QStringList keys {
        QStringLiteral("$ref"),       QStringLiteral("type"),         QStringLiteral("format"),
        QStringLiteral("title"),      QStringLiteral("x-ms-summary"), QStringLiteral("description"),
        QStringLiteral("default"),    QStringLiteral("enum"),         QStringLiteral("x-ms-visibility"),
        QStringLiteral("x-nullable"), QStringLiteral("required"),     QStringLiteral("items"),
        QStringLiteral("properties")};
    return keys;
}

int KeyOrder::insertIndex(const json::JsonValue *object, const QString &key, const QStringList &order)
{
    if (!object || !object->isObject())
        return -1;
    const int rank = int(order.indexOf(key));
    if (rank < 0)
        return object->size();
    int at = 0;
    bool anyBefore = false;
    for (int i = 0; i < object->size(); ++i) {
        const int other = int(order.indexOf(object->keyAt(i)));
        if (other >= 0 && other < rank) {
            at = i + 1;
            anyBefore = true;
        }
    }
    if (anyBefore)
        return at;
    // Nothing known comes before it: go before the first known member that comes after.
    for (int i = 0; i < object->size(); ++i) {
        const int other = int(order.indexOf(object->keyAt(i)));
        if (other > rank)
            return i;
    }
    return object->size();
}
