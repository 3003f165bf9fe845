#include "TestHistory.h"

#include "RequestBuilder.h"
#include "diff/LineDiff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QByteArray Mask = QByteArrayLiteral("***");
constexpr int FormatVersion = 1;

// The forms a secret can take in what was sent or answered.
QList<QByteArray> secretForms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> forms {raw, QUrl::toPercentEncoding(secret), RequestBuilder::encode(secret).toUtf8(),
                             raw.toBase64(),
                             raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    QByteArray json = QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact);
    forms << json.mid(2, json.size() - 4); // JSON string escapes
    QByteArray plus = QUrl::toPercentEncoding(secret, " ");
    forms << plus.replace(' ', '+'); // form encoding
    forms.removeAll(QByteArray());
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

// The secrets of a connection, longest first so a secret containing another goes first. Values
// shorter than 4 characters are masked where they are sent (headers, query) but not scrubbed
// from texts: they would blank out ordinary words.
QList<QByteArray> scrubList(const Credentials &secrets)
{
    QStringList values {secrets.apiKey, secrets.password, secrets.bearerToken};
    if (!secrets.username.isEmpty() || !secrets.password.isEmpty())
        values << secrets.username + QLatin1Char(':') + secrets.password;
    for (auto it = secrets.connectionParameters.cbegin(); it != secrets.connectionParameters.cend(); ++it) {
        const QString name = it.key().toLower();
        if (name.contains(QLatin1String("secret")) || name.contains(QLatin1String("token"))
            || name.contains(QLatin1String("key")) || name.contains(QLatin1String("password")))
            values << it.value();
    }
    QList<QByteArray> forms;
    for (const QString &value : std::as_const(values)) {
        if (value.size() >= 4)
            forms << secretForms(value);
    }
    std::sort(forms.begin(), forms.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

QByteArray scrub(QByteArray text, const QList<QByteArray> &forms)
{
    for (const QByteArray &form : forms)
        text.replace(form, Mask);
    return text;
}

QString scrub(const QString &text, const QList<QByteArray> &forms)
{
    return QString::fromUtf8(scrub(text.toUtf8(), forms));
}

QUrl scrub(const QUrl &url, const QList<QByteArray> &forms)
{
    return url.isEmpty() ? url : QUrl::fromEncoded(scrub(url.toEncoded(), forms), QUrl::TolerantMode);
}

bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie";
}

QByteArray maskedHeader(const QByteArray &value)
{
    // Keep the scheme word so a replay knows what to put back.
    for (const QByteArray &scheme : {QByteArrayLiteral("Basic "), QByteArrayLiteral("Bearer ")}) {
        if (value.startsWith(scheme))
            return scheme + Mask;
    }
    return Mask;
}

void appendHeaders(QStringList *lines, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &header : headers)
        lines->append(QString::fromLatin1(header.first) + QStringLiteral(": ")
                      + QString::fromUtf8(header.second));
}

void appendBody(QStringList *lines, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    lines->append(QString());
    const QJsonDocument json = QJsonDocument::fromJson(body);
    const QString text
        = json.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    lines->append(text.split(QLatin1Char('\n')));
    while (!lines->isEmpty() && lines->last().isEmpty())
        lines->removeLast();
}

} // namespace

TestHistory::TestHistory(const QString &connectorPath, const QString &rootDirectory)
    : m_connectorPath(connectorPath)
{
    const QFileInfo info(connectorPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString root = rootDirectory.isEmpty() ? defaultRootDirectory() : rootDirectory;
    m_directory = root + QLatin1Char('/') + QString::fromLatin1(hash);
}

QString TestHistory::defaultRootDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString TestHistory::filePath() const
{
    return m_directory + QStringLiteral("/history.json");
}

void TestHistory::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    while (m_entries.size() > m_limit)
        m_entries.removeFirst();
}

