#include "RuleCases.h"

namespace vt {

namespace {

using S = ValidationFinding::Severity;
using Part = ConnectorDocument::Part;

// The operations of the baseline.
const QString LIST = QStringLiteral("/paths/~1items/get");
const QString CREATE = QStringLiteral("/paths/~1items/post");
const QString GET = QStringLiteral("/paths/~1items~1{id}/get");
const QString DEL = QStringLiteral("/paths/~1items~1{id}/delete");
const QString FIELDS = QStringLiteral("/paths/~1fields/get");
const QString HOOK = QStringLiteral("/paths/~1hooks/post");
const QString POLICY = QStringLiteral("/properties/policyTemplateInstances/0");

RuleCase hit(const QString &name, const QString &rule, S severity, const QString &pointer, const Edits &edits)
{
    return {name, rule, true, severity, Part::Definition, pointer, edits};
}

RuleCase hitProperties(const QString &name, const QString &rule, S severity, const QString &pointer,
                       const Edits &edits)
{
    return {name, rule, true, severity, Part::Properties, pointer, edits};
}

RuleCase clean(const QString &name, const QString &rule, const Edits &edits = {})
{
    return {name, rule, false, S::Error, Part::Definition, {}, edits};
}

// A webhook trigger at /hooks; each flag drops one thing it needs.
Edit webhook(bool content = true, bool url = true, bool internal = true)
{
    const QString property = url
        ? QStringLiteral(R"("url": {"type": "string", "x-ms-notification-url": true%1})")
              .arg(internal ? QStringLiteral(R"(, "x-ms-visibility": "internal")") : QString())
        : QStringLiteral(R"("name": {"type": "string"})");
    const QString contentJson = content
        ? QStringLiteral(
            R"("x-ms-notification-content": {"description": "An item", "schema": {"$ref": "#/definitions/Item"}},)")
        : QString();
    return set(
        QStringLiteral("/paths/~1hooks"),
        QStringLiteral(R"({%1 "post": {"operationId": "OnNewItem", "summary": "When an item is created",
                   "description": "Triggers when an item is created.", "x-ms-trigger": "single",
                   "parameters": [{"name": "body", "in": "body", "required": true, "schema": {"type": "object",
                       "required": ["%2"], "properties": {%3}}}],
                   "responses": {"201": {"description": "Created"}}}})")
            .arg(contentJson, url ? QStringLiteral("url") : QStringLiteral("name"), property));
}

QString manyPaths(int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i)
        paths.append(QStringLiteral(R"("/p%1": {"get": {"operationId": "Op%1", "summary": "Get %1",
            "description": "Gets %1.", "responses": {"200": {"description": "OK"}}}})")
                         .arg(i));
    return QLatin1Char('{') + paths.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString wideSchema(int properties)
{
    QStringList list;
    for (int i = 0; i < properties; ++i)
        list.append(QStringLiteral(R"("p%1": {"type": "string"})").arg(i));
    return QStringLiteral(R"({"type": "object", "properties": {%1}})").arg(list.join(QLatin1Char(',')));
}

QString deepSchema(int levels)
{
    QString schema = QStringLiteral(R"({"type": "string"})");
    for (int i = 0; i < levels; ++i)
        schema = QStringLiteral(R"({"type": "object", "properties": {"a": %1}})").arg(schema);
    return schema;
}

