#include "DiffChange.h"

QString DiffChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OperationAdded:
        return QStringLiteral("operation-added");
    case Kind::OperationRemoved:
        return QStringLiteral("operation-removed");
    case Kind::OperationRenamed:
        return QStringLiteral("operation-renamed");
    case Kind::OperationMoved:
        return QStringLiteral("operation-moved");
    case Kind::ParameterAdded:
        return QStringLiteral("parameter-added");
    case Kind::ParameterRemoved:
        return QStringLiteral("parameter-removed");
    case Kind::ParameterRequired:
        return QStringLiteral("parameter-required");
    case Kind::ParameterTypeChanged:
        return QStringLiteral("parameter-type-changed");
    case Kind::ResponsePropertyAdded:
        return QStringLiteral("response-property-added");
    case Kind::ResponsePropertyRemoved:
        return QStringLiteral("response-property-removed");
    case Kind::ResponseTypeChanged:
        return QStringLiteral("response-type-changed");
    case Kind::VisibilityChanged:
        return QStringLiteral("visibility-changed");
    }
    return {};
}

QString DiffChange::toText() const
{
    QString operation = operationId;
    if (!method.isEmpty())
        operation += QStringLiteral(" (%1 %2)").arg(method, path);
    return (breaking ? QStringLiteral("breaking: ") : QStringLiteral("change: ")) + operation
        + QStringLiteral(": ") + message + QStringLiteral(" (") + reason + QStringLiteral(") [")
        + kindName(kind) + QLatin1Char(']');
}
