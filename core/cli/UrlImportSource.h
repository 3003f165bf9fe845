#pragma once

#include "import/UrlFetcher.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTextStream;

namespace cli {

// The URL side of `connector-designer import URL`: downloads the description (discovering it
// from a base address when needed) and says where it came from or what was tried. Header
// values are never printed: they may be API keys.
class UrlImportSource
{
public:
    static bool isUrl(const QString &input); // http:// or https://
    // Parses "--header" texts; false with the reason for one that is not "Name: value".
    static bool parseHeaders(const QStringList &texts, QList<UrlFetcher::Header> *headers, QString *error);

    // Downloads into bytes; on failure prints why (and the addresses tried) to err.
    static bool fetch(const QString &url, const QList<UrlFetcher::Header> &headers,
                      const UrlFetcher::Options &options, QByteArray *bytes, QString *foundAt,
                      QTextStream &err);
};

} // namespace cli