QList<RuleCase> fileAndStructureCases()
{
    return {
        hit("broken JSON", "json-syntax", S::Error, "",
            {rawDefinition(R"({"swagger": "2.0",, "paths": {}})")}),
        clean("parsable JSON", "json-syntax"),
        hit("trailing comma", "json-strict", S::Warning, "",
            {rawDefinition(R"({"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {},})")}),
        clean("strict JSON", "json-strict"),
        hit("swagger 3.0", "swagger-version", S::Error, "/swagger", {set("/swagger", R"("3.0")")}),
        hit("no swagger", "swagger-version", S::Error, "", {remove("/swagger")}),
        clean("swagger 2.0", "swagger-version"),
        hit("no info.version", "required-field", S::Error, "/info", {remove("/info/version")}),
        hit("response without description", "required-field", S::Error, FIELDS + "/responses/200",
            {remove(FIELDS + "/responses/200/description")}),
        hit("parameter without in", "required-field", S::Error, "/parameters/ItemId",
            {remove("/parameters/ItemId/in")}),
        clean("all required fields", "required-field"),
        hit("required as a string", "keyword-type", S::Error, "/parameters/ItemId/required",
            {set("/parameters/ItemId/required", R"("true")")}),
        hit("x-ms-summary as a number", "keyword-type", S::Error,
            "/definitions/Item/properties/name/x-ms-summary",
            {set("/definitions/Item/properties/name/x-ms-summary", "5")}),
        clean("keywords well typed", "keyword-type"),
        hit("type String", "type-value", S::Error, "/definitions/Item/properties/id/type",
            {set("/definitions/Item/properties/id/type", R"("String")")}),
        hit("parameter type int", "type-value", S::Error, LIST + "/parameters/0/type",
            {set(LIST + "/parameters/0/type", R"("int")")}),
        clean("known types", "type-value"),
        hit("in Query", "parameter-location", S::Error, LIST + "/parameters/0/in",
            {set(LIST + "/parameters/0/in", R"("Query")")}),
        clean("known locations", "parameter-location"),
        hit("external reference", "ref-local-target", S::Error, "/definitions/Item/properties/id/$ref",
            {set("/definitions/Item/properties/id", R"({"$ref": "other.json#/definitions/X"})")}),
        clean("local references", "ref-local-target"),
        hit("missing definition", "ref-resolvable", S::Error, GET + "/responses/200/schema/$ref",
            {set(GET + "/responses/200/schema/$ref", R"("#/definitions/Missing")")}),
        clean("references resolve", "ref-resolvable"),
        hit("description beside $ref", "ref-no-siblings", S::Warning, GET + "/responses/200/schema/$ref",
            {set(GET + "/responses/200/schema/description", R"("The item")")}),
        clean("$ref alone", "ref-no-siblings"),
        hit("recursive definition", "ref-loop", S::Warning, "/definitions/Item/properties/parent/$ref",
            {set("/definitions/Item/properties/parent", R"({"$ref": "#/definitions/Item"})")}),
        clean("no loop", "ref-loop",
              {set("/definitions/Other",
                   R"({"type": "object", "properties": {"item": {"$ref": "#/definitions/Item"}}})")}),
    };
}

QList<RuleCase> infoCases()
{
    return {
        hit("long title", "title-length", S::Error, "/info/title",
            {set("/info/title", R"("Contoso Items And Other Things!")")}),
        clean("30-character title", "title-length",
              {set("/info/title", R"("Contoso Items And Other Things")")}),
        hit("title with API", "title-words", S::Warning, "/info/title",
            {set("/info/title", R"("Contoso API")")}),
        hit("title with Connector", "title-words", S::Warning, "/info/title",
            {set("/info/title", R"("Contoso connector")")}),
        clean("api inside a word", "title-words", {set("/info/title", R"("Contoso Rapid")")}),
        hit("short description", "description-length", S::Warning, "/info/description",
            {set("/info/description", R"("Too short.")")}),
        hit("no description", "description-length", S::Warning, "/info", {remove("/info/description")}),
        clean("description of 30 to 500", "description-length"),
        hit("no host", "host-required", S::Error, "", {remove("/host")}),
        clean("host", "host-required"),
        hit("host with scheme and path", "host-format", S::Error, "/host",
            {set("/host", R"("https://api.contoso.example/v1")")}),
        clean("host with port", "host-format", {set("/host", R"("api.contoso.example:8443")")}),
        hit("basePath without slash", "base-path-format", S::Error, "/basePath",
            {set("/basePath", R"("v1")")}),
        clean("basePath with slash", "base-path-format"),
        hit("ws scheme", "schemes-valid", S::Error, "/schemes/1", {set("/schemes", R"(["https", "ws"])")}),
        clean("http and https", "schemes-valid", {set("/schemes", R"(["https", "http"])")}),
        hit("bad email", "contact-email", S::Warning, "/info/contact/email",
            {set("/info/contact/email", R"("support at contoso")")}),
        clean("good email", "contact-email"),
        hit("no website", "metadata-website", S::Info, "/x-ms-connector-metadata",
            {remove("/x-ms-connector-metadata/0")}),
        hit("website without scheme", "metadata-website", S::Info, "/x-ms-connector-metadata/0/propertyValue",
            {set("/x-ms-connector-metadata/0/propertyValue", R"("www.contoso.example")")}),
        clean("website", "metadata-website"),
        hit("no privacy policy", "metadata-privacy-policy", S::Info, "/x-ms-connector-metadata",
            {remove("/x-ms-connector-metadata/1")}),
        clean("Privacy Policy in another case", "metadata-privacy-policy",
              {set("/x-ms-connector-metadata/1/propertyName", R"("Privacy Policy")")}),
        hit("three categories", "metadata-categories", S::Warning, "/x-ms-connector-metadata/2/propertyValue",
            {set("/x-ms-connector-metadata/2/propertyValue", R"("Productivity;Data;AI")")}),
        hit("unknown category", "metadata-categories", S::Warning, "/x-ms-connector-metadata/2/propertyValue",
            {set("/x-ms-connector-metadata/2/propertyValue", R"("Cooking")")}),
        clean("two known categories", "metadata-categories"),
    };
}

QList<RuleCase> operationCases()
{
    return {
        hit("no operationId", "operation-id-required", S::Error, LIST, {remove(LIST + "/operationId")}),
        clean("operationIds", "operation-id-required"),
        hit("duplicate operationId", "operation-id-unique", S::Error, GET + "/operationId",
            {set(GET + "/operationId", R"("ListItems")")}),
        clean("unique operationIds", "operation-id-unique"),
        hit("operationId with hyphen", "operation-id-format", S::Warning, LIST + "/operationId",
            {set(LIST + "/operationId", R"("List-Items")")}),
        clean("operationId with underscore", "operation-id-format",
              {set(LIST + "/operationId", R"("List_Items")")}),
        hit("no summary", "summary-required", S::Error, LIST, {remove(LIST + "/summary")}),
        clean("summaries", "summary-required"),
        hit("81-character summary", "summary-length", S::Error, LIST + "/summary",
            {set(LIST + "/summary", '"' + QString(81, QLatin1Char('a')) + '"')}),
        clean("80-character summary", "summary-length",
              {set(LIST + "/summary", '"' + QString(80, QLatin1Char('a')) + '"')}),
        hit("slash in summary", "summary-no-slash", S::Error, LIST + "/summary",
            {set(LIST + "/summary", R"("List and/or search items")")}),
        clean("no slash", "summary-no-slash"),
        hit("summary ending with a full stop", "summary-ending", S::Error, LIST + "/summary",
            {set(LIST + "/summary", R"("List items.")")}),
        clean("summary ending with ')'", "summary-ending",
              {set(LIST + "/summary", R"x("List items (paged)")x")}),
        hit("description without full stop", "description-sentence", S::Info, LIST + "/description",
            {set(LIST + "/description", R"("Returns the items")")}),
        clean("sentences", "description-sentence"),
        hit("description equals summary", "description-not-summary", S::Warning, LIST + "/description",
            {set(LIST + "/description", R"("List items")")}),
        clean("description says more", "description-not-summary"),
        hit("only a default response", "response-2xx", S::Error, FIELDS + "/responses",
            {set(FIELDS + "/responses", R"({"default": {"description": "Error"}})")}),
        clean("2xx responses", "response-2xx"),
        hit("404 with a schema", "response-single-schema", S::Warning, GET + "/responses/404",
            {set(GET + "/responses/404", R"({"description": "Not found", "schema": {"type": "object"}})")}),
        clean("404 without a schema", "response-single-schema",
              {set(GET + "/responses/404", R"({"description": "Not found"})")}),
        hit("schema on default", "response-default-schema", S::Warning, CREATE + "/responses/default/schema",
            {set(CREATE + "/responses/default/schema", R"({"type": "object"})")}),
        clean("default without schema", "response-default-schema"),
    };
}

QList<RuleCase> parameterCases()
{
    return {
        hit("GET with a body", "get-no-body", S::Error, LIST + "/parameters/2",
            {set(LIST + "/parameters/2",
                 R"({"name": "filter", "in": "body", "schema": {"type": "object"}})")}),
        clean("POST with a body", "get-no-body"),
        hit("two bodies", "single-body-parameter", S::Error, CREATE + "/parameters/1",
            {set(CREATE + "/parameters/1",
                 R"({"name": "more", "in": "body", "schema": {"type": "object"}})")}),
        clean("one body", "single-body-parameter"),
        hit("body and formData", "body-and-form-data", S::Error, CREATE + "/parameters/1",
            {set(CREATE + "/parameters/1", R"({"name": "file", "in": "formData", "type": "file"})")}),
        clean("body only", "body-and-form-data"),
        hit("placeholder with empty parameters", "path-parameter-declared", S::Error, DEL,
            {set(DEL + "/parameters", "[]")}),
        hit("placeholder without parameters", "path-parameter-declared", S::Error, DEL,
            {remove(DEL + "/parameters")}),
        clean("placeholders declared", "path-parameter-declared"),
        hit("path parameter not required", "path-parameter-required", S::Error, "/parameters/ItemId",
            {set("/parameters/ItemId/required", "false")}),
        clean("path parameters required", "path-parameter-required"),
        hit("unused path parameter", "path-parameter-used", S::Error, LIST + "/parameters/2",
            {set(LIST + "/parameters/2",
                 R"({"name": "team", "in": "path", "required": true, "type": "string"})")}),
        clean("path parameters used", "path-parameter-used"),
        hit("duplicate query parameter", "parameter-unique", S::Error, LIST + "/parameters/2",
            {set(LIST + "/parameters/2", R"({"name": "top", "in": "query", "type": "integer"})")}),
        clean("same name in a header", "parameter-unique",
              {set(LIST + "/parameters/2", R"({"name": "top", "in": "header", "type": "integer"})")}),
        hit("connectionId parameter", "no-connection-id-parameter", S::Error, LIST + "/parameters/0/name",
            {set(LIST + "/parameters/0/name", R"("connectionId")")}),
        clean("no connectionId", "no-connection-id-parameter"),
        hit("collectionFormat multi", "collection-format-multi", S::Error,
            LIST + "/parameters/2/collectionFormat",
            {set(LIST + "/parameters/2", R"({"name": "tags", "in": "query", "type": "array",
                 "items": {"type": "string"}, "collectionFormat": "multi"})")}),
        clean("collectionFormat csv", "collection-format-multi",
              {set(LIST + "/parameters/2", R"({"name": "tags", "in": "query", "type": "array",
                   "items": {"type": "string"}, "collectionFormat": "csv"})")}),
        hit("array query parameter", "array-query-parameter", S::Warning, LIST + "/parameters/2/type",
            {set(LIST + "/parameters/2", R"({"name": "tags", "in": "query", "type": "array",
                 "items": {"type": "string"}, "collectionFormat": "csv"})")}),
        clean("string query parameters", "array-query-parameter"),
    };
}

QList<RuleCase> extensionCases()
{
    const QString dynamic = GET + "/parameters/1/x-ms-dynamic-values";
    return {
        hit("visibility Important", "visibility-value", S::Error, LIST + "/x-ms-visibility",
            {set(LIST + "/x-ms-visibility", R"("Important")")}),
        hit("visibility hidden on a property", "visibility-value", S::Error,
            "/definitions/Item/properties/id/x-ms-visibility",
            {set("/definitions/Item/properties/id/x-ms-visibility", R"("hidden")")}),
        clean("known visibilities", "visibility-value"),
        hit("empty visibility", "visibility-empty", S::Info, LIST + "/x-ms-visibility",
            {set(LIST + "/x-ms-visibility", R"("")")}),
        clean("no empty visibility", "visibility-empty"),
        hit("trigger multiple", "trigger-value", S::Error, FIELDS + "/x-ms-trigger",
            {set(FIELDS + "/x-ms-trigger", R"("multiple")")}),
        clean("trigger batch", "trigger-value", {set(FIELDS + "/x-ms-trigger", R"("batch")")}),
        hit("url-encoding triple", "url-encoding-value", S::Error, "/parameters/ItemId/x-ms-url-encoding",
            {set("/parameters/ItemId/x-ms-url-encoding", R"("triple")")}),
        clean("url-encoding single", "url-encoding-value"),
        hit("internal required property without default", "internal-required-default", S::Error,
            "/definitions/Item/properties/kind/x-ms-visibility",
            {remove("/definitions/Item/properties/kind/default"),
             set("/definitions/Item/required", R"(["name", "kind"])")}),
        hit("internal required parameter without default", "internal-required-default", S::Error,
            LIST + "/parameters/0/x-ms-visibility",
            {remove(LIST + "/parameters/0/default"), set(LIST + "/parameters/0/required", "true"),
             set(LIST + "/parameters/0/x-ms-visibility", R"("internal")")}),
        clean("internal required with default", "internal-required-default",
              {set("/definitions/Item/required", R"(["name", "kind"])")}),
        hit("x-ms-visibilty", "extension-name-typo", S::Warning, GET + "/parameters/1/x-ms-visibilty",
            {rename(GET + "/parameters/1/x-ms-visibility", "x-ms-visibilty")}),
        hit("x-ms-summmary", "extension-name-typo", S::Warning, LIST + "/x-ms-summmary",
            {set(LIST + "/x-ms-summmary", R"("Items")")}),
        hitProperties("typo in apiProperties", "extension-name-typo", S::Warning, POLICY + "/x-ms-summmary",
                      {setProperty(POLICY + "/x-ms-summmary", R"("Source header")")}),
        clean("property named like a typo", "extension-name-typo",
              {set("/definitions/Item/properties/x-ms-visibilty", R"({"type": "string"})")}),
        hit("unknown dynamic operation", "dynamic-operation-exists", S::Error, dynamic + "/operationId",
            {set(dynamic + "/operationId", R"("ListFieldz")")}),
        clean("dynamic operation exists", "dynamic-operation-exists"),
        hit("unknown dynamic parameter", "dynamic-parameters-exist", S::Error, dynamic + "/parameters/sort",
            {rename(dynamic + "/parameters/kind", "sort")}),
        clean("dynamic parameters exist", "dynamic-parameters-exist"),
        hit("reference to a missing parameter", "dynamic-parameter-reference", S::Warning,
            dynamic + "/parameters/kind/parameter",
            {set(dynamic + "/parameters/kind/parameter", R"("itemId")")}),
        clean("reference to an existing parameter", "dynamic-parameter-reference"),
        hit("notification URL not internal", "webhook-notification-url", S::Error,
            HOOK + "/parameters/0/schema/properties/url", {webhook(true, true, false)}),
        hit("no notification URL", "webhook-notification-url", S::Error, HOOK, {webhook(true, false)}),
        clean("complete webhook", "webhook-notification-url", {webhook()}),
        hit("no notification content", "webhook-notification-content", S::Warning, HOOK, {webhook(false)}),
        clean("notification content", "webhook-notification-content", {webhook()}),
        hit("no DELETE operation", "webhook-delete-operation", S::Warning, HOOK, {webhook(), remove(DEL)}),
        clean("DELETE operation", "webhook-delete-operation", {webhook()}),
    };
}

QList<RuleCase> enumCases()
{
    const QString status = LIST + "/parameters/1";
    return {
        hit("empty enum", "enum-not-empty", S::Error, status + "/enum", {set(status + "/enum", "[]")}),
        clean("enum with values", "enum-not-empty"),
        hit("number in a string enum", "enum-value-type", S::Error, status + "/enum/1",
            {set(status + "/enum", R"(["open", 2])")}),
        clean("strings in a string enum", "enum-value-type"),
        hit("display value not in enum", "enum-values-consistent", S::Warning,
            status + "/x-ms-enum-values/1/value",
            {set(status + "/x-ms-enum-values/1/value", R"("archived")")}),
        hit("display values without enum", "enum-values-consistent", S::Warning, status + "/x-ms-enum-values",
            {remove(status + "/enum")}),
        clean("display values match", "enum-values-consistent"),
        hit("integer default as a string", "default-type", S::Error, LIST + "/parameters/0/default",
            {set(LIST + "/parameters/0/default", R"("10")")}),
        clean("defaults typed", "default-type"),
        hit("default outside the enum", "default-in-enum", S::Error, status + "/default",
            {set(status + "/default", R"("archived")")}),
        clean("default in the enum", "default-in-enum"),
    };
}

QList<RuleCase> propertiesCases()
{
    return {
        hitProperties("colour name", "icon-brand-color", S::Error, "/properties/iconBrandColor",
                      {setProperty("/properties/iconBrandColor", R"("blue")")}),
        hitProperties("no colour", "icon-brand-color", S::Error, "/properties",
                      {removeProperty("/properties/iconBrandColor")}),
        clean("hex colour", "icon-brand-color"),
        hitProperties("password type", "connection-parameter-type", S::Error,
                      "/properties/connectionParameters/api_key/type",
                      {setProperty("/properties/connectionParameters/api_key/type", R"("password")")}),
        clean("securestring type", "connection-parameter-type"),
        hitProperties(
            "unknown identity provider", "identity-provider", S::Error,
            "/properties/connectionParameters/token/oAuthSettings/identityProvider",
            {setProperty("/properties/connectionParameters/token",
                         R"({"type": "oauthSetting", "oAuthSettings": {"identityProvider": "myidp"}})")}),
        clean("aad", "identity-provider",
              {setProperty("/properties/connectionParameters/token",
                           R"({"type": "oauthSetting", "oAuthSettings": {"identityProvider": "aad"}})")}),
        hitProperties("script for a missing operation", "script-operations-exist", S::Error,
                      "/properties/scriptOperations/1",
                      {setProperty("/properties/scriptOperations/1", R"("Nope")")}),
        clean("script for existing operations", "script-operations-exist"),
        hitProperties("unknown policy", "policy-template-known", S::Error, POLICY + "/templateId",
                      {setProperty(POLICY + "/templateId", R"("setheaders")")}),
        clean("policy id in another case", "policy-template-known",
              {setProperty(POLICY + "/templateId", R"("SetHeader")")}),
        hitProperties("policy without value", "policy-template-parameters", S::Error, POLICY + "/parameters",
                      {removeProperty(POLICY + "/parameters/x-ms-apimTemplateParameter.value")}),
        clean("policy parameters", "policy-template-parameters"),
        hitProperties("policy for a missing operation", "policy-operation-exists", S::Warning,
                      POLICY + "/parameters/x-ms-apimTemplate-operationName/0",
                      {setProperty(POLICY + "/parameters/x-ms-apimTemplate-operationName/0", R"("Gone")")}),
        clean("policy for existing operations", "policy-operation-exists"),
    };
}

QList<RuleCase> budgetCases()
{
    const QString body = CREATE + "/parameters/0";
    return {
        hit("1.1 MB definition", "budget-file-size", S::Warning, "",
            {set("/info/x-padding", '"' + QString(1100 * 1024, QLatin1Char('a')) + '"')}),
        clean("small definition", "budget-file-size"),
        hit("257 operations", "budget-operations", S::Error, "/paths", {set("/paths", manyPaths(257))}),
        clean("256 operations", "budget-operations", {set("/paths", manyPaths(256))}),
        hit("513 schemas in a body", "budget-body-schemas", S::Warning, body,
            {set("/definitions/Big", wideSchema(512)), set(body + "/schema/$ref", R"("#/definitions/Big")")}),
        clean(
            "512 schemas in a body", "budget-body-schemas",
            {set("/definitions/Big", wideSchema(511)), set(body + "/schema/$ref", R"("#/definitions/Big")")}),
        hit("33 levels", "budget-schema-depth", S::Warning, body, {set(body + "/schema", deepSchema(32))}),
        clean("32 levels", "budget-schema-depth", {set(body + "/schema", deepSchema(31))}),
    };
}

} // namespace

const QList<RuleCase> &ruleCases()
{
    static const QList<RuleCase> cases = [] {
        QList<RuleCase> all;
        for (const auto &group : {fileAndStructureCases(), infoCases(), operationCases(), parameterCases(),
                                  extensionCases(), enumCases(), propertiesCases(), budgetCases()})
            all.append(group);
        return all;
    }();
    return cases;
}

} // namespace vt
