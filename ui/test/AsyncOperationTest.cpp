#include "AsyncOperationTest.h"

#include "domain/OperationView.h"
#include "runner/ConnectionTokenRefresh.h"
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
    const int generation = ++m_generation;
    m_waitingForToken = false;
    m_key = key;
    m_input = input;
    m_hasInput = true;
    m_renewed = false;
    m_renewError.clear();
    m_tokenNotes.clear();
    m_test = OperationTest();
    m_test.operationId = OperationView(m_document, key).operationId();
    if (!m_refresh || !m_refresh->isDue()) {
        buildAndSend();
        return;
    }
    m_waitingForToken = true;
    m_refresh->accessToken([this, generation](const OAuthResult &r) {
        if (generation != m_generation)
            return;
        m_waitingForToken = false;
        if (!r.ok()) {
            m_test.error = tr("The OAuth token had expired and could not be refreshed: %1").arg(r.message);
            emit finished(m_test);
            return;
        }
        m_tokenNotes << tr("The OAuth token had expired: it was refreshed before sending (%1).")
                            .arg(m_refresh->notes().value(m_refresh->notes().size() - 1));
        buildAndSend();
    });
}

void AsyncOperationTest::buildAndSend()
{
    // The refresher holds the connection's latest token (Test all: renewed by an earlier call).
    if (m_refresh && !m_refresh->accessToken().isEmpty())
        m_input.credentials.bearerToken = m_refresh->accessToken();
    const OperationView operation(m_document, m_key);
    m_test.request = RequestBuilder(*m_document).build(operation, m_input);
    m_test.request.notes = m_tokenNotes + m_test.request.notes;
    if (!m_test.request.isValid()) {
        m_test.error = m_test.request.error;
        // Queued, so a caller sees the same order of signals as for a request that went out.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                emit finished(m_test);
        });
        return;
    }
    send();
}

void AsyncOperationTest::startRequest(const OperationKey &key, const RunRequest &request)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    ++m_generation;
    m_waitingForToken = false;
    m_key = key;
    m_hasInput = false;
    m_renewError.clear();
    m_tokenNotes.clear();
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
    if (m_runner->isRunning()) {
        m_runner->cancel();
    } else if (m_waitingForToken) {
        // The token request's answer is ignored (newer generation); the call never goes out.
        ++m_generation;
        m_waitingForToken = false;
        m_test.error = tr("Cancelled");
        emit finished(m_test);
    }
}

bool AsyncOperationTest::isRunning() const
{
    return m_runner->isRunning() || m_waitingForToken;
}

void AsyncOperationTest::onFinished(const RunResult &result)
{
    if (result.hasResponse && result.status == 401 && m_hasInput && !m_renewed && m_refresh
        && m_refresh->canRenew()) {
        onUnauthorized(result);
        return;
    }
    finishWith(result);
}

void AsyncOperationTest::onUnauthorized(const RunResult &result)
{
    // The server rejected a token we thought valid (revoked, clock skew): refresh once, resend once.
    m_renewed = true;
    const int generation = m_generation;
    m_waitingForToken = true;
    m_refresh->renew([this, generation, result](const OAuthResult &r) {
        if (generation != m_generation)
            return;
        m_waitingForToken = false;
        if (!r.ok()) {
            m_renewError = r.message;
            RunResult failed = result;
            failed.notes
                << tr("The API answered 401 and refreshing the OAuth token failed: %1").arg(r.message);
            finishWith(failed);
            return;
        }
        m_tokenNotes
            << tr("The API answered 401: the OAuth token was refreshed and the request sent again (%1).")
                   .arg(m_refresh->notes().value(m_refresh->notes().size() - 1));
        buildAndSend();
    });
}

void AsyncOperationTest::finishWith(const RunResult &result)
{
    m_test.result = result;
    m_test.result.notes = m_tokenNotes + result.notes;
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
    if (!m_renewError.isEmpty()) // why the 401 stayed, as the provider said it
        m_test.error = tr("%1; the token refresh failed: %2").arg(m_test.error, m_renewError);
    else if (!m_test.schema.valid)
        m_test.error = tr("%n schema mismatch(es)", nullptr, int(m_test.schema.mismatches.size()));
    emit finished(m_test);
}
