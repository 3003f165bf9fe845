#pragma once

#include "RequestInput.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class OperationIndex;
class OperationView;
struct OperationTest;

// Makes "test --all" repeatable against a live API: operations run creates first, then reads
// and updates, deletes last; and an operation on a created resource (path "/items/{id}" after
// a POST to "/items") uses the ID the create returned instead of a generated one. So a run
// deletes the item it created, never a fixed one that a previous run already deleted.
class ResourceChain
{
public:
    // Indexes of the entries in run order (stable within a method group).
    static QList<int> order(const OperationIndex &index, const QList<int> &selected);

    // Remembers what a successful POST created.
    void learn(const OperationView &operation, const OperationTest &test);
    // Fills path parameters of operations on a created resource; given values stay.
    void apply(const OperationView &operation, const QHash<QString, QStringList> &given,
               RequestInput *input) const;

private:
    QHash<QString, QJsonObject> m_created; // collection path -> the created object
};
