#include "PostmanImporter.h"

#include "ConnectionProperties.h"
#include "InputTree.h"
#include "PostmanAuth.h"
#include "PostmanOperationBuilder.h"
#include "PostmanReader.h"
#include "PostmanUrl.h"
#include "SwaggerOutput.h"
#include "domain/JsonBuilder.h"

#include <QCoreApplication>
#include <QSet>

using json::JsonValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostmanImporter", text);
}

const QStringList &swaggerMethods()
{
    static const QStringList list = {
        QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"), QStringLiteral("delete"),
        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch")};
    return list;
}

class Import
{
    // lupdate files the texts of these members under the class name: look them up there.
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    Import(const InputTree &input, ImportedConnector &result)
        : m_input(input), m_result(result), m_report(result.report), m_reader(input, result.report)
    { }
    void run();

private:
    void chooseBase();
    QString securityName(const PostmanAuth &auth);
    void reportUnsupported(const PostmanAuth &auth);
    void addOperation(const PostmanRequest &request, const PostmanUrl &url);
    void addSecurity(JsonValue *operation, const PostmanAuth &auth);
    void addTags();

    const InputTree &m_input;
    ImportedConnector &m_result;
    ImportReport &m_report;
    PostmanReader m_reader;
    QList<PostmanUrl> m_urls;
    QString m_host, m_scheme;
    int m_skip = 0; // leading path segments that form the basePath
    QStringList m_basePath;
    JsonValue *m_out = nullptr;
    JsonValue *m_paths = nullptr;
    OperationIds m_ids;
    QHash<QString, QString> m_schemeNames; // signature -> securityDefinitions name
    QString m_collectionScheme;
    QSet<const JsonValue *> m_reportedAuth;
    QSet<QString> m_reportedHosts;
    QHash<QString, QString> m_operationAt; // "get /x" -> operationId
};

void Import::chooseBase()
{
    QHash<QString, int> hostCounts;
    for (const PostmanUrl &url : m_urls)
        if (!url.host.isEmpty())
            hostCounts[url.host]++;
    int best = 0;
    for (const PostmanUrl &url : m_urls) { // the most used host; the first one on a tie
        if (!url.host.isEmpty() && hostCounts.value(url.host) > best) {
            best = hostCounts.value(url.host);
            m_host = url.host;
        }
    }
    int common = -1;
    for (const PostmanUrl &url : m_urls) {
        if (!url.host.isEmpty() && url.host != m_host)
            continue;
        if (m_scheme.isEmpty() && !url.scheme.isEmpty())
            m_scheme = url.scheme;
        if (common < 0) { // the first: its literal segments, all but the last
            common = 0;
            while (common < url.segments.size() - 1 && url.isLiteral(common))
                ++common;
            for (int i = 0; i < common; ++i)
                m_basePath.append(url.segments.at(i).text);
            continue;
        }
        int same = 0;
        while (same < common && same < url.segments.size() - 1 && url.isLiteral(same)
               && url.segments.at(same).text == m_basePath.at(same))
            ++same;
        common = same;
        m_basePath = m_basePath.mid(0, common);
    }
    m_skip = qMax(common, 0);
}

void Import::reportUnsupported(const PostmanAuth &auth)
{
    if (m_reportedAuth.contains(auth.node))
        return;
    m_reportedAuth.insert(auth.node);
    m_report.warn(
        tr("The \"%1\" authentication has no connector equivalent; requests using it are imported without "
           "authentication (use a policy or script.csx).")
            .arg(auth.type),
        m_input, auth.node);
}

QString Import::securityName(const PostmanAuth &auth)
{
    if (auth.kind == PostmanAuth::Kind::None)
        return {};
    if (auth.kind == PostmanAuth::Kind::Unsupported) {
        reportUnsupported(auth);
        return {};
    }
    const QString signature = auth.signature();
    if (m_schemeNames.contains(signature))
        return m_schemeNames.value(signature);
    JsonValue *definitions = SwaggerOutput::object(m_out, QStringLiteral("securityDefinitions"));
    QString name = auth.schemeName();
    for (int n = 2; definitions->member(name); ++n)
        name = auth.schemeName() + QLatin1Char('_') + QString::number(n);
    definitions->insertItem(definitions->size(), auth.definition(), name);
    m_schemeNames.insert(signature, name);
    if (auth.kind == PostmanAuth::Kind::Bearer)
        m_report.info(tr("Bearer authentication is written as an API key in the Authorization header."),
                      m_input, auth.node);
    if (auth.kind == PostmanAuth::Kind::OAuth2
        && (auth.authorizationUrl.isEmpty() || auth.tokenUrl.isEmpty()))
        m_report.warn(
            tr("The OAuth 2.0 settings lack an authorization or token URL; fill them in the Security tab."),
            m_input, auth.node);
    return name;
}

void Import::addSecurity(JsonValue *operation, const PostmanAuth &auth)
{
    const QString name = securityName(auth);
    if (name == m_collectionScheme)
        return; // the document-level security applies
    auto requirements = JsonValue::makeArray();
    if (!name.isEmpty()) {
        auto requirement = JsonValue::makeObject();
        requirement->insertItem(
            0, JsonBuilder::stringArray(auth.kind == PostmanAuth::Kind::OAuth2 ? auth.scopes : QStringList()),
            name);
        SwaggerOutput::append(requirements.get(), std::move(requirement));
    }
    SwaggerOutput::set(operation, QStringLiteral("security"), std::move(requirements));
}

void Import::addOperation(const PostmanRequest &request, const PostmanUrl &url)
{
    const QString method = request.method.toLower();
    const QString label
        = request.name.trimmed().isEmpty() ? request.method + QLatin1Char(' ') + request.url : request.name;
    if (!swaggerMethods().contains(method)) {
        m_result.merged++;
        m_report.warn(tr("\"%1\" uses the method %2, which Swagger 2.0 cannot describe; not imported.")
                          .arg(label, request.method),
                      m_input, request.node);
        return;
    }
    if (!url.host.isEmpty() && url.host != m_host && !m_reportedHosts.contains(url.host)) {
        m_reportedHosts.insert(url.host);
        m_report.warn(
            tr("\"%1\" calls the host %2, not %3; a connector has one host, so its path is kept under %3.")
                .arg(label, url.host, m_host),
            m_input, request.node);
    }
    if (!url.unresolvedHost.isEmpty() && !m_reportedHosts.contains(url.unresolvedHost)) {
        m_reportedHosts.insert(url.unresolvedHost);
        m_report.warn(tr("The base URL %1 uses a variable with no value in the collection; set the host "
                         "before publishing.")
                          .arg(url.unresolvedHost),
                      m_input, request.node);
    }
    int skip = 0;
    while (skip < m_skip && skip < url.segments.size() - 1 && url.isLiteral(skip)
           && url.segments.at(skip).text == m_basePath.at(skip))
        ++skip;
    const QString path = skip == m_skip ? url.path(skip) : url.path(0);
    const QString key = method + QLatin1Char(' ') + path;
    if (m_operationAt.contains(key)) {
        m_result.merged++;
        m_report.warn(tr("\"%1\" has the same method and path (%2 %3) as the operation %4; merged into it.")
                          .arg(label, request.method, path, m_operationAt.value(key)),
                      m_input, request.node);
        return;
    }
    const PostmanAuth auth = PostmanAuth::of(request);
    PostmanOperationBuilder builder(m_input, m_report, m_reader.variables);
    auto operation = builder.build(request, url, skip == m_skip ? skip : 0, auth);
    const QString id = m_ids.take(request.name, request.method + QLatin1Char(' ') + path);
    if (!request.folder.isEmpty()) {
        operation->insertItem(0, JsonBuilder::stringArray({request.folder}), QStringLiteral("tags"));
    }
    const int idAt = operation->indexOf(QStringLiteral("description")) >= 0
        ? operation->indexOf(QStringLiteral("description")) + 1
        : operation->indexOf(QStringLiteral("summary")) >= 0
        ? operation->indexOf(QStringLiteral("summary")) + 1
        : (request.folder.isEmpty() ? 0 : 1);
    operation->insertItem(idAt, JsonValue::makeString(id), QStringLiteral("operationId"));
    addSecurity(operation.get(), auth);
    m_operationAt.insert(key, id);
    SwaggerOutput::object(m_paths, path)
        ->insertItem(SwaggerOutput::object(m_paths, path)->size(), std::move(operation), method);
}

void Import::addTags()
{
    QSet<QString> used;
    for (const PostmanRequest &request : m_reader.requests)
        used.insert(request.folder);
    auto tags = JsonValue::makeArray();
    QSet<QString> written;
    for (const PostmanReader::Folder &folder : m_reader.folders) {
        if (!used.contains(folder.name) || written.contains(folder.name) || folder.name.isEmpty())
            continue;
        written.insert(folder.name);
        JsonBuilder tag;
        tag.add(QStringLiteral("name"), folder.name);
        tag.addIfNotEmpty(QStringLiteral("description"), folder.description.trimmed());
        SwaggerOutput::append(tags.get(), tag.take());
    }
    if (tags->size() > 0)
        SwaggerOutput::set(m_out, QStringLiteral("tags"), std::move(tags));
}

void Import::run()
{
    m_reader.read(*PostmanReader::unwrap(*m_input.root()));
    m_result.formatVersion = m_reader.version;
    m_result.inputOperations = m_reader.requests.size();
    m_result.definition = SwaggerOutput::skeleton(m_reader.name, m_reader.description, QStringLiteral("1.0"));
    m_out = m_result.definition.get();
    for (const PostmanRequest &request : m_reader.requests)
        m_urls.append(PostmanUrl::parse(request.url, m_reader.variables));
    chooseBase();
    if (!m_host.isEmpty())
        SwaggerOutput::set(m_out, QStringLiteral("host"), m_host);
    SwaggerOutput::set(m_out, QStringLiteral("basePath"),
                       QLatin1Char('/') + m_basePath.join(QLatin1Char('/')));
    SwaggerOutput::set(
        m_out, QStringLiteral("schemes"),
        JsonBuilder::stringArray({m_scheme == QLatin1String("http") ? m_scheme : QStringLiteral("https")}));
    m_paths = SwaggerOutput::object(m_out, QStringLiteral("paths"));
    const PostmanAuth collectionAuth = PostmanAuth::fromNode(m_reader.collectionAuth);
    m_collectionScheme = securityName(collectionAuth);
    if (!m_collectionScheme.isEmpty()) {
        auto requirement = JsonValue::makeObject();
        requirement->insertItem(0,
                                JsonBuilder::stringArray(collectionAuth.kind == PostmanAuth::Kind::OAuth2
                                                             ? collectionAuth.scopes
                                                             : QStringList()),
                                m_collectionScheme);
        auto security = JsonValue::makeArray();
        SwaggerOutput::append(security.get(), std::move(requirement));
        SwaggerOutput::set(m_out, QStringLiteral("security"), std::move(security));
    }
    for (int i = 0; i < m_reader.requests.size(); ++i)
        addOperation(m_reader.requests.at(i), m_urls.at(i));
    if (m_reader.requests.isEmpty())
        m_report.warn(tr("The collection has no requests."), m_input, m_input.root());
    addTags();
    SwaggerOutput::orderTopLevel(m_out);
}

} // namespace

bool PostmanImporter::isCollection(const JsonValue &root)
{
    const JsonValue *collection = PostmanReader::unwrap(root);
    if (!collection->isObject())
        return false;
    const JsonValue *info = collection->member(QStringLiteral("info"));
    if (info && info->isObject()
        && (info->member(QStringLiteral("_postman_id"))
            || PostmanReader::text(info->member(QStringLiteral("schema")))
                   .contains(QLatin1String("getpostman"))))
        return true;
    if (collection->member(QStringLiteral("item")) && info)
        return true;
    const JsonValue *requests = collection->member(QStringLiteral("requests"));
    return requests && requests->isArray()
        && (collection->member(QStringLiteral("order")) || collection->member(QStringLiteral("name")));
}

ImportedConnector PostmanImporter::import(const InputTree &input)
{
    ImportedConnector result;
    result.format = QStringLiteral("postman");
    Import(input, result).run();
    QStringList skipped;
    result.properties = ConnectionProperties::fromDefinition(*result.definition, &skipped);
    for (const QString &name : skipped)
        result.report.add(
            ImportReport::Severity::Info,
            tr("The connection uses the first security scheme; \"%1\" is kept in the definition only.")
                .arg(name));
    return result;
}
