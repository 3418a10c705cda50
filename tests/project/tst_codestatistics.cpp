// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codestatistics.h"
#include "project/project.h"

#include <QTest>

using namespace Lectern;

class TestCodeStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frequenciesAndCooccurrences();
};

void TestCodeStatistics::frequenciesAndCooccurrences()
{
    Project project;
    Document a;
    a.title = QStringLiteral("First, with a comma");
    a.text = QStringLiteral("0123456789abcdefghij");
    Document b;
    b.title = QStringLiteral("Second");
    b.text = QStringLiteral("0123456789");
    const QUuid da = project.addDocument(a);
    const QUuid db = project.addDocument(b);
    const QUuid security = project.addCode(QStringLiteral("Security"), Qt::red);
    const QUuid trade = project.addCode(QStringLiteral("Trade \"and\" money"), Qt::blue);
    const QUuid unused = project.addCode(QStringLiteral("Unused"), Qt::gray);
    project.addAnnotation(da, 0, 10, security);
    project.addAnnotation(da, 5, 15, trade); // overlaps the first: co-occurrence
    project.addAnnotation(da, 15, 20, trade); // touches nothing coded Security
    project.addAnnotation(db, 0, 4, security);
    project.addAnnotation(db, 4, 8, trade); // adjacent, not overlapping
    project.addAnnotation(db, 1, 2, QUuid()); // a plain highlight counts for nothing

    const CodeStatistics s = CodeStatistics::of(project);
    QCOMPARE(s.codeNames,
        QList<QString>({QStringLiteral("Security"), QStringLiteral("Trade \"and\" money"), QStringLiteral("Unused")}));
    QCOMPARE(s.frequencies, QList<QList<int>>({{1, 2, 0}, {1, 1, 0}}));
    QCOMPARE(s.cooccurrences, QList<QList<int>>({{2, 1, 0}, {1, 3, 0}, {0, 0, 0}}));
    Q_UNUSED(security);
    Q_UNUSED(trade);
    Q_UNUSED(unused);

    QCOMPARE(s.frequenciesCsv(),
        QStringLiteral("Statement,Security,\"Trade \"\"and\"\" money\",Unused,Total\r\n"
                       "\"First, with a comma\",1,2,0,3\r\n"
                       "Second,1,1,0,2\r\n"
                       "Total,2,3,0,5\r\n"));
    QCOMPARE(s.cooccurrencesCsv(),
        QStringLiteral(",Security,\"Trade \"\"and\"\" money\",Unused\r\n"
                       "Security,2,1,0\r\n"
                       "\"Trade \"\"and\"\" money\",1,3,0\r\n"
                       "Unused,0,0,0\r\n"));
}

QTEST_GUILESS_MAIN(TestCodeStatistics)
#include "tst_codestatistics.moc"
