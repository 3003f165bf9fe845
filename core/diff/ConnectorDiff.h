#pragma once

#include "DiffChange.h"
#include "validation/ValidationContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>

class ConnectorDocument;

// Compares two versions of a connector's definition (old, new) the way the flows built on the
// old one see it: operations added, removed or renamed; parameters added, removed, made
// required or retyped; response properties removed or retyped; visibility changes. Each change
// is marked breaking or not, with the reason.
class ConnectorDiff
{
public:
    static QList<DiffChange> compare(const json::JsonFile &oldDefinition,
                                     const json::JsonFile &newDefinition);
    static QList<DiffChange> compare(const ConnectorDocument &oldVersion,
                                     const ConnectorDocument &newVersion);
    static int breakingCount(const QList<DiffChange> &changes);

private:
    using Operation = ValidationContext::Operation;
    struct Parameter
    {
        QString type;
        QString visibility;
        bool required = false;
        bool hasDefault = false;
        const json::JsonValue *node = nullptr;
    };
    using Parameters = QMap<QString, Parameter>; // "query top", "body", "body/name" -> parameter

    ConnectorDiff(const ValidationContext &oldContext, const ValidationContext &newContext);
    void compareOperations();
    const Operation *match(const Operation &oldOp, const QSet<QString> &oldIds) const;
    void compareOperation(const Operation &oldOp, const Operation &newOp);
    void compareParameters(const Operation &oldOp, const Operation &newOp);
    void compareParameter(const Operation &newOp, const QString &key, const Parameter &was,
                          const Parameter &is);
    void compareVisibility(const Operation &newOp, const QString &target, const QString &was,
                           const QString &is, const json::JsonValue *oldNode, const json::JsonValue *newNode);
    void compareResponses(const Operation &oldOp, const Operation &newOp);
    Parameters parametersOf(const ValidationContext &ctx, const Operation &op) const;
    DiffChange change(DiffChange::Kind kind, bool breaking, const Operation &op,
                      const QString &target = {}) const;

    const ValidationContext &m_old;
    const ValidationContext &m_new;
    QList<DiffChange> m_changes;

    // Texts of the free functions in the .cpp are looked up in this class's context.
    Q_DECLARE_TR_FUNCTIONS(ConnectorDiff)
};
