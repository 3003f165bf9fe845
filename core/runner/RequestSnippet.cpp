#include "RequestSnippet.h"

#include "Credentials.h"

#include <QStringDecoder>

namespace {

QString variable(const char *parameterName)
{
    return Credentials::environmentName(QLatin1String(parameterName));
}

bool isUtf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && !bytes.contains('\0');
}

bool needsEscapes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7f)
            return true;
    }
    return !isUtf8Text(bytes);
}

// Adjacent literal parts as one, so "Name: " + "value" is quoted once.
RequestSnippet::Parts merged(const RequestSnippet::Parts &parts)
{
    RequestSnippet::Parts out;
    for (const RequestSnippet::Part &part : parts) {
        if (!part.isVariable && !out.isEmpty() && !out.last().isVariable)
            out.last().text += part.text;
        else
            out.append(part);
    }
    return out;
}

QString hexEscape(uchar u)
{
    return QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
}

// Query items "name=value" of the URL with the credential items' values as variables.
RequestSnippet::Parts urlParts(const RunRequest &request)
{
    RequestSnippet::Parts parts;
    QString literal = request.serviceUrl + request.path;
    if (!request.query.isEmpty())
        literal += QLatin1Char('?');
    const QStringList items = request.query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (int i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        const int eq = item.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? item : item.left(eq);
        if (i > 0)
            literal += QLatin1Char('&');
        if (eq >= 0 && request.credentialQueryItems.contains(name)) {
            literal += name + QLatin1Char('=');
            parts.append({literal, false, false});
            parts.append({variable("api_key"), true, true});
            literal.clear();
        } else {
            literal += item;
        }
    }
    if (!literal.isEmpty())
        parts.append({literal, false, false});
    return parts;
}

} // namespace

QString RequestSnippet::languageName(Language language)
{
    switch (language) {
    case Language::Curl:
        return QStringLiteral("cURL");
    case Language::PowerShell:
        return QStringLiteral("PowerShell");
    case Language::Python:
        return QStringLiteral("Python");
    }
    return {};
}

RequestSnippet::Model RequestSnippet::model(const RunRequest &request)
{
    Model model;
    model.method = QString::fromLatin1(request.method).toUpper();
    model.url = urlParts(request);
    model.body = request.body;
    for (const RunRequest::Header &header : request.headers) {
        const QString name = QString::fromLatin1(header.first);
        const QByteArray lower = header.first.toLower();
        if (lower == "content-type") {
            model.contentType = QString::fromUtf8(header.second);
        } else if (!request.credentialHeaders.contains(lower)) {
            model.headers.append({name, {{QString::fromUtf8(header.second), false, false}}});
        } else if (lower == "authorization" && header.second.startsWith("Basic ")) {
            model.basicUser = variable("username");
            model.basicPassword = variable("password");
        } else if (lower == "authorization" && header.second.startsWith("Bearer ")) {
            model.headers.append(
                {name, {{QStringLiteral("Bearer "), false, false}, {variable("token"), true, false}}});
        } else {
            // Only the API key goes into other credential headers (RequestBuilder::applySecurity).
            model.headers.append({name, {{variable("api_key"), true, false}}});
        }
    }
    if (model.contentType.isEmpty() && !request.contentType.isEmpty() && !request.body.isEmpty())
        model.contentType = QString::fromUtf8(request.contentType);
    return model;
}

QString RequestSnippet::render(const RunRequest &request, Language language)
{
    const Model m = model(request);
    switch (language) {
    case Language::Curl:
        return curl(m);
    case Language::PowerShell:
        return powerShell(m);
    case Language::Python:
        return python(m);
    }
    return {};
}

// --- bash / cURL -------------------------------------------------------------------------

