#include "TestAllRun.h"

#include "AsyncOperationTest.h"
#include "domain/OperationView.h"
#include "runner/ConnectionTokenRefresh.h"
#include "runner/TestValueGenerator.h"

#include <QTimer>

TestAllRun::TestAllRun(const ConnectorDocument *document, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_document(document), m_test(new AsyncOperationTest(document, network, this))
{
    connect(m_test, &AsyncOperationTest::finished, this, &TestAllRun::onFinished);
}

void TestAllRun::setOptions(const RunOptions &options)
{
    m_test->setOptions(options);
}

void TestAllRun::setTokenRefresh(ConnectionTokenRefresh *refresh)
{
    m_test->setTokenRefresh(refresh);
}

void TestAllRun::start(const QList<OperationKey> &operations, const Credentials &credentials,
                       const QString &baseUrl)
{
    cancel();
    m_operations = operations;
    m_credentials = credentials;
    m_baseUrl = baseUrl;
    m_index = -1;
    m_running = true;
    m_cancelled = false;
    next();
}

void TestAllRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_test->cancel(); // its finished() ends the run
    if (!m_test->isRunning() && m_running) {
        m_running = false;
        emit finished(true);
    }
}

void TestAllRun::next()
{
    if (!m_running)
        return; // cancelled meanwhile: finished() was already emitted
    ++m_index;
    if (m_cancelled || m_index >= m_operations.size()) {
        m_running = false;
        emit finished(m_cancelled);
        return;
    }
    const OperationView operation(m_document, m_operations.at(m_index));
    RequestInput input = TestValueGenerator(*m_document).generate(operation);
    input.credentials = m_credentials;
    input.baseUrl = m_baseUrl;
    emit operationStarted(m_index, operation.operationId());
    m_test->start(m_operations.at(m_index), input);
}

void TestAllRun::onFinished(const OperationTest &test)
{
    if (!m_running)
        return;
    emit operationFinished(m_index, test);
    // Queued: the next request starts after the receivers of this one are done.
    QTimer::singleShot(0, this, &TestAllRun::next);
}
