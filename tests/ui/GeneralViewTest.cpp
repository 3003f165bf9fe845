// GeneralView (core/views): the typed reads and writes behind the General tab and its
// inline validation rules. No widgets.
#include "views/GeneralView.h"
#include "document/ConnectorDocument.h"
#include "json/JsonValue.h"

#include <QTest>
#include <QUndoStack>

using Field = GeneralView::Field;
using Part = ConnectorDocument::Part;
using json::JsonPointer;

Q_DECLARE_METATYPE(GeneralView::Field)

class GeneralViewTest : public QObject
{
    Q_OBJECT

private slots:
    void hostProblem_data();
    void hostProblem();
    void basePathProblem_data();
    void basePathProblem();
    void brandColor_data();
    void brandColor();
    void descriptionRange();
    void fieldsAffectedBy();
    void readsTheSample();
    void writesAreUndoableAndMerge();
    void setSchemeWritesOneElementArray();
    void schemePrefersHttpsWhenBothListed();
};

void GeneralViewTest::hostProblem_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected"); // a word of the reason, or empty
    QTest::newRow("plain") << QStringLiteral("api.contoso.com") << QString();
    QTest::newRow("port") << QStringLiteral("api.contoso.com:8443") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("https") << QStringLiteral("https://api.contoso.com") << QStringLiteral("scheme");
    QTest::newRow("http") << QStringLiteral("http://api.contoso.com") << QStringLiteral("scheme");
    QTest::newRow("scheme and path") << QStringLiteral("https://api.contoso.com/v1")
                                     << QStringLiteral("scheme");
    QTest::newRow("path") << QStringLiteral("api.contoso.com/v1") << QStringLiteral("path");
    QTest::newRow("trailing slash") << QStringLiteral("api.contoso.com/") << QStringLiteral("path");
    QTest::newRow("space") << QStringLiteral("api contoso.com") << QStringLiteral("spaces");
}

void GeneralViewTest::hostProblem()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    const QString problem = GeneralView::hostProblem(host);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void GeneralViewTest::basePathProblem_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QStringLiteral("/") << QString();
    QTest::newRow("versioned") << QStringLiteral("/api/v1") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no slash") << QStringLiteral("api/v1") << QStringLiteral("start with /");
    QTest::newRow("full url") << QStringLiteral("https://api.contoso.com/v1")
                              << QStringLiteral("not a full URL");
    QTest::newRow("space") << QStringLiteral("/api v1") << QStringLiteral("spaces");
}

void GeneralViewTest::basePathProblem()
{
    QFETCH(QString, basePath);
    QFETCH(QString, expected);
    const QString problem = GeneralView::basePathProblem(basePath);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void GeneralViewTest::brandColor_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("#007ee5") << true;
    QTest::newRow("upper") << QStringLiteral("#0F6CBD") << true;
    QTest::newRow("short") << QStringLiteral("#fff") << false;
    QTest::newRow("no hash") << QStringLiteral("007ee5") << false;
    QTest::newRow("name") << QStringLiteral("blue") << false;
    QTest::newRow("alpha") << QStringLiteral("#ff007ee5") << false;
    QTest::newRow("empty") << QString() << false;
}

void GeneralViewTest::brandColor()
{
    QFETCH(QString, color);
    QFETCH(bool, valid);
    QCOMPARE(GeneralView::brandColorProblem(color).isEmpty(), valid);
}

void GeneralViewTest::descriptionRange()
{
    QVERIFY(!GeneralView::isDescriptionLengthCertifiable(29));
    QVERIFY(GeneralView::isDescriptionLengthCertifiable(30));
    QVERIFY(GeneralView::isDescriptionLengthCertifiable(500));
    QVERIFY(!GeneralView::isDescriptionLengthCertifiable(501));
}

void GeneralViewTest::fieldsAffectedBy()
{
    const auto at = [](Part part, const char *pointer) {
        return GeneralView::fieldsAffectedBy(part, JsonPointer::fromString(QLatin1String(pointer)));
    };
    QCOMPARE(at(Part::Definition, "/info/title"), QList<Field> {Field::Title});
    QCOMPARE(at(Part::Definition, "/info"), QList<Field>({Field::Title, Field::Description}));
    QCOMPARE(at(Part::Definition, "/schemes/0"), QList<Field> {Field::Scheme});
    QCOMPARE(at(Part::Definition, "/paths/~1x"), QList<Field> {});
    QCOMPARE(at(Part::Properties, "/properties/iconBrandColor"), QList<Field> {Field::IconBrandColor});
    QCOMPARE(at(Part::Properties, "/host"), QList<Field> {}); // a different file
    QCOMPARE(at(Part::Definition, "").size(), 5); // everything but the colour
}

void GeneralViewTest::readsTheSample()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    const GeneralView view(&document);
    QCOMPARE(view.title(), QStringLiteral("Contoso HR"));
    QCOMPARE(view.host(), QStringLiteral("api.contoso-hr.example"));
    QCOMPARE(view.basePath(), QStringLiteral("/v1"));
    QCOMPARE(view.scheme(), QStringLiteral("https"));
    QCOMPARE(view.iconBrandColor(), QStringLiteral("#0F6CBD"));
    QCOMPARE(view.baseUrl(), QStringLiteral("https://api.contoso-hr.example/v1"));
}

void GeneralViewTest::writesAreUndoableAndMerge()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    GeneralView view(&document);
    QVERIFY(view.setText(Field::Host, QStringLiteral("a")));
    QVERIFY(view.setText(Field::Host, QStringLiteral("ab")));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(view.setText(Field::IconBrandColor, QStringLiteral("#123456")));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(view.host(), QStringLiteral("ab"));
    QCOMPARE(view.iconBrandColor(), QStringLiteral("#123456"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(view.host(), QStringLiteral("api.contoso-hr.example"));
    QCOMPARE(view.iconBrandColor(), QStringLiteral("#0F6CBD"));
}

void GeneralViewTest::setSchemeWritesOneElementArray()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    GeneralView view(&document);
    QVERIFY(view.setScheme(QStringLiteral("https"))); // unchanged: no undo step
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(view.setScheme(QStringLiteral("http")));
    const json::JsonValue *schemes
        = document.value(Part::Definition, JsonPointer::fromString(QStringLiteral("/schemes")));
    QVERIFY(schemes && schemes->isArray());
    QCOMPARE(schemes->size(), 1);
    QCOMPARE(schemes->at(0)->toString(), QStringLiteral("http"));
    QCOMPARE(view.baseUrl(), QStringLiteral("http://api.contoso-hr.example/v1"));
}

void GeneralViewTest::schemePrefersHttpsWhenBothListed()
{
    ConnectorDocument document;
    QString error;
    QVERIFY2(document.newFromSample(&error), qPrintable(error));
    auto both = json::JsonValue::makeArray();
    both->insertItem(0, json::JsonValue::makeString(QStringLiteral("http")));
    both->insertItem(1, json::JsonValue::makeString(QStringLiteral("https")));
    QVERIFY(document.setValue(Part::Definition, JsonPointer::fromString(QStringLiteral("/schemes")),
                              std::move(both)));
    QCOMPARE(GeneralView(&document).scheme(), QStringLiteral("https"));
}

QTEST_GUILESS_MAIN(GeneralViewTest)
#include "GeneralViewTest.moc"
