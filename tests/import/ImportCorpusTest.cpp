// Every Postman file and every OpenAPI/Swagger document of the corpus through the importers:
// the import succeeds or fails with a located reason; the operation count equals the number of
// requests/operations counted here independently (less those reported as merged or dropped);
// the output has no structural validation errors. Prints the figures.
#include "ImportTestSupport.h"
#include "import/ConnectorImporter.h"
#include "import/InputTree.h"

#include <QtTest>

using json::JsonValue;
using namespace ImportTest;

class ImportCorpusTest : public QObject
{
    Q_OBJECT

private slots:
    void corpusImports();
};

namespace {

QString corpus()
{
    QString dir = qEnvironmentVariable("CD_CORPUS");
    if (dir.isEmpty())
        dir = QDir(qEnvironmentVariable("CD_SOURCE_DIR", ".")).filePath("../shared/corpus");
    return QFileInfo::exists(dir + "/postman") ? QDir(dir).absolutePath() : QString();
}

int countItems(const JsonValue *items)
{
    int count = 0;
    for (int i = 0; items && items->isArray() && i < items->size(); ++i) {
        const JsonValue *item = items->at(i);
        if (!item->isObject())
            continue;
        if (item->member("request"))
            ++count;
        else
            count += countItems(item->member("item"));
    }
    return count;
}

// Requests in a collection, or operations in an OpenAPI/Swagger document; -1 when neither.
int countOperations(const JsonValue &root)
{
    const JsonValue *collection = root.member("collection") && root.member("collection")->isObject()
        ? root.member("collection")
        : &root;
    if (collection->member("item"))
        return countItems(collection->member("item"));
    if (const JsonValue *requests = collection->member("requests"); requests && requests->isArray()) {
        int count = 0;
        for (int i = 0; i < requests->size(); ++i)
            count += requests->at(i)->isObject() ? 1 : 0;
        return count;
    }
    const JsonValue *paths = root.member("paths");
    if (!paths)
        return -1;
    static const QStringList methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};
    int count = 0;
    for (int i = 0; paths->isObject() && i < paths->size(); ++i)
        for (int j = 0; paths->at(i)->isObject() && j < paths->at(i)->size(); ++j)
            count += methods.contains(paths->at(i)->keyAt(j)) ? 1 : 0;
    return count;
}

} // namespace

void ImportCorpusTest::corpusImports()
{
    const QString root = corpus();
    if (root.isEmpty())
        QFAIL("The corpus is missing: set CD_CORPUS to the shared corpus folder (see tests/CMakeLists.txt).");
    QStringList files;
    for (const char *folder : {"postman", "openapi"})
        for (const QFileInfo &info :
             QDir(root + "/" + folder).entryInfoList({"*.json", "*.yaml", "*.yml"}, QDir::Files, QDir::Name))
            files.append(info.absoluteFilePath());
    QVERIFY(files.size() >= 90);

    int successes = 0, operations = 0, merged = 0, warnings = 0;
    QStringList failures, problems;
    QElapsedTimer total;
    total.start();
    qint64 largestBytes = 0, largestMs = 0;
    QString largest;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        const ImportedConnector result = ConnectorImporter::import(bytes);
        const qint64 ms = timer.elapsed();
        if (bytes.size() > largestBytes) {
            largestBytes = bytes.size();
            largestMs = ms;
            largest = QFileInfo(path).fileName();
        }
        const QString name = QFileInfo(path).fileName();
        if (!result.ok()) {
            QVERIFY2(result.report.hasErrors(), qPrintable(name));
            const ImportReport::Entry &reason = result.report.entries().first();
            QVERIFY2(reason.line > 0 || !reason.pointer.isEmpty(),
                     qPrintable(name + ": reason without a location"));
            failures.append(ImportReport::entryText(reason, name));
            continue;
        }
        ++successes;
        const InputTree tree = InputTree::parse(QString::fromUtf8(bytes));
        const int expected = countOperations(*tree.root());
        if (result.operationCount() + result.merged != expected)
            problems.append(QStringLiteral("%1: %2 operations + %3 merged, input has %4")
                                .arg(name)
                                .arg(result.operationCount())
                                .arg(result.merged)
                                .arg(expected));
        if (result.report.count(ImportReport::Severity::Warning) < result.merged)
            problems.append(name + ": a merge without a warning");
        for (const QString &error : structuralErrors(result))
            problems.append(name + ": " + error);
        operations += result.operationCount();
        merged += result.merged;
        warnings += result.report.count(ImportReport::Severity::Warning);
    }
    const qint64 elapsed = total.elapsed();
    qInfo().noquote() << QStringLiteral("import corpus: %1 files, %2 imported, %3 refused; %4 operations, %5 "
                                        "requests merged or dropped (reported), %6 warnings; %7 ms in all; "
                                        "largest %8 (%9 KB) in %10 ms")
                             .arg(files.size())
                             .arg(successes)
                             .arg(failures.size())
                             .arg(operations)
                             .arg(merged)
                             .arg(warnings)
                             .arg(elapsed)
                             .arg(largest)
                             .arg(largestBytes / 1024)
                             .arg(largestMs);
    for (const QString &failure : failures)
        qInfo().noquote() << "  refused:" << failure;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join('\n')));
    // Only the Postman environments (variables, no requests) are refused.
    QCOMPARE(failures.size(), 6);
    for (const QString &failure : failures)
        QVERIFY2(failure.contains("Postman environment"), qPrintable(failure));
}

QTEST_GUILESS_MAIN(ImportCorpusTest)
#include "ImportCorpusTest.moc"
