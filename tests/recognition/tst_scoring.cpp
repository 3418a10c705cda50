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

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
