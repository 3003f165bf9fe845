#include "AsyncOperationTest.h"

#include "domain/OperationView.h"
#include "runner/HttpRunner.h"
#include "runner/RequestBuilder.h"
#include "runner/ResponseSchemaCheck.h"

#include <QTimer>

AsyncOperationTest::AsyncOperationTest(const ConnectorDocument *document, QNetworkAccessManager *network,
                                       QObject *parent)
    : QObject(parent), m_document(document), m_network(network), m_runner(new HttpRunner(network, this))
{
    connect(m_runner, &HttpRunner::finished, this, &AsyncOperationTest::onFinished);
}

void AsyncOperationTest::start(const OperationKey &key, const RequestInput &input)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_key = key;
    m_test = OperationTest();
    const OperationView operation(m_document, key);
    m_test.operationId = operation.operationId();
    m_test.request = RequestBuilder(*m_document).build(operation, input);
    if (!m_test.request.isValid()) {
        m_test.error = m_test.request.error;
        // Queued, so a caller sees the same order of signals as for a request that went out.
        QTimer::singleShot(0, this, [this] { emit finished(m_test); });
        return;
    }
    send();
}

void AsyncOperationTest::startRequest(const OperationKey &key, const RunRequest &request)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_key = key;
    m_test = OperationTest();
    m_test.operationId = OperationView(m_document, key).operationId();
    m_test.request = request;
    send();
}

void AsyncOperationTest::send()
{
    m_runner->setOptions(m_options);
    emit started(m_test.request);
    m_runner->start(m_test.request);
}

void AsyncOperationTest::cancel()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

bool AsyncOperationTest::isRunning() const
{
    return m_runner->isRunning();
}

void AsyncOperationTest::onFinished(const RunResult &result)
{
    m_test.result = result;
    m_test.ran = result.hasResponse;
    if (!m_test.ran) {
        m_test.error = result.cancelled ? tr("Cancelled") : result.error;
        emit finished(m_test);
        return;
    }
    const OperationView operation(m_document, m_key);
    m_test.schema = ResponseSchemaCheck(*m_document).check(operation, result.status, result.body);
    m_test.passed = result.isSuccess() && m_test.schema.valid;
    if (!result.isSuccess())
        m_test.error = tr("HTTP %1 %2").arg(result.status).arg(QString::fromUtf8(result.reason)).trimmed();
    else if (!m_test.schema.valid)
        m_test.error = tr("%n schema mismatch(es)", nullptr, int(m_test.schema.mismatches.size()));
    emit finished(m_test);
}
