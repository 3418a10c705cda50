// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"

#include <QTest>

using namespace Lectern::Evaluation;

class TestScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coverageRule();
    void oneToOnePairing();
    void splitQuotesRejoined();
};

void TestScoring::coverageRule()
{
    const Span gold {100, 200, QStringLiteral("quote")};
    QVERIFY(matches(gold, {100, 200, QStringLiteral("quote")}, Match::Exact, true));
    QVERIFY(!matches(gold, {101, 200, QStringLiteral("quote")}, Match::Exact, true));
    QVERIFY(matches(gold, {120, 200, QStringLiteral("quote")}, Match::Coverage, true)); // covers 80%
    QVERIFY(!matches(gold, {121, 200, QStringLiteral("quote")}, Match::Coverage, true)); // 79%
    QVERIFY(matches(gold, {90, 210, QStringLiteral("quote")}, Match::Coverage, true)); // 120% long
    QVERIFY(!matches(gold, {90, 211, QStringLiteral("quote")}, Match::Coverage, true)); // 121% long
    QVERIFY(!matches(gold, {100, 200, QStringLiteral("person")}, Match::Exact, true));
    QVERIFY(matches(gold, {100, 200, QStringLiteral("person")}, Match::Exact, false));
    QVERIFY(matches(gold, {199, 300, QStringLiteral("x")}, Match::Overlap, false));
    QVERIFY(!matches(gold, {200, 300, QStringLiteral("x")}, Match::Overlap, false));
}

void TestScoring::oneToOnePairing()
{
    const QList<Span> gold
        = {{0, 10, QStringLiteral("place")}, {20, 30, QStringLiteral("person")}, {40, 50, QStringLiteral("place")}};
    const QList<Span> predicted
        = {{0, 10, QStringLiteral("place")}, {0, 10, QStringLiteral("place")}, {20, 30, QStringLiteral("place")}};
    const Counts typed = score(gold, predicted, Match::Exact, true);
    QCOMPARE(typed.matched, 1); // a duplicate prediction pairs with nothing
    QCOMPARE(typed.precision(), 1.0 / 3.0);
    QCOMPARE(typed.recall(), 1.0 / 3.0);
    const Counts untyped = score(gold, predicted, Match::Exact, false);
    QCOMPARE(untyped.matched, 2);
    QCOMPARE(untyped.f1(), 2.0 / 3.0);
    QCOMPARE(score({}, {}, Match::Exact, true).f1(), 0.0);
}

void TestScoring::splitQuotesRejoined()
{
    // Gomez said, "I think we learned a lot. / It was emotional." Then: "No."
    const QString text = QStringLiteral(
        "Gomez said, \"I think we learned a lot.\nIt was emotional.\" Then: \"No.\" \"One.\nTwo.\" x \"Three");
    const QList<uint> cps = text.toUcs4();
    const auto at = [&](const QString &piece) {
        return qsizetype(text.indexOf(piece));
    };
    const QString quote = QStringLiteral("quote");
    const QList<Span> pieces = {{at(QStringLiteral("\"I think")), at(QStringLiteral("\nIt was")), quote},
        {at(QStringLiteral("It was")), at(QStringLiteral(" Then")), quote},
        {at(QStringLiteral("\"No")), at(QStringLiteral(" \"One")), quote},
        {at(QStringLiteral("\"One")), at(QStringLiteral(" x")), quote},
        {at(QStringLiteral("\"Three")), text.size(), quote}};
    const QList<Span> joined = rejoinSplitQuotes(cps, pieces);
    QCOMPARE(joined.size(), 4);
    QCOMPARE(joined.at(0).start, at(QStringLiteral("\"I think")));
    QCOMPARE(joined.at(0).end, at(QStringLiteral(" Then"))); // opened and not closed: goes on
    QCOMPARE(joined.at(1).end, at(QStringLiteral(" \"One"))); // closed: stays apart
    QCOMPARE(joined.at(2).end, at(QStringLiteral(" x")));
    QCOMPARE(joined.at(3).start, at(QStringLiteral("\"Three"))); // not after white space only
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
