#pragma once

#include "OperationKey.h"
#include "ParameterView.h"
#include "ResponseView.h"
#include "document/ConnectorDocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Read-only typed access to one operation (action or trigger). Cheap to copy; it reads the
// document on demand, so it always shows the current state. Widgets use this instead of JSON.
class OperationView
{
public:
    enum class TriggerKind { None, Single, Batch };  // x-ms-trigger
    enum class TriggerStyle { None, Webhook, Polling };

    OperationView() = default;
    OperationView(const ConnectorDocument *document, OperationKey key);

    bool isValid() const;
    const OperationKey &key() const { return m_key; }
    QString path() const { return m_key.path; }
    QString method() const { return m_key.method; }
    json::JsonPointer pointer() const { return m_key.pointer(); }

    QString operationId() const;
    QString summary() const;
    QString description() const;
    QString visibility() const;  // "", "important", "advanced", "internal"
    bool isDeprecated() const;
    QStringList tags() const;
    QStringList consumes() const; // the operation's own, else the connector's
    QStringList produces() const;

    TriggerKind triggerKind() const;
    bool isTrigger() const { return triggerKind() != TriggerKind::None; }
    // Webhook: notification content on the path item, or a parameter/body property marked
    // x-ms-notification-url; any other trigger polls.
    TriggerStyle triggerStyle() const;
    QString notificationOperationId() const; // x-ms-notification.operationId (webhook delete)

    // Effective parameters: the operation's own, in order, then the path item's that the
    // operation does not override (same name and location).
    QList<ParameterView> parameters() const;
    std::optional<ParameterView> parameter(const QString &name, const QString &location) const;
    std::optional<ParameterView> bodyParameter() const;
    json::JsonPointer parametersPointer() const; // the operation's own list (may not exist yet)
    int ownParameterCount() const;

    QList<ResponseView> responses() const;
    std::optional<ResponseView> response(const QString &statusCode) const;

    static TriggerKind triggerKindOf(const json::JsonValue *operation);

private:
    const json::JsonValue *node() const;
    QString text(const QString &key) const;
    bool hasNotificationUrl() const;

    const ConnectorDocument *m_document = nullptr;
    OperationKey m_key;
};
