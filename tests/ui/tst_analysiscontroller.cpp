// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analyses of a project's statements, in a worker thread, linked across the statements: a
// surname in one statement belongs to the full name another one gave, whichever came first.
#include "analysiscontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lectern;

namespace {

QStringList personCanonicals(const AnalysisResult *result, QStringView text)
{
    QStringList names;
    for (const EntityMention &m : result->entities) {
        if (m.type == EntityType::Person && m.text == text)
            names.append(m.canonical);
    }
    return names;
}

} // namespace

class TestAnalysisController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peopleLinkedAcrossStatements()
    {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::finished);
        const QUuid later = QUuid::createUuid();
        const QUuid full = QUuid::createUuid();
        // The statement with the surname only is analysed first.
        controller.request(later, QStringLiteral("\u201CWe are ready,\u201D Secretary Blinken said in Tokyo.\n"));
        controller.waitForFinished();
        QVERIFY(controller.result(later));
        QCOMPARE(
            personCanonicals(controller.result(later), u"Secretary Blinken"), QStringList {QStringLiteral("Blinken")});
        QCOMPARE(finished.size(), 1);

        controller.request(full, QStringLiteral("Secretary of State Antony Blinken arrived in Seoul.\n"));
        controller.waitForFinished();
        // The second analysis changed the first statement's result, and says so.
        QCOMPARE(finished.size(), 3);
        QCOMPARE(finished.at(1).at(0).toUuid(), full);
        QCOMPARE(finished.at(2).at(0).toUuid(), later);
        QCOMPARE(personCanonicals(controller.result(later), u"Secretary Blinken"),
            QStringList {QStringLiteral("Antony Blinken")});
        const AnalysisResult *result = controller.result(later);
        QCOMPARE(result->quotes.size(), 1);
        QVERIFY(result->quotes.constFirst().speaker);
        QCOMPARE(result->quotes.constFirst().speaker->canonical, QStringLiteral("Antony Blinken"));

        // A third statement that changes nothing else signals only itself.
        controller.request(QUuid::createUuid(), QStringLiteral("Nothing about people here.\n"));
        controller.waitForFinished();
        QCOMPARE(finished.size(), 4);

        // Forgetting the results (new corrections) forgets the links too.
        controller.clear();
        QVERIFY(!controller.result(later));
        controller.request(later, QStringLiteral("\u201CWe are ready,\u201D Secretary Blinken said in Tokyo.\n"));
        controller.waitForFinished();
        QCOMPARE(
            personCanonicals(controller.result(later), u"Secretary Blinken"), QStringList {QStringLiteral("Blinken")});
    }
};

QTEST_GUILESS_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"
