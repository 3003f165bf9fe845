#pragma once

#include <QLatin1String>

// Names of the Swagger 2.0 and Power Platform keys the domain layer reads and writes.
// Latin-1 literals: no allocation, and they convert explicitly to QString.
namespace SwaggerKeys {

inline constexpr QLatin1String Paths("paths");
inline constexpr QLatin1String Definitions("definitions");
inline constexpr QLatin1String Parameters("parameters");
inline constexpr QLatin1String Responses("responses");
inline constexpr QLatin1String BasePath("basePath");

inline constexpr QLatin1String OperationId("operationId");
inline constexpr QLatin1String Summary("summary");
inline constexpr QLatin1String Description("description");
inline constexpr QLatin1String Deprecated("deprecated");
inline constexpr QLatin1String Tags("tags");
inline constexpr QLatin1String Consumes("consumes");
inline constexpr QLatin1String Produces("produces");
inline constexpr QLatin1String Headers("headers");
inline constexpr QLatin1String Default("default");

inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String In("in");
inline constexpr QLatin1String Required("required");
inline constexpr QLatin1String Type("type");
inline constexpr QLatin1String Format("format");
inline constexpr QLatin1String Enum("enum");
inline constexpr QLatin1String Schema("schema");
inline constexpr QLatin1String Items("items");
inline constexpr QLatin1String Properties("properties");
inline constexpr QLatin1String AdditionalProperties("additionalProperties");
inline constexpr QLatin1String Title("title");
inline constexpr QLatin1String Ref("$ref");

inline constexpr QLatin1String XmsSummary("x-ms-summary");
inline constexpr QLatin1String XmsVisibility("x-ms-visibility");
inline constexpr QLatin1String XmsTrigger("x-ms-trigger");
inline constexpr QLatin1String XmsTriggerMetadata("x-ms-trigger-metadata");
inline constexpr QLatin1String XmsNotification("x-ms-notification");
inline constexpr QLatin1String XmsNotificationUrl("x-ms-notification-url");
inline constexpr QLatin1String XmsNotificationContent("x-ms-notification-content");
inline constexpr QLatin1String XmsUrlEncoding("x-ms-url-encoding");
inline constexpr QLatin1String XmsEnumValues("x-ms-enum-values");
inline constexpr QLatin1String XmsDynamicValues("x-ms-dynamic-values");
inline constexpr QLatin1String XmsDynamicList("x-ms-dynamic-list");
inline constexpr QLatin1String XmsDynamicSchema("x-ms-dynamic-schema");
inline constexpr QLatin1String XmsDynamicProperties("x-ms-dynamic-properties");
inline constexpr QLatin1String XmsDynamicTree("x-ms-dynamic-tree");
inline constexpr QLatin1String XNullable("x-nullable");

// apiProperties.json
inline constexpr QLatin1String PropertiesRoot("properties");
inline constexpr QLatin1String ScriptOperations("scriptOperations");
inline constexpr QLatin1String PolicyTemplateInstances("policyTemplateInstances");
inline constexpr QLatin1String PolicyOperationNames("x-ms-apimTemplate-operationName");

} // namespace SwaggerKeys
