#pragma once

// Runs the real connector-designer executable (CD_EXECUTABLE, a compile definition of the test)
// as a user would: no display, the output captured, an exit code of -1 for a crash.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#ifndef CD_EXECUTABLE
#error "CD_EXECUTABLE must name the connector-designer executable"
#endif

class CliProcess
{
public:
    struct Result
    {
        int code = -1;
        QString out, err;
    };

    static Result run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CD_EXECUTABLE), args);
        process.waitForStarted();
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};
