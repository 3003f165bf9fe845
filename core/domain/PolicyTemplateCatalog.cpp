#include "PolicyTemplateCatalog.h"

#include <QCoreApplication>

using Kind = PolicyParameterSpec::Kind;

const QString PolicyTemplateCatalog::ParameterPrefix = QStringLiteral("x-ms-apimTemplateParameter.");
const QString PolicyTemplateCatalog::OperationsKey = QStringLiteral("x-ms-apimTemplate-operationName");
const QString PolicyTemplateCatalog::SectionKey = QStringLiteral("x-ms-apimTemplate-policySection");

namespace {

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
    return param("existsAction", PolicyTemplateCatalog::tr("If it exists"),
                 PolicyTemplateCatalog::tr("What to do when the request already has it"), false, Kind::Choice,
                 {QStringLiteral("override"), QStringLiteral("skip"), QStringLiteral("append"),
                  QStringLiteral("delete")},
                 QStringLiteral("override"));
}

// The parent/sub path pair that the body-transforming templates share.
QList<PolicyParameterSpec> propertyPaths(const QString &subHint)
{
    return {
        param("propertyParentPath", PolicyTemplateCatalog::tr("Parent path"),
              PolicyTemplateCatalog::tr("Expression of the object that holds the property, e.g. @body()")),
        param("propertySubPath", PolicyTemplateCatalog::tr("Property"), subHint, false)};
}

