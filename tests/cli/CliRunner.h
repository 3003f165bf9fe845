#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real connector-designer executable (CD_EXECUTABLE) and prepares connector copies
// for it to work on.
class CliRunner
{
public:
    struct Result
    {
        bool finished = false; // exited normally (no crash, no timeout)
        int code = -1;
        QString out;
        QString err;
    };

    // The lines that differ between two texts, after the common leading and trailing lines.
    // Lines keep their '\r', so a lost CRLF shows up as a difference.
    struct Hunk
    {
        QList<QByteArray> removed;
        QList<QByteArray> added;
    };

    static constexpr const char *Definition = "apiDefinition.swagger.json";
    static constexpr const char *Properties = "apiProperties.json";

    static QString executable();
    // The system environment without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM.
    static QProcessEnvironment displaylessEnvironment();
    // limitFileSize: writes beyond 64 bytes fail (EFBIG), an I/O error that permissions cannot
    // give when the tests run as root.
    Result run(const QStringList &args, const QProcessEnvironment &env = displaylessEnvironment(),
               bool limitFileSize = false) const;

    // A fresh copy of a connector in a temporary folder: "fixture", "sample" or a corpus path
    // such as "certified-connectors/InEight". Empty when that connector is not available.
    QString prepare(const QString &source);

    static Hunk diff(const QByteArray &before, const QByteArray &after);
    static QList<QByteArray> lines(const QByteArray &text); // "" -> no lines
    static QString fileOf(const QString &address); // "properties:/x" -> apiProperties.json

private:
    QTemporaryDir m_temp;
    int m_copies = 0;
};

// Declares `var`, a copy of source; skips the row when it is missing, or fails in CI (CI=true).
#define CLI_PREPARE(runner, var, source)                                                                     \
    const QString var = (runner).prepare(source);                                                            \
    if (var.isEmpty()) {                                                                                     \
        const QString why                                                                                    \
            = QStringLiteral("connector '%1' is not available (corpus: CD_CORPUS)").arg(source);             \
        if (CliFixture::corpusRequired())                                                                    \
            QFAIL(qPrintable(why));                                                                          \
        QSKIP(qPrintable(why));                                                                              \
    }
