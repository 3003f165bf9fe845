#pragma once

#include "ConnectorImporter.h"
#include "UrlFetcher.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Finds an API description from an address: the address itself when it returns one, else the
// usual places under its path and under the server's root (/openapi.json, /swagger.json,
// /v3/api-docs, ...), one after the other. Says which one answered, or what each gave.
class OpenApiDiscovery : public QObject
{
    Q_OBJECT

public:
    struct Attempt
    {
        QUrl url;
        int status = 0;
        QString outcome; // "404 Not Found", "200, but not an API description (text/html)", ...
    };

    struct Result
    {
        bool found = false;
        QUrl url; // where the document was found (after redirects)
        QByteArray document;
        ConnectorImporter::Format format = ConnectorImporter::Format::Auto;
        QList<Attempt> attempts;
        QStringList notes; // redirects, headers dropped
        QString error; // why nothing was found
        bool cancelled = false;

        // The attempts as lines "URL: outcome", for messages.
        QString attemptsText() const;
    };

    explicit OpenApiDiscovery(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const UrlFetcher::Options &options) { m_fetcher.setOptions(options); }
    void start(const QUrl &url, const QList<UrlFetcher::Header> &headers = {}); // finished() follows
    void cancel();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

    static const QStringList &wellKnownPaths();
    // The address itself, then the well-known paths under its path, then under the root.
    static QList<QUrl> candidates(const QUrl &url);
    // The format of an API description in bytes, Auto when it is not one.
    static ConnectorImporter::Format detect(const QByteArray &bytes);

    // One discovery to its end in a local event loop (the CLI, tests).
    static Result discover(QNetworkAccessManager *network, const QUrl &url,
                           const QList<UrlFetcher::Header> &headers, const UrlFetcher::Options &options);

signals:
    void attemptStarted(const QUrl &url, int index, int count);
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void next();
    void onFetched();
    void finish();

    UrlFetcher m_fetcher;
    QList<UrlFetcher::Header> m_headers;
    QList<QUrl> m_candidates;
    int m_index = 0;
    Result m_result;
    bool m_running = false;
};
