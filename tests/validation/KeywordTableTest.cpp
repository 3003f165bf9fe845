// The keyword tables the rules look every key of a definition up in.
#include "validation/KeywordTable.h"

#include <QtTest>

class KeywordTableTest : public QObject
{
    Q_OBJECT

private slots:
    void findsOnlyItsKeys();
    void insertReplacesEqualKeys();
};

void KeywordTableTest::findsOnlyItsKeys()
{
    const KeywordTable table {{"type", 1u}, {"format", 2u}, {"items", 3u}, {"x-ms-summary", 4u}};
    QCOMPARE(*table.find(u"type"), 1u);
    QCOMPARE(*table.find(u"items"), 3u);
    QCOMPARE(*table.find(QStringLiteral("x-ms-summary")), 4u);
    // Same length, different text; a prefix; longer than any key; empty; case matters.
    QVERIFY(!table.find(u"typo"));
    QVERIFY(!table.find(u"form"));
    QVERIFY(!table.find(u"x-ms-summary-and-more-than-that"));
    QVERIFY(!table.find(QStringView()));
    QVERIFY(!table.find(u"Type"));
    const KeywordTable set {"example", "enum"};
    QVERIFY(set.contains(u"enum"));
    QVERIFY(!set.contains(u"examples"));
    QVERIFY(!KeywordTable().contains(u"enum"));
}

void KeywordTableTest::insertReplacesEqualKeys()
{
    KeywordTable table {{"type", 1u}, {"required", 8u}};
    table.insert(KeywordTable {{"required", 16u}, {"title", 2u}});
    QCOMPARE(*table.find(u"required"), 16u);
    QCOMPARE(*table.find(u"type"), 1u);
    QCOMPARE(*table.find(u"title"), 2u);
}

QTEST_GUILESS_MAIN(KeywordTableTest)
#include "KeywordTableTest.moc"
