#include "PublishRunner.h"

#include "PublishSettings.h"
#include "document/ConnectorFolder.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>

PublishRunner::PublishRunner(QObject *parent) : QObject(parent) { }

PublishRunner::~PublishRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

bool PublishRunner::prepare(const Request &request)
{
    const QDir folder(request.folder);
    const auto entry = [&folder](const QString &name) {
        const QString found = ConnectorFolder::findEntry(folder.path(), {name});
        return found.isEmpty() ? QString() : QDir::toNativeSeparators(folder.absoluteFilePath(found));
    };
    m_arguments = PublishArguments();
    m_arguments.tool = request.tool;
    m_arguments.definitionFile = entry(QStringLiteral("apiDefinition.swagger.json"));
    m_arguments.propertiesFile = entry(QStringLiteral("apiProperties.json"));
    m_arguments.iconFile = entry(QStringLiteral("icon.png"));
    m_arguments.scriptFile = entry(QStringLiteral("script.csx"));
    if (m_arguments.definitionFile.isEmpty() || m_arguments.propertiesFile.isEmpty()) {
        m_error = tr("%1 has no apiDefinition.swagger.json or apiProperties.json: save the connector first.")
                      .arg(QDir::toNativeSeparators(request.folder));
        return false;
    }
    PublishSettings settings;
    if (!settings.read(request.folder, &m_error))
        return false;
    m_arguments.connectorId = settings.connectorId();
    m_arguments.environment = request.environment.isEmpty() ? settings.environment() : request.environment;
    m_arguments.secret = request.secret;
    m_arguments.solution = request.solution;
    return true;
}

bool PublishRunner::start(const Request &request)
{
    m_request = request;
    m_error.clear();
    m_connectorId.clear();
    m_transcript.clear();
    m_outBuffer.clear();
    m_errBuffer.clear();
    m_succeeded = m_cancelled = false;
    if (isRunning()) {
        m_error = tr("A publish is already running.");
        return false;
    }
    if (request.program.isEmpty()) {
        m_error = PublishTool::name(request.tool).isEmpty()
            ? tr("No publishing tool was chosen.")
            : tr("%1 was not found.").arg(PublishTool::name(request.tool));
        return false;
    }
    if (!prepare(request))
        return false;
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(request.folder);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readChannel(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readChannel(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &PublishRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(-1, QProcess::CrashExit);
    });
    emit started(commandLine());
    m_process->start(request.program, m_arguments.arguments());
    m_process->closeWriteChannel(); // the tools prompt when a value is missing: fail instead of hang
    return true;
}

QString PublishRunner::commandLine() const
{
    QStringList parts {PublishTool::name(m_arguments.tool)};
    for (const QString &arg : m_arguments.maskedArguments())
        parts.append(arg.contains(QLatin1Char(' ')) ? QLatin1Char('"') + arg + QLatin1Char('"') : arg);
    return parts.join(QLatin1Char(' '));
}

QString PublishRunner::mask(QString text) const
{
    // A tool that echoes its arguments or an error that quotes them must not show the secret.
    if (!m_arguments.secret.isEmpty())
        text.replace(m_arguments.secret, QStringLiteral("***"));
    return text;
}

void PublishRunner::readChannel(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel);
    const bool isError = channel == QProcess::StandardError;
    QByteArray &buffer = isError ? m_errBuffer : m_outBuffer;
    buffer += m_process->readAll();
    emitLines(buffer, isError, false);
}

void PublishRunner::emitLines(QByteArray &buffer, bool isError, bool flush)
{
    // Whole lines only, so a secret split across two reads is still recognised.
    qsizetype end;
    while ((end = buffer.indexOf('\n')) >= 0 || (flush && !buffer.isEmpty())) {
        const qsizetype take = end >= 0 ? end + 1 : buffer.size();
        const QString line = mask(QString::fromUtf8(buffer.left(take)).trimmed());
        buffer.remove(0, take);
        m_transcript += line + QLatin1Char('\n');
        emit output(line, isError);
    }
}

void PublishRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = m_process;
    if (!process)
        return;
    if (status == QProcess::NormalExit) {
        readChannel(QProcess::StandardOutput);
        readChannel(QProcess::StandardError);
    }
    emitLines(m_outBuffer, false, true);
    emitLines(m_errBuffer, true, true);
    const QString startError
        = process->error() == QProcess::FailedToStart ? process->errorString() : QString();
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    if (m_cancelled) {
        m_error = tr("Cancelled.");
    } else if (!startError.isEmpty()) {
        m_error = tr("%1 could not be started: %2").arg(m_request.program, startError);
    } else if (status != QProcess::NormalExit || exitCode != 0) {
        m_error = tr("%1 failed (exit code %2).").arg(PublishTool::name(m_request.tool)).arg(exitCode);
    } else {
        m_connectorId = parseConnectorId(m_request.tool, m_transcript);
        if (m_connectorId.isEmpty())
            m_connectorId = m_arguments.connectorId;
        m_succeeded = true;
        storeSettings();
    }
    emit finished(m_succeeded);
}

void PublishRunner::storeSettings()
{
    PublishSettings settings;
    QString error;
    if (!settings.read(m_request.folder, &error)) {
        m_error = error;
        return;
    }
    const auto fileName
        = [](const QString &path) { return path.isEmpty() ? QString() : QFileInfo(path).fileName(); };
    settings.set(QStringLiteral("connectorId"), m_connectorId);
    settings.set(QStringLiteral("environment"), m_arguments.environment);
    settings.set(QStringLiteral("apiProperties"), fileName(m_arguments.propertiesFile));
    settings.set(QStringLiteral("apiDefinition"), fileName(m_arguments.definitionFile));
    settings.set(QStringLiteral("icon"), fileName(m_arguments.iconFile));
    settings.set(QStringLiteral("script"), fileName(m_arguments.scriptFile));
    if (!settings.write(m_request.folder, &error))
        m_error = tr("Published, but settings.json could not be written: %1").arg(error);
}

void PublishRunner::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

QString PublishRunner::parseConnectorId(PublishTool::Kind tool, const QString &output)
{
    if (tool == PublishTool::Kind::Paconn) {
        // paconn's create/update end with display('{} created successfully.'.format(connector_id)).
        static const QRegularExpression done(QStringLiteral("^(\\S+) (?:created|updated) successfully"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = done.match(output);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    // pac prints the connector's Dataverse id (a GUID); the last one printed is the connector's.
    static const QRegularExpression guid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QString last;
    for (auto it = guid.globalMatch(output); it.hasNext();)
        last = it.next().captured(0);
    return last;
}

bool PublishRunner::run(const Request &request, const std::function<void(const QString &, bool)> &lineSink,
                        PublishRunner *runner)
{
    QEventLoop loop;
    connect(runner, &PublishRunner::output, runner, lineSink);
    connect(runner, &PublishRunner::finished, &loop, &QEventLoop::quit);
    if (!runner->start(request))
        return false;
    if (runner->isRunning())
        loop.exec();
    return runner->succeeded();
}
