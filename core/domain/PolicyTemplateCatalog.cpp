#include "PolicyTemplateCatalog.h"

#include <QCoreApplication>

using Kind = PolicyParameterSpec::Kind;

const QString PolicyTemplateCatalog::ParameterPrefix = QStringLiteral("x-ms-apimTemplateParameter.");
const QString PolicyTemplateCatalog::OperationsKey = QStringLiteral("x-ms-apimTemplate-operationName");
const QString PolicyTemplateCatalog::SectionKey = QStringLiteral("x-ms-apimTemplate-policySection");

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PolicyTemplateCatalog", text);
}

PolicyParameterSpec param(const char *name, const QString &label, const QString &hint, bool required = true,
                          Kind kind = Kind::Text, const QStringList &choices = {},
                          const QString &defaultValue = {})
{
    return {PolicyTemplateCatalog::ParameterPrefix + QLatin1String(name),
            label,
            hint,
            kind,
            choices,
            required,
            defaultValue};
}

PolicyParameterSpec existsAction()
{
    return param("existsAction", tr("If it exists"), tr("What to do when the request already has it"), false,
                 Kind::Choice,
                 {QStringLiteral("override"), QStringLiteral("skip"), QStringLiteral("append"),
                  QStringLiteral("delete")},
                 QStringLiteral("override"));
}

// The parent/sub path pair that the body-transforming templates share.
QList<PolicyParameterSpec> propertyPaths(const QString &subHint)
{
    return {param("propertyParentPath", tr("Parent path"),
                  tr("Expression of the object that holds the property, e.g. @body()")),
            param("propertySubPath", tr("Property"), subHint, false)};
}

