#include "CliRunner.h"

#include "CliFixture.h"

#include <QDir>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>

#ifndef CD_EXECUTABLE
#error "CD_EXECUTABLE must name the connector-designer executable"
#endif

QString CliRunner::executable()
{
    return QStringLiteral(CD_EXECUTABLE);
}

QProcessEnvironment CliRunner::displaylessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    return env;
}

CliRunner::Result CliRunner::run(const QStringList &args, const QProcessEnvironment &env,
                                 bool limitFileSize) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(env);
    if (limitFileSize) {
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead of killing
            const rlimit limit {64, 64};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(executable(), args);
    result.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    result.code = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliRunner::prepare(const QString &source)
{
    if (!m_temp.isValid())
        return {};
    const QString target = m_temp.filePath(QStringLiteral("c%1").arg(++m_copies));
    if (source == QLatin1String("fixture"))
        return CliFixture::writeFixture(target) ? target : QString();
    QString from;
    if (source == QLatin1String("sample")) {
        from = CliFixture::sampleDir();
    } else {
        const QString corpus = CliFixture::corpusDir();
        if (!corpus.isEmpty())
            from = QDir(corpus).filePath(QStringLiteral("connectors/") + source);
    }
    if (from.isEmpty())
        return {};
    return CliFixture::copyConnector(from, target) ? target : QString();
}

CliRunner::Hunk CliRunner::diff(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    return {a.mid(head, a.size() - head - tail), b.mid(head, b.size() - head - tail)};
}

QList<QByteArray> CliRunner::lines(const QByteArray &text)
{
    return text.isEmpty() ? QList<QByteArray>() : text.split('\n');
}

QString CliRunner::fileOf(const QString &address)
{
    if (address.startsWith(QLatin1String("properties:")))
        return QLatin1String(Properties);
    if (address.startsWith(QLatin1String("settings:")))
        return QStringLiteral("settings.json");
    return QLatin1String(Definition);
}
