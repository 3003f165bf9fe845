#pragma once

#include "AuthSettings.h"
#include "ConnectionParameterInfo.h"
#include "document/ConnectorDocument.h"

#include <QList>

// Reads the connector's authentication: the Swagger security definitions and the connection
// parameters (or connectionParameterSets) of apiProperties.json, as typed settings.
class SecurityView
{
public:
    explicit SecurityView(const ConnectorDocument *document);

    // Multiple when apiProperties has connectionParameterSets.
    AuthKind kind() const;
    // The single authentication (kind() != Multiple).
    AuthSettings settings() const;
    QList<AuthSet> sets() const;
    QString setsDisplayName() const;
    QString setsDescription() const;
    // The parameters of the connection dialog: the single list, or the given set's.
    QList<ConnectionParameterInfo> connectionParameters(int set = -1) const;

    // Where the parameters of the single authentication or of set live.
    static json::JsonPointer parametersPointer(int set = -1);
    static json::JsonPointer setsPointer();
    // The Swagger definition that belongs to the single authentication or to set.
    QString definitionKey(int set = -1) const;
    // The names of the parameters that carry the authentication itself (not extra fields
    // such as a host): they are replaced when the kind changes.
    QStringList authParameterNames(int set = -1) const;
    // The oauthSetting parameter's name ("token" usually), empty if none.
    QString oauthParameterName(int set = -1) const;

    static bool isAffectedBy(ConnectorDocument::Part part, const json::JsonPointer &pointer);

private:
    const json::JsonValue *parameters(int set) const;
    const json::JsonValue *definition(int set) const;
    AuthSettings read(int set) const;

    const ConnectorDocument *m_document;
};