QList<PolicyTemplateSpec> buildCatalog()
{
    const QString newPathHint = tr("Where the result goes, e.g. @body().items");
    QList<PolicyTemplateSpec> list;
    list.append(
        {QStringLiteral("dynamichosturl"),
         tr("Set host URL"),
         tr("Sends the request to a host built from an expression, e.g. from a connection parameter."),
         {param("urlTemplate", tr("URL template"),
                tr("e.g. https://@connectionParameters('instance').example.com"))},
         false,
         {}});
    list.append({QStringLiteral("setheader"),
                 tr("Set HTTP header"),
                 tr("Sets a header on the request or the response."),
                 {param("name", tr("Header name"), tr("e.g. X-Api-Version")),
                  param("value", tr("Value"), tr("A value or an expression, e.g. @headers('x-ms-token')")),
                  existsAction()},
                 true,
                 {}});
    list.append({QStringLiteral("setqueryparameter"),
                 tr("Set query string parameter"),
                 tr("Sets a query string parameter on the request."),
                 {param("name", tr("Parameter name"), tr("e.g. api-version")),
                  param("value", tr("Value"), tr("A value or an expression")), existsAction()},
                 false,
                 {}});
    list.append({QStringLiteral("routerequesttoendpoint"),
                 tr("Route request"),
                 tr("Sends the request to another path (and method) of the API."),
                 {param("newPath", tr("New path"), tr("e.g. /v2/items/{id}")),
                  param("httpMethod", tr("HTTP method"), tr("e.g. GET, or @Request.OriginalHTTPMethod"),
                        false, Kind::Text, {}, QStringLiteral("@Request.OriginalHTTPMethod"))},
                 false,
                 {}});
    list.append({QStringLiteral("setproperty"),
                 tr("Set property"),
                 tr("Adds or sets a property in the request or response body."),
                 {param("newPropertyParentPathTemplate", tr("Parent path"), tr("e.g. @body()")),
                  param("newPropertySubPathTemplate", tr("Property"), tr("e.g. version")),
                  param("propertyValuePathTemplate", tr("Value"), tr("A value or an expression"))},
                 true,
                 {}});
    list.append({QStringLiteral("updatenextlink"),
                 tr("Update next link"),
                 tr("Rewrites the paging link of a response so that paging works through the connector."),
                 {param("nextLinkPropertyName", tr("Next link property"), tr("e.g. nextLink"))},
                 false,
                 {}});
    list.append(
        {QStringLiteral("convertobjecttoarray"),
         tr("Convert object to array"),
         tr("Turns an object's members into an array of key/value items."),
         propertyPaths(tr("e.g. fields"))
             + QList<PolicyParameterSpec> {param("newPropertyPath", tr("New property path"), newPathHint),
                                           param("keyName", tr("Key name"),
                                                 tr("Name of the item property that holds the key"), false),
                                           param("valueName", tr("Value name"),
                                                 tr("Name of the item property that holds the value"),
                                                 false)},
         true,
         {}});
    list.append(
        {QStringLiteral("convertarraytoobject"),
         tr("Convert array to object"),
         tr("Turns an array of items into an object keyed by one of their properties."),
         propertyPaths(tr("e.g. references"))
             + QList<PolicyParameterSpec> {param("keyWithinCollectionPath", tr("Key within items"),
                                                 tr("e.g. id")),
                                           param("newPropertyPath", tr("New property path"), newPathHint),
                                           param("retainKey", tr("Keep the key"),
                                                 tr("Keep the key property in each value"), false,
                                                 Kind::Choice,
                                                 {QStringLiteral("false"), QStringLiteral("true")})},
         true,
         {}});
    list.append({QStringLiteral("setvaluefromurl"),
                 tr("Set value from URL"),
                 tr("Calls another URL of the API and puts a value from its response into the request."),
                 {param("parameterTemplate", tr("Target"), tr("e.g. @queryParameters('access_token')")),
                  param("parameterValueUrl", tr("URL"), tr("e.g. /{pageId}?fields=access_token")),
                  param("parameterValuePathTemplate", tr("Value path"), tr("e.g. @body().access_token")),
                  param("httpMethod", tr("HTTP method"), tr("e.g. GET"), false, Kind::Text, {},
                        QStringLiteral("GET"))},
                 true,
                 {}});
    list.append(
        {QStringLiteral("stringreplace"),
         tr("String replace"),
         tr("Replaces text in a property of the body."),
         propertyPaths(tr("e.g. resourceLink"))
             + QList<PolicyParameterSpec> {param("sourceString", tr("Find"), tr("Text to find")),
                                           param("replacementString", tr("Replace with"),
                                                 tr("Its replacement")),
                                           param("newPropertyPath", tr("New property path"), newPathHint)},
         true,
         {}});
    list.append(
        {QStringLiteral("stringtoarray"),
         tr("String to array"),
         tr("Splits a delimited string into an array of objects."),
         propertyPaths(tr("e.g. assignments"))
             + QList<PolicyParameterSpec> {param("delimiterList", tr("Delimiters"), tr("e.g. ;")),
                                           param("childPropertyName", tr("Item property"),
                                                 tr("Property of each item, e.g. userId")),
                                           param("newPropertyPath", tr("New property path"), newPathHint)},
         true,
         {}});
    list.append(
        {QStringLiteral("encodepropertyvalue"),
         tr("Encode property value"),
         tr("URL-encodes the value of a body property."),
         propertyPaths(tr("e.g. userId"))
             + QList<PolicyParameterSpec> {param("newPropertyPath", tr("New property path"), newPathHint)},
         true,
         {}});
    list.append(
        {QStringLiteral("pollingtrigger"),
         tr("Polling trigger"),
         tr("Makes an operation a polling trigger: the state to send next time and where the new items are."),
         {param("triggerConfig", tr("Trigger configuration"),
                tr("JSON object of query values for the next poll, e.g. {\"since\": "
                   "\"@{triggerBody().date}\"}"),
                true, Kind::Json),
          param("triggerDataPath", tr("Trigger data path"), tr("e.g. @triggerBody().value"))},
         false,
         QStringLiteral("PollingTrigger")});
    return list;
}

} // namespace

const QList<PolicyTemplateSpec> &PolicyTemplateCatalog::all()
{
    static const QList<PolicyTemplateSpec> catalog = buildCatalog();
    return catalog;
}

const PolicyTemplateSpec *PolicyTemplateCatalog::find(const QString &id)
{
    for (const PolicyTemplateSpec &spec : all()) {
        if (spec.id.compare(id, Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

QStringList PolicyTemplateCatalog::requiredKeys(const QString &id)
{
    QStringList keys;
    if (const PolicyTemplateSpec *spec = find(id)) {
        for (const PolicyParameterSpec &parameter : spec->parameters) {
            if (parameter.required)
                keys.append(parameter.key);
        }
    }
    return keys;
}
