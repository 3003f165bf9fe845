#pragma once

#include "EditResult.h"
#include "OperationKey.h"

#include <QString>

class ConnectorDocument;
class EditTransaction;

// Turns an operation into a trigger, as one undo step each.
class TriggerEdits
{
public:
    struct Webhook
    {
        QString callbackProperty = QStringLiteral("callbackUrl"); // body property that receives the URL
        bool batch = false;
        QString notificationSchema; // JSON schema of what the service posts; empty: none
        QString deleteOperationId; // the operation that removes the registration; empty: a new one
        QString deletePath; // for a new one; empty: "<path>/{hookId}"
    };
    struct Polling
    {
        QString stateParameter; // query parameter that carries the state, e.g. "since"
        QString stateExpression; // its value for the next poll, e.g. "@{triggerBody().date}"
        QString triggerDataPath = QStringLiteral("@triggerBody().value");
        bool batch = true;
    };

    // Webhook: x-ms-trigger on the operation; the callback property in its body schema with
    // x-ms-notification-url, internal and required (a body parameter is created if none);
    // x-ms-notification-content on the path item; the delete operation internal (created as
    // DELETE <path>/{hookId} when none is named).
    static EditResult makeWebhook(ConnectorDocument *document, const OperationKey &key, const Webhook &spec);
    // Polling: x-ms-trigger and x-ms-trigger-metadata {kind: query, mode: polling}; the state
    // query parameter (created as an internal string if missing); a pollingtrigger policy
    // for the operation with triggerConfig {state: expression} and triggerDataPath.
    static EditResult makePolling(ConnectorDocument *document, const OperationKey &key, const Polling &spec);

private:
    static void addCallbackProperty(EditTransaction &edit, const OperationKey &key, const QString &property);
    static void prepareDeleteOperation(EditTransaction &edit, const OperationKey &key, const Webhook &spec,
                                       QStringList *notes);
};
