// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportpassages.h"
#include "project/project.h"

#include <QTest>

using namespace Lectern;

// What an export takes from annotations with several codes and from a code tree.
class TestExportPassages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalCodes()
    {
        Project project;
        Document d;
        d.title = QStringLiteral("Statement");
        d.text = QStringLiteral("The alliance stands together for peace.");
        const QUuid doc = project.addDocument(d);
        const QUuid themes = project.addCode(QStringLiteral("Themes"), QColor(200, 200, 0));
        const QUuid peace = project.addCode(QStringLiteral("Peace"), QColor(0, 200, 0), {}, themes);
        const QUuid unity = project.addCode(QStringLiteral("Unity"), QColor(0, 0, 200));
        project.moveCode(unity, QUuid(), 0); // Unity, Themes > Peace
        const QUuid a = project.addAnnotation(doc, 4, 12, unity, QStringLiteral("note"));
        QVERIFY(project.addAnnotationCode(a, peace));

        const QList<ExportPassage> passages
            = collectPassages(project, *project.document(doc), nullptr, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(passages.size(), 1);
        const ExportPassage &p = passages.first();
        QCOMPARE(p.label, QStringLiteral("Unity")); // the first code names and colours the highlight
        QCOMPARE(p.highlight.color, QColor(0, 0, 200));
        QCOMPARE(p.moreCodes.size(), 1);
        QCOMPARE(p.moreCodes.first().first, QStringLiteral("Peace"));
        QCOMPARE(p.moreCodes.first().second, QColor(0, 200, 0));

        const ExportAppendix appendix = buildAppendix(project, passages, {0});
        QCOMPARE(appendix.annotations.size(), 1);
        QCOMPARE(appendix.annotations.first().code, QStringLiteral("Unity"));
        QCOMPARE(appendix.annotations.first().moreCodes, p.moreCodes);
        // The legend: the codebook depth first, each code counted on every annotation it is on.
        QCOMPARE(appendix.legend.size(), 3);
        QCOMPARE(appendix.legend.at(0).name, QStringLiteral("Unity"));
        QCOMPARE(appendix.legend.at(0).count, 1);
        QCOMPARE(appendix.legend.at(1).name, QStringLiteral("Themes"));
        QCOMPARE(appendix.legend.at(1).count, 0);
        QCOMPARE(appendix.legend.at(2).name, QStringLiteral("Peace"));
        QCOMPARE(appendix.legend.at(2).count, 1);
    }
};

QTEST_GUILESS_MAIN(TestExportPassages)
#include "tst_exportpassages.moc"
