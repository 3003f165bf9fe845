#pragma once

#include "RunRequest.h"

#include <QList>
#include <QString>

// The request shown in the Test tab as code a user can paste: cURL (bash), PowerShell
// Invoke-RestMethod, Python requests. Credentials never appear: the credential headers and
// query items of the request (API key, basic, bearer) are read from CONNECTOR_SECRET_<NAME>
// environment variables, as the CLI reads them. The body is sent byte for byte as built.
class RequestSnippet
{
public:
    enum class Language { Curl, PowerShell, Python };

    static QString render(const RunRequest &request, Language language);
    static QString languageName(Language language);
    static QList<Language> languages() { return {Language::Curl, Language::PowerShell, Language::Python}; }

    // A piece of a URL or header value: literal text, or the name of the environment variable
    // that holds a secret.
    struct Part
    {
        QString text;
        bool isVariable = false;
        bool urlEncoded = false; // a variable inside the URL: percent-encode its value
    };
    using Parts = QList<Part>;
    struct Header
    {
        QString name;
        Parts value;
    };
    // The request with its secrets as variables: what every language renders.
    struct Model
    {
        QString method;
        Parts url;
        QList<Header> headers;
        QString basicUser; // variables of basic authentication, empty without it
        QString basicPassword;
        QByteArray body;
        QString contentType;
    };
    static Model model(const RunRequest &request);

    // Literal quoting, exposed for tests.
    static QString bashQuote(const QByteArray &text);
    static QString powerShellQuote(const QString &text);
    static QString pythonQuote(const QByteArray &text);

private:
    static QString curl(const Model &model);
    static QString powerShell(const Model &model);
    static QString python(const Model &model);
};
