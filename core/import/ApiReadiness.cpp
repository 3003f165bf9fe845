#include "ApiReadiness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods = {
        QStringLiteral("get"),   QStringLiteral("put"),  QStringLiteral("post"),   QStringLiteral("delete"),
        QStringLiteral("patch"), QStringLiteral("head"), QStringLiteral("options")};
    return methods;
}

bool isJson(const QString &type)
{
    const QString t = type.split(QLatin1Char(';')).first().trimmed().toLower();
    return t == QLatin1String("application/json") || t.endsWith(QLatin1String("+json"))
        || t == QLatin1String("text/json");
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

ApiReadiness::Item httpsItem(const QJsonObject &root, const QUrl &source)
{
    ApiReadiness::Item item {ApiReadiness::tr("HTTPS"), ApiReadiness::Status::Ok, {}};
    const QStringList schemes = strings(root.value(QStringLiteral("schemes")));
    const QString host = root.value(QStringLiteral("host")).toString();
    if (schemes.contains(QStringLiteral("https"))) {
        item.text = ApiReadiness::tr("the API is served over HTTPS (%1).")
                        .arg(host.isEmpty() ? ApiReadiness::tr("no host declared") : host);
    } else if (schemes.isEmpty() && source.scheme() == QLatin1String("https")) {
        item.text = ApiReadiness::tr("no scheme declared; the description itself came over HTTPS.");
    } else {
        item.status = ApiReadiness::Status::Warning;
        item.text
            = ApiReadiness::tr("the API declares %1 only: Power Platform connectors call HTTPS endpoints; "
                               "serve the API over HTTPS (or through a gateway) before publishing.")
                  .arg(schemes.isEmpty() ? ApiReadiness::tr("no scheme")
                                         : schemes.join(QStringLiteral(", ")));
    }
    if (source.scheme() == QLatin1String("http"))
        item.text += ApiReadiness::tr(" The description was downloaded over plain HTTP.");
    return item;
}

ApiReadiness::Item jsonItem(const QJsonObject &root)
{
    const QStringList global = strings(root.value(QStringLiteral("produces")));
    int total = 0, json = 0, undeclared = 0;
    QStringList other;
    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (auto op = item.begin(); op != item.end(); ++op) {
            if (!httpMethods().contains(op.key()))
                continue;
            ++total;
            const QJsonObject operation = op.value().toObject();
            QStringList produces = strings(operation.value(QStringLiteral("produces")));
            if (!operation.contains(QStringLiteral("produces")))
                produces = global;
            if (produces.isEmpty())
                ++undeclared;
            else if (std::any_of(produces.begin(), produces.end(), isJson))
                ++json;
            else if (other.size() < 3)
                other.append(QStringLiteral("%1 %2 (%3)")
                                 .arg(op.key().toUpper(), path.key(), produces.join(QStringLiteral(", "))));
        }
    }
    ApiReadiness::Item result {ApiReadiness::tr("JSON responses"), ApiReadiness::Status::Ok, {}};
    if (total == 0) {
        result.status = ApiReadiness::Status::Info;
        result.text = ApiReadiness::tr("the description has no operations.");
    } else if (json == total) {
        result.text = ApiReadiness::tr("all %1 operation(s) declare JSON responses.").arg(total);
    } else if (json + undeclared == total) {
        result.status = ApiReadiness::Status::Info;
        result.text = ApiReadiness::tr(
                          "%1 of %2 operation(s) declare JSON; %3 declare no content type (JSON is assumed).")
                          .arg(json)
                          .arg(total)
                          .arg(undeclared);
    } else {
        result.status = ApiReadiness::Status::Warning;
        result.text = ApiReadiness::tr(
                          "%1 of %2 operation(s) declare JSON; others answer with something else, e.g. %3: "
                          "flows and apps handle JSON best.")
                          .arg(json)
                          .arg(total)
                          .arg(other.join(QStringLiteral("; ")));
    }
    return result;
}

QString describeScheme(const QString &name, const QJsonObject &scheme)
{
    const QString type = scheme.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("apiKey"))
        return ApiReadiness::tr("API key '%1' in the %2 (%3)")
            .arg(scheme.value(QStringLiteral("name")).toString(),
                 scheme.value(QStringLiteral("in")).toString(), name);
    if (type == QLatin1String("basic"))
        return ApiReadiness::tr("basic authentication (%1)").arg(name);
    if (type == QLatin1String("oauth2")) {
        const QString url = scheme.value(QStringLiteral("authorizationUrl")).toString();
        return ApiReadiness::tr("OAuth 2.0, %1 flow (%2)%3")
            .arg(scheme.value(QStringLiteral("flow")).toString(), name,
                 url.isEmpty() ? QString() : ApiReadiness::tr(", authorization at %1").arg(QUrl(url).host()));
    }
    return ApiReadiness::tr("%1 (%2)").arg(type, name);
}

ApiReadiness::Item authItem(const QJsonObject &root)
{
    const QJsonObject schemes = root.value(QStringLiteral("securityDefinitions")).toObject();
    ApiReadiness::Item item {ApiReadiness::tr("Authentication"), ApiReadiness::Status::Ok, {}};
    if (schemes.isEmpty()) {
        item.status = ApiReadiness::Status::Info;
        item.text = ApiReadiness::tr(
            "none declared: the connector will call the API anonymously unless you set it up "
            "on the Security tab.");
        return item;
    }
    QStringList parts;
    for (auto it = schemes.begin(); it != schemes.end(); ++it)
        parts.append(describeScheme(it.key(), it.value().toObject()));
    item.text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (schemes.size() > 1) {
        item.status = ApiReadiness::Status::Warning;
        item.text += ApiReadiness::tr(
            " A connector supports one kind of authentication: keep one on the Security tab.");
    }
    return item;
}

} // namespace

QList<ApiReadiness::Item> ApiReadiness::check(const QByteArray &definition, const QUrl &source)
{
    const QJsonObject root = QJsonDocument::fromJson(definition).object();
    return {httpsItem(root, source), jsonItem(root), authItem(root)};
}

QString ApiReadiness::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return ApiReadiness::tr("ok");
    case Status::Warning:
        return ApiReadiness::tr("warning");
    case Status::Info:
        break;
    }
    return ApiReadiness::tr("note");
}

QString ApiReadiness::text(const QList<Item> &items)
{
    QStringList lines;
    for (const Item &item : items)
        lines.append(QStringLiteral("[%1] %2: %3").arg(statusName(item.status), item.topic, item.text));
    return lines.join(QLatin1Char('\n'));
}
