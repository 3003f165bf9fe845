#pragma once

#include "PublishArguments.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <functional>

// Publishes a connector folder with paconn or pac: builds the command from the folder's files
// and settings.json, runs it through QProcess, streams its output line by line (with the
// client secret replaced by "***" wherever it would appear), reads the connector id the tool
// prints and stores it in settings.json so the next publish is an update.
class PublishRunner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString folder;
        PublishTool::Kind tool = PublishTool::Kind::Paconn;
        QString program; // the tool's executable (PublishTool::find)
        QString environment; // empty: settings.json's, else the tool's default
        QString secret; // OAuth client secret (paconn receives it on its command line)
        QString solution; // pac only
    };

    explicit PublishRunner(QObject *parent = nullptr);
    ~PublishRunner() override;

    // False (and error()) when the folder cannot be published; otherwise finished() follows.
    bool start(const Request &request);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

    const PublishArguments &arguments() const { return m_arguments; }
    QString commandLine() const; // masked
    bool succeeded() const { return m_succeeded; }
    QString connectorId() const { return m_connectorId; }
    QString error() const { return m_error; }

    // The id a tool prints on success; empty when none is found.
    static QString parseConnectorId(PublishTool::Kind tool, const QString &output);
    // Runs one publish to its end in a local event loop (the CLI); each line goes to lineSink.
    static bool run(const Request &request, const std::function<void(const QString &, bool)> &lineSink,
                    PublishRunner *runner);

signals:
    void started(const QString &commandLine);
    void output(const QString &line, bool isError);
    void finished(bool ok);

private:
    bool prepare(const Request &request);
    void readChannel(QProcess::ProcessChannel channel);
    void emitLines(QByteArray &buffer, bool isError, bool flush);
    QString mask(QString text) const;
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void storeSettings();

    Request m_request;
    PublishArguments m_arguments;
    QPointer<QProcess> m_process;
    QByteArray m_outBuffer, m_errBuffer;
    QString m_transcript; // everything the tool printed, masked
    QString m_connectorId;
    QString m_error;
    bool m_succeeded = false;
    bool m_cancelled = false;
};
