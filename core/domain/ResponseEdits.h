#pragma once

#include "domain/EditResult.h"
#include "domain/OperationKey.h"

#include <QString>

class ConnectorDocument;

// The responses editor's edits, each one undo step that changes nothing on error: add and
// remove a response (ordered by code, "default" last), its description, its headers and
// whether it has a schema. A response is addressed by its object's pointer
// (ResponseView::pointer(), the shared response for a $ref). No widgets: this belongs with
// core/domain and can move there as is.
class ResponseEdits
{
public:
    enum class HeaderField { Name, Type, Description };

    static bool isStatusCode(const QString &code); // 200, 4XX, default
    static EditResult addResponse(ConnectorDocument *document, const OperationKey &key, const QString &code,
                                  const QString &description = {});
    static EditResult removeResponse(ConnectorDocument *document, const OperationKey &key,
                                     const QString &code);
    // Typing merges into one undo step.
    static EditResult setDescription(ConnectorDocument *document, const json::JsonPointer &response,
                                     const QString &description);
    static EditResult addSchema(ConnectorDocument *document, const json::JsonPointer &response);
    static EditResult removeSchema(ConnectorDocument *document, const json::JsonPointer &response);
    static EditResult addHeader(ConnectorDocument *document, const json::JsonPointer &response,
                                const QString &name, const QString &type = QStringLiteral("string"));
    static EditResult removeHeader(ConnectorDocument *document, const json::JsonPointer &response,
                                   const QString &name);
    static EditResult setHeaderField(ConnectorDocument *document, const json::JsonPointer &response,
                                     const QString &name, HeaderField field, const QString &value);
    // Where a new code goes among the existing ones.
    static int insertIndex(const QStringList &codes, const QString &code);
};
