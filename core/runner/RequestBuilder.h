#pragma once

#include "RequestInput.h"
#include "RunRequest.h"

#include <QJsonObject>

class ConnectorDocument;
class OperationView;

// Operation + values + credentials (+ the connector's policies) -> the HTTP request, without
// any I/O. Path, query, header, body and formData parameters; x-ms-url-encoding single and
// double; collectionFormat csv/ssv/tsv/pipes/multi; consumes JSON, form-urlencoded and
// multipart; host/basePath/schemes or a base-URL override; the securityDefinitions scheme.
class RequestBuilder
{
public:
    explicit RequestBuilder(const ConnectorDocument &document);

    // Missing required values or no host make an invalid request (error set).
    RunRequest build(const OperationView &operation, const RequestInput &input) const;

    // Percent-encoding of one value: everything but unreserved characters; "double" encodes
    // the result once more (x-ms-url-encoding).
    static QString encode(const QString &value, const QString &urlEncoding = {});
    // Joins values per collectionFormat (csv, ssv, tsv, pipes), encoding each value.
    static QString joinEncoded(const QStringList &values, const QString &collectionFormat,
                               const QString &urlEncoding = {});
    static QByteArray multipartBoundary()
    {
        return QByteArrayLiteral("----ConnectorDesignerBoundary7MA4YWxk");
    }

private:
    QString serviceUrl(const RequestInput &input, QString *error) const;
    void addParameter(const QJsonObject &parameter, const QStringList &values, RunRequest *request,
                      QList<QPair<QJsonObject, QStringList>> *form) const;
    void addBody(const OperationView &operation, const RequestInput &input,
                 const QList<QPair<QJsonObject, QStringList>> &form, RunRequest *request) const;
    void applySecurity(const RequestInput &input, RunRequest *request) const;

    const ConnectorDocument &m_document;
};
