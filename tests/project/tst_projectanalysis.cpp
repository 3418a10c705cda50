// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A project's statements analysed as the window does, for the command line's exports: the
// project's corrections respected, people linked across statements.
#include "project/project.h"
#include "project/projectanalysis.h"

#include <QTest>

using namespace Lectern;

class TestProjectAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctionsAndPeopleAcrossStatements()
    {
        Project project;
        Document first;
        first.text = QStringLiteral("Secretary of State Antony Blinken visited Seoul.\n");
        Document second;
        second.text = QStringLiteral("\u201CThe alliance is ironclad,\u201D Secretary Blinken said in Seoul.\n");
        project.addDocument(first);
        const QUuid secondId = project.addDocument(second);
        EntityCorrection notAPlace;
        notAPlace.kind = EntityCorrection::Kind::NotAnEntity;
        notAPlace.text = QStringLiteral("Seoul");
        project.addEntityCorrection(notAPlace);

        const std::map<QUuid, AnalysisResult> analyses = analyseProject(project);
        QCOMPARE(analyses.size(), size_t(2));
        for (const auto &[id, result] : analyses) {
            for (const EntityMention &mention : result.entities)
                QVERIFY2(mention.canonical != QLatin1String("Seoul"), "the correction was not applied");
        }
        const AnalysisResult &linked = analyses.at(secondId);
        QCOMPARE(linked.quotes.size(), 1);
        QVERIFY(linked.quotes.constFirst().speaker);
        QCOMPARE(linked.quotes.constFirst().speaker->canonical, QStringLiteral("Antony Blinken"));
    }
};

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
