#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A curl command line taken apart as a shell would (single, double and $'...' quotes,
// backslash, backtick (PowerShell) and caret (cmd) line continuations), then read as curl reads
// its options: -X, -H, -d/--data/--data-raw/--data-binary/--data-ascii, --data-urlencode, --json,
// -u, --url, -F, -G, -I, -A, -e and the usual switches that do not change the request.
class CurlCommand
{
public:
    struct Token
    {
        QString text;
        int offset = 0; // where it starts in the command text
    };
    struct Problem
    {
        QString message;
        int offset = 0;
        bool error = false;
    };

    static CurlCommand parse(const QString &text);
    static QList<Token> tokenize(const QString &text, QString *error, int *errorOffset);

    QString method; // as given with -X, or implied (GET, POST with data, HEAD with -I)
    QString url;
    int urlOffset = -1;
    QList<QPair<QString, QString>> headers;
    QStringList data; // -d and friends, in order (joined with '&' as curl does)
    bool dataIsJson = false; // --json
    QList<QPair<QString, QString>> urlencoded; // --data-urlencode name=value
    QList<QPair<QString, QString>> form; // -F name=value (value "@file" for a file)
    QString user; // -u user:password
    bool getWithData = false; // -G
    QList<Problem> problems;
};
