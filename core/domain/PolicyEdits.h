#pragma once

#include "EditResult.h"
#include "document/ConnectorDocument.h"

#include <QString>
#include <QStringList>

class EditTransaction;

// The policy builder's edits of apiProperties.json properties.policyTemplateInstances. Each is
// one undo step (typing in a field merges into one step per field); a failed edit changes nothing.
class PolicyEdits
{
public:
    // Appends a policy of a catalogued template with its default parameter values; creates the
    // list (and "properties") when missing. An empty title gets the template's title.
    static EditResult addPolicy(ConnectorDocument *document, const QString &templateId,
                                const QString &title = {}, const QStringList &operations = {});
    static EditResult duplicatePolicy(ConnectorDocument *document, int index);
    static EditResult removePolicy(ConnectorDocument *document, int index);
    static EditResult setTitle(ConnectorDocument *document, int index, const QString &title);
    // Sets a parameter from form text: a Json parameter must parse to JSON; empty text removes it.
    static EditResult setParameter(ConnectorDocument *document, int index, const QString &key,
                                   const QString &text);
    // The operations it applies to; an empty list removes the key (= every operation).
    static EditResult setOperations(ConnectorDocument *document, int index, const QStringList &operations);
    // Replaces the whole entry with JSON text (the raw editor); it must be an object with a templateId.
    static EditResult replacePolicy(ConnectorDocument *document, int index, const QString &jsonText);

private:
    static QStringList parameterOrder(const QString &templateId);
    static bool ensureParameters(EditTransaction &edit, int index);
    static EditResult checkIndex(const ConnectorDocument *document, int index);
};
