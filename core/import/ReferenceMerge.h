#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace json {
class JsonValue;
}

// The shared items of a re-import (definitions, parameters, responses) against the connector's:
// an imported item whose name the connector already uses for a different shape is renamed
// (Name2, Name3...) and every "$ref" to it rewritten, so nothing of the user's is overwritten.
// Items are addressed as "section/name" ("definitions/Pet").
class ReferenceMerge
{
public:
    static const QStringList &sections(); // definitions, parameters, responses

    // Renames colliding items in imported (keys and references); returns old address -> new name.
    static QHash<QString, QString> resolveCollisions(const json::JsonValue *connector,
                                                     json::JsonValue *imported);
    // "section/name" of every local "$ref" below node.
    static void collect(const json::JsonValue *node, QSet<QString> *references);
    // The imported items that references need (directly or through other imported items) and
    // that the connector lacks, in the import's order.
    static QStringList missing(const json::JsonValue *connector, const json::JsonValue *imported,
                               QSet<QString> references);
    static void rewrite(json::JsonValue *node, const QHash<QString, QString> &renames);
};