QString RequestSnippet::bashQuote(const QByteArray &text)
{
    if (needsEscapes(text) || text.contains('\r')) {
        // ANSI-C quoting keeps CR, control characters and non-UTF-8 bytes exact.
        QString out = QStringLiteral("$'");
        for (const char c : text) {
            const uchar u = uchar(c);
            if (c == '\\' || c == '\'')
                out += QLatin1Char('\\') + QLatin1Char(c);
            else if (c == '\n')
                out += QLatin1String("\\n");
            else if (c == '\r')
                out += QLatin1String("\\r");
            else if (c == '\t')
                out += QLatin1String("\\t");
            else if (u < 0x20 || u >= 0x7f)
                out += hexEscape(u);
            else
                out += QLatin1Char(c);
        }
        return out + QLatin1Char('\'');
    }
    QString out = QString::fromUtf8(text);
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

namespace {

QString bashParts(const RequestSnippet::Parts &parts)
{
    QString out;
    for (const RequestSnippet::Part &part : merged(parts))
        out += part.isVariable ? QStringLiteral("\"${%1}\"").arg(part.text)
                               : RequestSnippet::bashQuote(part.text.toUtf8());
    return out.isEmpty() ? QStringLiteral("''") : out;
}

} // namespace

QString RequestSnippet::curl(const Model &model)
{
    QStringList lines;
    for (const Part &part : model.url) {
        if (part.isVariable && part.urlEncoded)
            lines << QStringLiteral("# %1 goes into the URL as it is: percent-encode it if it needs to be.")
                         .arg(part.text);
    }
    QStringList args {QStringLiteral("curl")};
    if (model.method != QLatin1String("GET") || !model.body.isEmpty())
        args << QStringLiteral("-X ") + model.method;
    args << bashParts(model.url);
    if (!model.basicUser.isEmpty())
        args << QStringLiteral("-u \"${%1}:${%2}\"").arg(model.basicUser, model.basicPassword);
    for (const Header &header : model.headers) {
        Parts value = header.value;
        value.prepend({header.name + QStringLiteral(": "), false, false});
        args << QStringLiteral("-H ") + bashParts(value);
    }
    if (!model.contentType.isEmpty())
        args << QStringLiteral("-H ")
                + bashQuote((QStringLiteral("Content-Type: ") + model.contentType).toUtf8());
    if (!model.body.isEmpty())
        args << QStringLiteral("--data-binary ") + bashQuote(model.body);
    lines << args.join(QStringLiteral(" \\\n  "));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// --- PowerShell ---------------------------------------------------------------------------

QString RequestSnippet::powerShellQuote(const QString &text)
{
    // Double-quoted so control characters can be written as `r, `n...; PowerShell also takes
    // the typographic double quotes as quotes, so they are escaped like '"'.
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (c == QLatin1Char('`') || c == QLatin1Char('"') || c == QLatin1Char('$') || u == 0x201c
            || u == 0x201d || u == 0x201e)
            out += QLatin1Char('`') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("`n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("`r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("`t");
        else if (u == 0)
            out += QLatin1String("`0");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("`u{%1}").arg(u, 0, 16);
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

namespace {

QString powerShellParts(const RequestSnippet::Parts &parts)
{
    QStringList terms;
    for (const RequestSnippet::Part &part : merged(parts)) {
        if (!part.isVariable)
            terms << RequestSnippet::powerShellQuote(part.text);
        else if (part.urlEncoded)
            terms << QStringLiteral("[uri]::EscapeDataString($env:%1)").arg(part.text);
        else
            terms << QStringLiteral("$env:%1").arg(part.text);
    }
    if (terms.isEmpty())
        return QStringLiteral("\"\"");
    return terms.size() == 1 ? terms.first()
                             : QLatin1Char('(') + terms.join(QStringLiteral(" + ")) + QLatin1Char(')');
}

QString powerShellMethod(const QString &method)
{
    static const QStringList known {
        QStringLiteral("Get"),    QStringLiteral("Post"), QStringLiteral("Put"),     QStringLiteral("Patch"),
        QStringLiteral("Delete"), QStringLiteral("Head"), QStringLiteral("Options"), QStringLiteral("Trace")};
    for (const QString &name : known) {
        if (name.compare(method, Qt::CaseInsensitive) == 0)
            return QStringLiteral("-Method ") + name;
    }
    return QStringLiteral("-CustomMethod ") + RequestSnippet::powerShellQuote(method);
}

} // namespace

QString RequestSnippet::powerShell(const Model &model)
{
    QStringList lines;
    lines << QStringLiteral("$headers = @{}");
    if (!model.basicUser.isEmpty()) {
        lines << QStringLiteral("$pair = \"$($env:%1):$($env:%2)\"").arg(model.basicUser, model.basicPassword)
              << QStringLiteral("$headers['Authorization'] = 'Basic ' + "
                                "[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))");
    }
    for (const Header &header : model.headers)
        lines << QStringLiteral("$headers[%1] = %2")
                     .arg(powerShellQuote(header.name), powerShellParts(header.value));
    QStringList call {QStringLiteral("Invoke-RestMethod"), powerShellMethod(model.method),
                      QStringLiteral("-Uri ") + powerShellParts(model.url),
                      QStringLiteral("-Headers $headers")};
    if (!model.contentType.isEmpty())
        call << QStringLiteral("-ContentType ") + powerShellQuote(model.contentType);
    if (!model.body.isEmpty()) {
        if (isUtf8Text(model.body)) {
            lines << QStringLiteral("$body = [Text.Encoding]::UTF8.GetBytes(%1)")
                         .arg(powerShellQuote(QString::fromUtf8(model.body)));
        } else {
            QStringList bytes;
            for (const char c : model.body)
                bytes << QString::number(uchar(c));
            lines << QStringLiteral("$body = [byte[]](%1)").arg(bytes.join(QLatin1Char(',')));
        }
        call << QStringLiteral("-Body $body");
    }
    lines << call.join(QStringLiteral(" `\n  "));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// --- Python -------------------------------------------------------------------------------

QString RequestSnippet::pythonQuote(const QByteArray &text)
{
    const bool bytes = !isUtf8Text(text) && !text.isEmpty();
    QString out = bytes ? QStringLiteral("b\"") : QStringLiteral("\"");
    const QString decoded = QString::fromUtf8(text);
    auto escape = [&](uint u, QChar c) {
        if (u == '\\' || u == '"')
            out += QLatin1Char('\\') + QChar(u);
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f || (bytes && u >= 0x80))
            out += hexEscape(uchar(u));
        else
            out += c;
    };
    if (bytes) {
        for (const char c : text)
            escape(uchar(c), QLatin1Char(c));
    } else {
        for (const QChar c : decoded)
            escape(c.unicode(), c);
    }
    return out + QLatin1Char('"');
}

namespace {

QString pythonParts(const RequestSnippet::Parts &parts)
{
    QStringList terms;
    for (const RequestSnippet::Part &part : merged(parts)) {
        if (!part.isVariable)
            terms << RequestSnippet::pythonQuote(part.text.toUtf8());
        else if (part.urlEncoded)
            terms << QStringLiteral("urllib.parse.quote(os.environ[\"%1\"], safe=\"\")").arg(part.text);
        else
            terms << QStringLiteral("os.environ[\"%1\"]").arg(part.text);
    }
    return terms.isEmpty() ? QStringLiteral("\"\"") : terms.join(QStringLiteral(" + "));
}

} // namespace

QString RequestSnippet::python(const Model &model)
{
    bool usesEnv = !model.basicUser.isEmpty(), encodes = false;
    for (const Part &part : model.url) {
        usesEnv = usesEnv || part.isVariable;
        encodes = encodes || part.urlEncoded;
    }
    for (const Header &header : model.headers) {
        for (const Part &part : header.value)
            usesEnv = usesEnv || part.isVariable;
    }
    QStringList lines;
    if (usesEnv)
        lines << QStringLiteral("import os");
    if (encodes)
        lines << QStringLiteral("import urllib.parse");
    if (!lines.isEmpty())
        lines << QString();
    lines << QStringLiteral("import requests") << QString();
    lines << QStringLiteral("response = requests.request(")
          << QStringLiteral("    %1,").arg(pythonQuote(model.method.toUtf8()))
          << QStringLiteral("    %1,").arg(pythonParts(model.url));
    if (!model.headers.isEmpty() || !model.contentType.isEmpty()) {
        lines << QStringLiteral("    headers={");
        for (const Header &header : model.headers)
            lines << QStringLiteral("        %1: %2,")
                         .arg(pythonQuote(header.name.toUtf8()), pythonParts(header.value));
        if (!model.contentType.isEmpty())
            lines << QStringLiteral("        \"Content-Type\": %1,")
                         .arg(pythonQuote(model.contentType.toUtf8()));
        lines << QStringLiteral("    },");
    }
    if (!model.basicUser.isEmpty())
        lines << QStringLiteral("    auth=(os.environ[\"%1\"], os.environ[\"%2\"]),")
                     .arg(model.basicUser, model.basicPassword);
    if (!model.body.isEmpty()) {
        const QString literal = pythonQuote(model.body);
        lines << (literal.startsWith(QLatin1Char('b'))
                      ? QStringLiteral("    data=%1,").arg(literal)
                      : QStringLiteral("    data=%1.encode(\"utf-8\"),").arg(literal));
    }
    lines << QStringLiteral(")") << QStringLiteral("print(response.status_code)")
          << QStringLiteral("print(response.text)");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
