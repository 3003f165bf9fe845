#include "ImportJob.h"

#include "document/ConnectorFolder.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

ImportJob::ImportJob(QWidget *window, QObject *parent) : QObject(parent), m_window(window) { }

ImportJob::~ImportJob()
{
    if (m_thread)
        m_abandoned.append(m_thread);
    for (QThread *thread : std::as_const(m_abandoned)) {
        thread->disconnect(this);
        thread->wait();
    }
    qDeleteAll(m_abandoned);
}

bool ImportJob::start(const QString &path, ConnectorImporter::Format format)
{
    if (m_thread)
        return false;
    m_result = std::make_shared<ImportedConnector>();
    m_readError = std::make_shared<QString>();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto result = m_result;
    auto readError = m_readError;
    auto cancelled = m_cancelled;
    m_thread = QThread::create([path, format, result, readError, cancelled] {
        QByteArray bytes;
        if (!ConnectorFolder::readFile(path, &bytes, readError.get()) || *cancelled)
            return;
        *result = ConnectorImporter::import(bytes, format);
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::onThreadDone);
    m_progress = new QProgressDialog(tr("Importing %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                     0, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400); // small files finish before it would flash up
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportJob::cancel);
    m_thread->start();
    return true;
}

void ImportJob::cancel()
{
    if (!m_thread)
        return;
    *m_cancelled = true;
    m_thread->disconnect(this);
    m_abandoned.append(m_thread);
    m_thread = nullptr;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit cancelled();
}

void ImportJob::onThreadDone()
{
    m_thread->wait(); // "finished" comes just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit done(m_result, *m_readError);
}
