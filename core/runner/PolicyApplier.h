#pragma once

#include "RequestInput.h"
#include "RunRequest.h"

#include <QJsonObject>

class ConnectorDocument;
class OperationView;

// Applies apiProperties.json's policyTemplateInstances to a built request, as the Power
// Platform does before the call: dynamichosturl (set host URL), setheader,
// setqueryparameter, routerequesttoendpoint, setproperty (request body). A policy for
// other operations is skipped; one that works on the response or is not simulated is named
// in the request's notes, never dropped silently.
class PolicyApplier
{
public:
    explicit PolicyApplier(const ConnectorDocument &document);

    void apply(const OperationView &operation, const RequestInput &input, RunRequest *request) const;

    // Replaces @connectionParameters('x'), @headers('x'), @queryParameters('x'),
    // @pathParameters('x') and @Request.OriginalHTTPMethod; unknown names go to *unresolved.
    static QString evaluate(const QString &expression, const RequestInput &input, const RunRequest &request,
                            QStringList *unresolved);

private:
    bool appliesTo(const QJsonObject &parameters, const QString &operationId) const;
    void applyOne(const QString &templateId, const QString &title, const QJsonObject &parameters,
                  const RequestInput &input, RunRequest *request) const;
    void setHeader(const QJsonObject &parameters, const RequestInput &input, RunRequest *request) const;
    void setQuery(const QJsonObject &parameters, const RequestInput &input, RunRequest *request) const;
    void route(const QJsonObject &parameters, const RequestInput &input, RunRequest *request) const;
    void setProperty(const QJsonObject &parameters, const RequestInput &input, RunRequest *request) const;

    const ConnectorDocument &m_document;
};
