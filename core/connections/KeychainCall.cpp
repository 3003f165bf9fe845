#include "KeychainCall.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {
// Runs the job, waits for it, and fills the result; the job is deleted afterwards.
KeychainCall::Result run(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainCall::kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    KeychainCall::Result result;
    if (!finished) {
        result.error = QCoreApplication::translate("KeychainCall", "the keychain did not answer in %1 s")
                           .arg(KeychainCall::kTimeoutMs / 1000);
    } else {
        result.ok = job->error() == QKeychain::NoError;
        result.notFound = job->error() == QKeychain::EntryNotFound;
        if (!result.ok)
            result.error = job->errorString();
    }
    if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job); reader && result.ok)
        result.data = reader->binaryData();
    job->deleteLater();
    return result;
}
} // namespace

KeychainCall::Result KeychainCall::write(const QString &service, const QString &key, const QByteArray &data)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setBinaryData(data);
    return run(job);
}

KeychainCall::Result KeychainCall::read(const QString &service, const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    return run(job);
}

KeychainCall::Result KeychainCall::remove(const QString &service, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    return run(job);
}
