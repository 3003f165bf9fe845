#pragma once

#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One dynamic-input extension of a parameter or schema property, as the editor shows it:
// which operation is called, how its parameters get their values, and the paths into its
// response. The two generations name things differently; this reads and writes both:
//   x-ms-dynamic-values   operationId, parameters {n: {"parameter": p} | literal},
//                         value-collection, value-path, value-title
//   x-ms-dynamic-list     operationId, parameters {n: {"parameterReference": p} | {"value": v}},
//                         itemsPath, itemValuePath, itemTitlePath
//   x-ms-dynamic-schema   operationId, parameters (as values), value-path
//   x-ms-dynamic-properties operationId, parameters (as list), itemValuePath
struct DynamicInput
{
    enum class Kind { Values, List, Schema, Properties };
    struct Mapping
    {
        QString name; // the called operation's parameter
        bool fromParameter; // true: from another parameter of this operation; false: a fixed value
        QString text; // the parameter name/reference, or the value
        bool operator==(const Mapping &o) const
        {
            return name == o.name && fromParameter == o.fromParameter && text == o.text;
        }
    };

    Kind kind = Kind::Values;
    QString operationId;
    QList<Mapping> parameters;
    bool emptyParameters = false; // an empty "parameters": {} was written: kept as it is
    QString collectionPath; // values: value-collection; list: itemsPath
    QString valuePath; // value-path / itemValuePath
    QString titlePath; // value-title / itemTitlePath

    static QString key(Kind kind); // "x-ms-dynamic-values", ...
    static QList<Kind> kinds();
    bool hasCollection() const { return kind == Kind::Values || kind == Kind::List; }
    bool hasTitle() const { return kind == Kind::Values || kind == Kind::List; }

    // The extension of this kind on the node at pointer (a parameter or a schema), if any.
    static std::optional<DynamicInput> read(const ConnectorDocument *document, const json::JsonPointer &node,
                                            Kind kind);
    std::unique_ptr<json::JsonValue> toJson() const;
};
