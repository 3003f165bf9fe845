#pragma once

#include "document/ConnectorDocument.h"
#include "domain/EditResult.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Shared helpers of the domain tests: connectors from text, byte snapshots, structural
// comparison with expected JSON, the corpus location, and a tiny command language so edit
// tests can be data-driven (["add", "get", "/x", "GetX", "Get x"], ...).
namespace DomainTest {

struct Snapshot
{
    QByteArray definition;
    QByteArray properties;
    bool operator==(const Snapshot &other) const
    {
        return definition == other.definition && properties == other.properties;
    }
};

// A document opened from a folder written with these texts (properties may be empty).
class Connector
{
public:
    Connector(const QByteArray &definition, const QByteArray &properties = {});
    explicit Connector(const QString &folderToCopy);
    ConnectorDocument *doc() { return &m_document; }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString folder() const { return m_dir.path(); }
    Snapshot snapshot() const;

private:
    QTemporaryDir m_dir;
    ConnectorDocument m_document;
    bool m_open = false;
    QString m_error;
};

// The empty string when actual (bytes of a JSON file) means the same JSON as expected
// (text); else a message with both, pretty-printed.
QString compareJson(const QByteArray &actual, const QString &expected);
QString pretty(const QByteArray &json);

// Runs one command (a JSON array, see DomainTestSupport.cpp) against the document.
EditResult run(ConnectorDocument *document, const QString &command);

// The corpus folder (CD_CORPUS, else ../shared/corpus beside the sources); empty if absent.
QString corpusPath();
bool inCi();

// Lines of a that differ from b (as "-"/"+" lines of a naive aligned diff, for messages).
QStringList changedLines(const QByteArray &before, const QByteArray &after);

} // namespace DomainTest

// Fails the test unless the comparison is clean.
#define DOMAIN_COMPARE_JSON(actual, expected)                                                  \
    do {                                                                                       \
        const QString domainDiff_ = DomainTest::compareJson((actual), (expected));             \
        if (!domainDiff_.isEmpty())                                                            \
            QFAIL(qPrintable(domainDiff_));                                                    \
    } while (false)

namespace DomainTest {

// The data-driven edit check: open (definition, properties), run the command (or a JSON
// array of commands), then compare with the expected texts (empty = unchanged), check each
// command made one undo step, that undo restores the exact bytes and redo the result.
// With expectedError set, the command must fail with that text and change nothing.
void checkEdit(const QByteArray &definition, const QByteArray &properties, const QString &command,
               const QString &expectedDefinition, const QString &expectedProperties,
               const QString &expectedError = {}, const QString &expectedNote = {});

} // namespace DomainTest