QList<PolicyTemplateSpec> buildCatalog()
{
    const QString newPathHint = PolicyTemplateCatalog::tr("Where the result goes, e.g. @body().items");
    QList<PolicyTemplateSpec> list;
    list.append(
        {QStringLiteral("dynamichosturl"),
         PolicyTemplateCatalog::tr("Set host URL"),
         PolicyTemplateCatalog::tr(
             "Sends the request to a host built from an expression, e.g. from a connection parameter."),
         {param("urlTemplate", PolicyTemplateCatalog::tr("URL template"),
                PolicyTemplateCatalog::tr("e.g. https://@connectionParameters('instance').example.com"))},
         false,
         {}});
    list.append({QStringLiteral("setheader"),
                 PolicyTemplateCatalog::tr("Set HTTP header"),
                 PolicyTemplateCatalog::tr("Sets a header on the request or the response."),
                 {param("name", PolicyTemplateCatalog::tr("Header name"),
                        PolicyTemplateCatalog::tr("e.g. X-Api-Version")),
                  param("value", PolicyTemplateCatalog::tr("Value"),
                        PolicyTemplateCatalog::tr("A value or an expression, e.g. @headers('x-ms-token')")),
                  existsAction()},
                 true,
                 {}});
    list.append({QStringLiteral("setqueryparameter"),
                 PolicyTemplateCatalog::tr("Set query string parameter"),
                 PolicyTemplateCatalog::tr("Sets a query string parameter on the request."),
                 {param("name", PolicyTemplateCatalog::tr("Parameter name"),
                        PolicyTemplateCatalog::tr("e.g. api-version")),
                  param("value", PolicyTemplateCatalog::tr("Value"),
                        PolicyTemplateCatalog::tr("A value or an expression")),
                  existsAction()},
                 false,
                 {}});
    list.append({QStringLiteral("routerequesttoendpoint"),
                 PolicyTemplateCatalog::tr("Route request"),
                 PolicyTemplateCatalog::tr("Sends the request to another path (and method) of the API."),
                 {param("newPath", PolicyTemplateCatalog::tr("New path"),
                        PolicyTemplateCatalog::tr("e.g. /v2/items/{id}")),
                  param("httpMethod", PolicyTemplateCatalog::tr("HTTP method"),
                        PolicyTemplateCatalog::tr("e.g. GET, or @Request.OriginalHTTPMethod"), false,
                        Kind::Text, {}, QStringLiteral("@Request.OriginalHTTPMethod"))},
                 false,
                 {}});
    list.append({QStringLiteral("setproperty"),
                 PolicyTemplateCatalog::tr("Set property"),
                 PolicyTemplateCatalog::tr("Adds or sets a property in the request or response body."),
                 {param("newPropertyParentPathTemplate", PolicyTemplateCatalog::tr("Parent path"),
                        PolicyTemplateCatalog::tr("e.g. @body()")),
                  param("newPropertySubPathTemplate", PolicyTemplateCatalog::tr("Property"),
                        PolicyTemplateCatalog::tr("e.g. version")),
                  param("propertyValuePathTemplate", PolicyTemplateCatalog::tr("Value"),
                        PolicyTemplateCatalog::tr("A value or an expression"))},
                 true,
                 {}});
    list.append({QStringLiteral("updatenextlink"),
                 PolicyTemplateCatalog::tr("Update next link"),
                 PolicyTemplateCatalog::tr(
                     "Rewrites the paging link of a response so that paging works through the connector."),
                 {param("nextLinkPropertyName", PolicyTemplateCatalog::tr("Next link property"),
                        PolicyTemplateCatalog::tr("e.g. nextLink"))},
                 false,
                 {}});
    list.append(
        {QStringLiteral("convertobjecttoarray"),
         PolicyTemplateCatalog::tr("Convert object to array"),
         PolicyTemplateCatalog::tr("Turns an object's members into an array of key/value items."),
         propertyPaths(PolicyTemplateCatalog::tr("e.g. fields"))
             + QList<PolicyParameterSpec> {param("newPropertyPath",
                                                 PolicyTemplateCatalog::tr("New property path"), newPathHint),
                                           param("keyName", PolicyTemplateCatalog::tr("Key name"),
                                                 PolicyTemplateCatalog::tr(
                                                     "Name of the item property that holds the key"),
                                                 false),
                                           param("valueName", PolicyTemplateCatalog::tr("Value name"),
                                                 PolicyTemplateCatalog::tr(
                                                     "Name of the item property that holds the value"),
                                                 false)},
         true,
         {}});
    list.append(
        {QStringLiteral("convertarraytoobject"),
         PolicyTemplateCatalog::tr("Convert array to object"),
         PolicyTemplateCatalog::tr(
             "Turns an array of items into an object keyed by one of their properties."),
         propertyPaths(PolicyTemplateCatalog::tr("e.g. references"))
             + QList<PolicyParameterSpec> {param("keyWithinCollectionPath",
                                                 PolicyTemplateCatalog::tr("Key within items"),
                                                 PolicyTemplateCatalog::tr("e.g. id")),
                                           param("newPropertyPath",
                                                 PolicyTemplateCatalog::tr("New property path"), newPathHint),
                                           param("retainKey", PolicyTemplateCatalog::tr("Keep the key"),
                                                 PolicyTemplateCatalog::tr(
                                                     "Keep the key property in each value"),
                                                 false, Kind::Choice,
                                                 {QStringLiteral("false"), QStringLiteral("true")})},
         true,
         {}});
    list.append({QStringLiteral("setvaluefromurl"),
                 PolicyTemplateCatalog::tr("Set value from URL"),
                 PolicyTemplateCatalog::tr(
                     "Calls another URL of the API and puts a value from its response into the request."),
                 {param("parameterTemplate", PolicyTemplateCatalog::tr("Target"),
                        PolicyTemplateCatalog::tr("e.g. @queryParameters('access_token')")),
                  param("parameterValueUrl", PolicyTemplateCatalog::tr("URL"),
                        PolicyTemplateCatalog::tr("e.g. /{pageId}?fields=access_token")),
                  param("parameterValuePathTemplate", PolicyTemplateCatalog::tr("Value path"),
                        PolicyTemplateCatalog::tr("e.g. @body().access_token")),
                  param("httpMethod", PolicyTemplateCatalog::tr("HTTP method"),
                        PolicyTemplateCatalog::tr("e.g. GET"), false, Kind::Text, {}, QStringLiteral("GET"))},
                 true,
                 {}});
    list.append({QStringLiteral("stringreplace"),
                 PolicyTemplateCatalog::tr("String replace"),
                 PolicyTemplateCatalog::tr("Replaces text in a property of the body."),
                 propertyPaths(PolicyTemplateCatalog::tr("e.g. resourceLink"))
                     + QList<PolicyParameterSpec> {param("sourceString", PolicyTemplateCatalog::tr("Find"),
                                                         PolicyTemplateCatalog::tr("Text to find")),
                                                   param("replacementString",
                                                         PolicyTemplateCatalog::tr("Replace with"),
                                                         PolicyTemplateCatalog::tr("Its replacement")),
                                                   param("newPropertyPath",
                                                         PolicyTemplateCatalog::tr("New property path"),
                                                         newPathHint)},
                 true,
                 {}});
    list.append(
        {QStringLiteral("stringtoarray"),
         PolicyTemplateCatalog::tr("String to array"),
         PolicyTemplateCatalog::tr("Splits a delimited string into an array of objects."),
         propertyPaths(PolicyTemplateCatalog::tr("e.g. assignments"))
             + QList<PolicyParameterSpec> {param("delimiterList", PolicyTemplateCatalog::tr("Delimiters"),
                                                 PolicyTemplateCatalog::tr("e.g. ;")),
                                           param("childPropertyName",
                                                 PolicyTemplateCatalog::tr("Item property"),
                                                 PolicyTemplateCatalog::tr(
                                                     "Property of each item, e.g. userId")),
                                           param("newPropertyPath",
                                                 PolicyTemplateCatalog::tr("New property path"),
                                                 newPathHint)},
         true,
         {}});
    list.append({QStringLiteral("encodepropertyvalue"),
                 PolicyTemplateCatalog::tr("Encode property value"),
                 PolicyTemplateCatalog::tr("URL-encodes the value of a body property."),
                 propertyPaths(PolicyTemplateCatalog::tr("e.g. userId"))
                     + QList<PolicyParameterSpec> {param(
                         "newPropertyPath", PolicyTemplateCatalog::tr("New property path"), newPathHint)},
                 true,
                 {}});
    list.append(
        {QStringLiteral("pollingtrigger"),
         PolicyTemplateCatalog::tr("Polling trigger"),
         PolicyTemplateCatalog::tr("Makes an operation a polling trigger: the state to send next time and "
                                   "where the new items are."),
         {param("triggerConfig", PolicyTemplateCatalog::tr("Trigger configuration"),
                PolicyTemplateCatalog::tr("JSON object of query values for the next poll, e.g. {\"since\": "
                                          "\"@{triggerBody().date}\"}"),
                true, Kind::Json),
          param("triggerDataPath", PolicyTemplateCatalog::tr("Trigger data path"),
                PolicyTemplateCatalog::tr("e.g. @triggerBody().value"))},
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
