// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordlist.h"

#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

class TestWordList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedLists_data();
    void shippedLists();
    void missingList();
    void words();
};

void TestWordList::shippedLists_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("entry");
    QTest::newRow("titles") << QStringLiteral("titles.txt") << QStringLiteral("Secretary of State");
    QTest::newRow("title openers") << QStringLiteral("title-openers.txt") << QStringLiteral("Acting");
    QTest::newRow("agreement keywords") << QStringLiteral("agreement-keywords.txt")
                                        << QStringLiteral("Memorandum of Understanding");
    QTest::newRow("event keywords") << QStringLiteral("event-keywords.txt") << QStringLiteral("Summit");
    QTest::newRow("organization keywords")
        << QStringLiteral("organization-keywords.txt") << QStringLiteral("Air Force");
    QTest::newRow("organization words") << QStringLiteral("organization-words.txt") << QStringLiteral("Herald");
    QTest::newRow("place words") << QStringLiteral("place-words.txt") << QStringLiteral("River");
    QTest::newRow("not person words") << QStringLiteral("not-person-words.txt") << QStringLiteral("Award");
    QTest::newRow("role nouns") << QStringLiteral("role-nouns.txt") << QStringLiteral("co-founder");
    QTest::newRow("role modifiers") << QStringLiteral("role-modifiers.txt") << QStringLiteral("team");
    QTest::newRow("name particles") << QStringLiteral("name-particles.txt") << QStringLiteral("von");
}

// Each list the semantic layer reads is compiled in, without its comments and blank lines.
void TestWordList::shippedLists()
{
    QFETCH(QString, fileName);
    QFETCH(QString, entry);
    const QStringList entries = gazetteerEntries(fileName);
    QVERIFY(entries.contains(entry));
    for (const QString &e : entries) {
        QVERIFY2(!e.isEmpty() && !e.startsWith(u'#') && e == e.trimmed(), qPrintable(e));
    }
}

void TestWordList::missingList()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read the word list")));
    QVERIFY(gazetteerEntries(QStringLiteral("no-such-list.txt")).isEmpty());
}

void TestWordList::words()
{
    const QStringList entries = {
        QStringLiteral("Memorandum of Understanding"), QStringLiteral("Resolution <number>"), QStringLiteral("then-")};
    QCOMPARE(capitalisedWords(entries),
        QSet<QString>({QStringLiteral("Memorandum"), QStringLiteral("Understanding"), QStringLiteral("Resolution")}));
    QCOMPARE(lastWords({QStringLiteral("Air Force"), QStringLiteral("Inc.")}),
        QSet<QString>({QStringLiteral("Force"), QStringLiteral("Inc.")}));
}

QTEST_GUILESS_MAIN(TestWordList)
#include "tst_wordlist.moc"
