#pragma once

#include "ImportedConnector.h"

#include <QByteArray>
#include <QString>

// Entry point of the importers: detects the input's format (or takes the one given), reads it
// (JSON or YAML) and runs the matching importer. Never throws; bad input gives a result with
// no definition and an error entry that says where and why.
class ConnectorImporter
{
public:
    enum class Format { Auto, Postman, OpenApi, Swagger, Curl };

    static ImportedConnector import(const QByteArray &bytes, Format format = Format::Auto);
    static ImportedConnector importText(const QString &text, Format format = Format::Auto);

    static bool parseFormat(const QString &name, Format *out); // "postman", "openapi", "swagger", "curl"
    static QString formatName(Format format);
    // What the text looks like; Auto when nothing matches.
    static Format detect(const QString &text, const class InputTree *tree);
};