const TestHistoryEntry *TestHistory::find(const QString &id) const
{
    for (const TestHistoryEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

bool TestHistory::load(QString *error)
{
    m_entries.clear();
    m_corrupt = false;
    QFile file(filePath());
    if (!file.exists())
        return true;
    auto fail = [&](const QString &why) {
        m_corrupt = true;
        if (error)
            *error = QObject::tr("%1: %2").arg(QDir::toNativeSeparators(filePath()), why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(
            QObject::tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("entries")).isArray())
        return fail(QObject::tr("not a test history (an object with \"entries\" expected)"));
    if (root.value(QLatin1String("version")).toInt() > FormatVersion)
        return fail(QObject::tr("written by a newer version (format %1)")
                        .arg(root.value(QLatin1String("version")).toInt()));
    const QJsonArray array = root.value(QLatin1String("entries")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        TestHistoryEntry entry;
        QString why;
        if (!TestHistoryEntry::fromJson(array.at(i).toObject(), &entry, &why)) {
            m_entries.clear();
            return fail(QObject::tr("entry %1: %2").arg(i + 1).arg(why));
        }
        m_entries.append(entry);
    }
    setLimit(m_limit);
    return true;
}

bool TestHistory::add(const TestHistoryEntry &entry, const Credentials &secrets, QString *error)
{
    m_entries.append(masked(entry, secrets));
    setLimit(m_limit);
    return save(error);
}

bool TestHistory::clear(QString *error)
{
    m_entries.clear();
    return save(error);
}

bool TestHistory::save(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (m_corrupt) {
        // Keep what could not be read for the user to look at, rather than overwrite it.
        const QString aside = filePath() + QStringLiteral(".corrupt");
        QFile::remove(aside);
        QFile::rename(filePath(), aside);
        m_corrupt = false;
    }
    QJsonArray array;
    for (const TestHistoryEntry &entry : std::as_const(m_entries))
        array.append(entry.toJson());
    const QJsonObject root {{QStringLiteral("version"), FormatVersion},
                            {QStringLiteral("connector"), m_connectorPath},
                            {QStringLiteral("entries"), array}};
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = QObject::tr("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    return true;
}

TestHistoryEntry TestHistory::masked(const TestHistoryEntry &entry, const Credentials &secrets)
{
    const QList<QByteArray> forms = scrubList(secrets);
    TestHistoryEntry out = entry;
    RunRequest &request = out.request;
    for (auto &header : request.headers) {
        if (request.credentialHeaders.contains(header.first.toLower()) || isSensitiveHeader(header.first))
            header.second = maskedHeader(header.second);
        else
            header.second = scrub(header.second, forms);
    }
    for (const QString &name : std::as_const(request.credentialQueryItems)) {
        if (request.hasQueryItem(name)) {
            // Replace in place: the order of query items is part of the request.
            QStringList items = request.query.split(QLatin1Char('&'));
            for (QString &item : items) {
                if (item.section(QLatin1Char('='), 0, 0) == name)
                    item = name + QStringLiteral("=***");
            }
            request.query = items.join(QLatin1Char('&'));
        }
    }
    request.serviceUrl = scrub(request.serviceUrl, forms);
    request.path = scrub(request.path, forms);
    request.query = scrub(request.query, forms);
    request.body = scrub(request.body, forms);
    request.notes = scrub(request.notes.join(QLatin1Char('\n')), forms).split(QLatin1Char('\n'));
    request.error = scrub(request.error, forms);
    RunResult &result = out.result;
    for (auto &header : result.headers)
        header.second = isSensitiveHeader(header.first) ? Mask : scrub(header.second, forms);
    result.body = scrub(result.body, forms);
    result.finalUrl = scrub(result.finalUrl, forms);
    for (RunAttempt &attempt : result.attempts) {
        attempt.url = scrub(attempt.url, forms);
        attempt.error = scrub(attempt.error, forms);
    }
    result.error = scrub(result.error, forms);
    out.error = scrub(out.error, forms);
    if (request.notes == QStringList {QString()})
        request.notes.clear();
    return out;
}

RunRequest TestHistory::replayRequest(const TestHistoryEntry &entry, const Credentials &credentials)
{
    RunRequest request = entry.request;
    for (auto &header : request.headers) {
        if (!request.credentialHeaders.contains(header.first.toLower()))
            continue;
        if (header.second.startsWith("Basic "))
            header.second = "Basic "
                + (credentials.username + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
        else if (header.second.startsWith("Bearer "))
            header.second = "Bearer " + credentials.bearerToken.toUtf8();
        else
            header.second = credentials.apiKey.toUtf8();
    }
    QStringList items = request.query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        if (request.credentialQueryItems.contains(name))
            item = name + QLatin1Char('=') + RequestBuilder::encode(credentials.apiKey);
    }
    request.query = items.join(QLatin1Char('&'));
    return request;
}

QStringList TestHistory::describe(const TestHistoryEntry &entry)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.request.method),
                                         entry.request.maskedUrl());
    appendHeaders(&lines, entry.request.headers);
    appendBody(&lines, entry.request.body);
    lines << QString() << QStringLiteral("=> ") + entry.verdict();
    appendHeaders(&lines, entry.result.headers);
    appendBody(&lines, entry.result.body);
    for (const QString &mismatch : entry.mismatches)
        lines << QObject::tr("schema: %1").arg(mismatch);
    return lines;
}

QString TestHistory::compare(const TestHistoryEntry &a, const TestHistoryEntry &b)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");
    const QString header = QStringLiteral("--- %1 %2\n+++ %3 %4\n")
                               .arg(a.operationId, a.when.toUTC().toString(format), b.operationId,
                                    b.when.toUTC().toString(format));
    return header + LineDiff::unified(describe(a), describe(b)) + QLatin1Char('\n');
}
