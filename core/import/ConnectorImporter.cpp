#include "ConnectorImporter.h"

#include "CurlImporter.h"
#include "InputTree.h"
#include "OpenApiConverter.h"
#include "PostmanImporter.h"
#include "SwaggerImporter.h"
#include "SwaggerOutput.h"
#include "document/ConnectorFolder.h"

#include <QCoreApplication>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectorImporter", text);
}

ImportedConnector failure(const QString &message, int line = 0, int column = 0, const QString &pointer = {})
{
    ImportedConnector result;
    result.report.add(ImportReport::Severity::Error, message, pointer, line, column);
    return result;
}

bool looksLikeCurl(const QString &text)
{
    // A view: trimming the QString copied the whole input (12 MB for a 6 MB collection), twice per import.
    const QStringView start = QStringView(text).trimmed().left(5);
    return start.startsWith(QLatin1String("curl"), Qt::CaseInsensitive)
        && (start.size() == 4 || start.at(4).isSpace());
}

bool isPostmanEnvironment(const JsonValue &root)
{
    return root.member(QStringLiteral("values")) && !root.member(QStringLiteral("item"))
        && !root.member(QStringLiteral("requests"));
}

} // namespace

bool ConnectorImporter::parseFormat(const QString &name, Format *out)
{
    static const QList<QPair<QString, Format>> names = {{QStringLiteral("postman"), Format::Postman},
                                                        {QStringLiteral("openapi"), Format::OpenApi},
                                                        {QStringLiteral("swagger"), Format::Swagger},
                                                        {QStringLiteral("curl"), Format::Curl}};
    for (const auto &entry : names) {
        if (entry.first == name.toLower()) {
            *out = entry.second;
            return true;
        }
    }
    return false;
}

QString ConnectorImporter::formatName(Format format)
{
    switch (format) {
    case Format::Postman:
        return QStringLiteral("postman");
    case Format::OpenApi:
        return QStringLiteral("openapi");
    case Format::Swagger:
        return QStringLiteral("swagger");
    case Format::Curl:
        return QStringLiteral("curl");
    case Format::Auto:
        break;
    }
    return QStringLiteral("auto");
}

ConnectorImporter::Format ConnectorImporter::detect(const QString &text, const InputTree *tree)
{
    if (looksLikeCurl(text))
        return Format::Curl;
    const JsonValue *root = tree && tree->ok() ? tree->root() : nullptr;
    if (!root || !root->isObject())
        return Format::Auto;
    if (root->member(QStringLiteral("swagger")))
        return Format::Swagger;
    if (root->member(QStringLiteral("openapi")))
        return Format::OpenApi;
    if (PostmanImporter::isCollection(*root))
        return Format::Postman;
    return Format::Auto;
}

ImportedConnector ConnectorImporter::import(const QByteArray &bytes, Format format)
{
    return importText(ConnectorFolder::decodeText(bytes), format);
}

ImportedConnector ConnectorImporter::importText(const QString &text, Format format)
{
    if (format == Format::Curl || (format == Format::Auto && looksLikeCurl(text)))
        return CurlImporter::import(text);
    if (QStringView(text).trimmed().isEmpty())
        return failure(tr("The input is empty."), 1, 1);
    const InputTree tree = InputTree::parse(text);
    if (!tree.ok())
        return failure(tr("The input is not valid %1: %2")
                           .arg(tree.isYaml() || !QStringView(text).trimmed().startsWith(QLatin1Char('{'))
                                    ? QStringLiteral("YAML")
                                    : QStringLiteral("JSON"),
                                tree.error()),
                       tree.errorLocation().line, tree.errorLocation().column);
    const JsonValue &root = *tree.root();
    if (format == Format::Auto)
        format = detect(text, &tree);
    if (format == Format::Auto) {
        if (root.isObject() && isPostmanEnvironment(root))
            return failure(tr("This is a Postman environment (variables only), not a collection: export the "
                              "collection that uses it and import that."),
                           tree.locate(&root).line, tree.locate(&root).column);
        return failure(tr("The input is not a Postman collection, an OpenAPI document or a Swagger 2.0 "
                          "definition (no \"info\"/\"item\", \"openapi\" or \"swagger\" member)."),
                       tree.locate(&root).line, tree.locate(&root).column);
    }
    if (!root.isObject())
        return failure(tr("The input's top level is not an object."), tree.locate(&root).line,
                       tree.locate(&root).column);
    switch (format) {
    case Format::Swagger: {
        const QString version = SwaggerOutput::text(root.member(QStringLiteral("swagger")));
        if (version != QLatin1String("2.0")) {
            const auto where = tree.locate(root.member(QStringLiteral("swagger")));
            return failure(tr("Only Swagger 2.0 is supported (this document says \"%1\").").arg(version),
                           where.line, where.column, QStringLiteral("/swagger"));
        }
        return SwaggerImporter::import(tree);
    }
    case Format::OpenApi: {
        const QString version = SwaggerOutput::text(root.member(QStringLiteral("openapi")));
        if (!version.startsWith(QLatin1String("3.0")) && !version.startsWith(QLatin1String("3.1"))) {
            const auto where = tree.locate(root.member(QStringLiteral("openapi")));
            return failure(
                tr("Only OpenAPI 3.0 and 3.1 are supported (this document says \"%1\").").arg(version),
                where.line, where.column, QStringLiteral("/openapi"));
        }
        return OpenApiConverter::convert(tree);
    }
    case Format::Postman:
        return PostmanImporter::import(tree);
    default:
        break;
    }
    return failure(tr("Unknown input format."));
}
