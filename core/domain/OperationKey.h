#pragma once

#include "json/JsonPointer.h"

#include <QHashFunctions>
#include <QString>
#include <QStringList>

// Where an operation lives: its path template and HTTP method (lower case), the pair
// Swagger uses as its identity. operationId is a property; this is the address.
struct OperationKey
{
    QString path;   // "/employees/{employeeId}"
    QString method; // "get"

    OperationKey() = default;
    OperationKey(QString p, QString m) : path(std::move(p)), method(std::move(m).toLower()) {}

    bool isValid() const { return !path.isEmpty() && isHttpMethod(method); }
    json::JsonPointer pathItemPointer() const;
    json::JsonPointer pointer() const; // /paths/<path>/<method>

    bool operator==(const OperationKey &other) const { return path == other.path && method == other.method; }
    bool operator!=(const OperationKey &other) const { return !(*this == other); }

    // The methods Swagger 2.0 allows as path item keys, in its order.
    static const QStringList &httpMethods();
    static bool isHttpMethod(const QString &key);
    // "{a}" placeholders of a path template, in order ("/x/{a}/{b}" -> a, b).
    static QStringList placeholders(const QString &path);
    // Why a path template is unusable, or empty when it is fine.
    static QString pathProblem(const QString &path);
};

inline size_t qHash(const OperationKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.path, key.method);
}
