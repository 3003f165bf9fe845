#pragma once

#include "import/ConnectorImporter.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

// Reads and converts one input file on a worker thread, with a window-modal progress dialog
// that offers Cancel (the thread is abandoned, its result dropped, and waited for when the job
// goes). The worker gets copies, never this object.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QWidget *window, QObject *parent = nullptr);
    ~ImportJob() override;

    // False when a job is already running.
    bool start(const QString &path, ConnectorImporter::Format format);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();

signals:
    // readError is set when the file could not be read (result then has no definition).
    void done(std::shared_ptr<ImportedConnector> result, const QString &readError);
    void cancelled();

private:
    void onThreadDone();

    QWidget *m_window;
    QThread *m_thread = nullptr;
    QList<QThread *> m_abandoned;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<ImportedConnector> m_result;
    std::shared_ptr<QString> m_readError;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
