// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations panel's filters, without widgets: by code (with the codes under it), without
// a code, by statement and by words, alone and together, through edits and undo.
#include "project/annotationfiltermodel.h"
#include "project/annotationmodel.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lectern;

namespace {

Document statement(const QString &title, const QString &text)
{
    Document d;
    d.title = title;
    d.text = text;
    return d;
}

QStringList passages(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, AnnotationModel::PassageColumn).data(AnnotationModel::PassageRole).toString();
    return out;
}

} // namespace

class TestAnnotationFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters()
    {
        Project project;
        const QUuid first = project.addDocument(
            statement(QStringLiteral("First"), QStringLiteral("Alpha beta gamma delta epsilon zeta eta theta.")));
        const QUuid second = project.addDocument(
            statement(QStringLiteral("Second"), QStringLiteral("Iota kappa lambda mu nu xi omicron pi.")));
        const QUuid security = project.addCode(QStringLiteral("Security"), QColor(200, 0, 0));
        const QUuid deterrence = project.addCode(QStringLiteral("Deterrence"), QColor(150, 0, 0), {}, security);
        const QUuid economy = project.addCode(QStringLiteral("Economy"), QColor(0, 150, 0));

        AnnotationModel source(&project);
        AnnotationFilterModel filter(&project);
        filter.setSourceModel(&source);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(AnnotationModel::PassageColumn);

        const QUuid gamma = project.addAnnotation(second, 0, 4, deterrence, QStringLiteral("a note on talks"));
        project.addAnnotation(first, 6, 10, security);
        project.addAnnotation(first, 0, 5, economy);
        const QUuid plain = project.addAnnotation(first, 11, 16, {});
        QVERIFY(project.addAnnotationCode(gamma, economy));

        // Text order: statement by statement, then by position.
        QCOMPARE(passages(filter),
            (QStringList {
                QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("Iota")}));

        // A code takes in the codes under it.
        filter.setCodeFilter(security);
        QCOMPARE(passages(filter), (QStringList {QStringLiteral("beta"), QStringLiteral("Iota")}));
        filter.setCodeFilter(deterrence);
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Iota")});
        filter.setCodeFilter(economy); // an annotation with two codes counts under each
        QCOMPARE(passages(filter), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Iota")}));
        filter.setUncodedOnly(true);
        QCOMPARE(passages(filter), QStringList {QStringLiteral("gamma")});
        QVERIFY(filter.codeFilter().isNull());
        filter.setUncodedOnly(false);
        QCOMPARE(filter.rowCount(), 4);

        // Words: all of them, in the passage, the note or the code names, any case.
        filter.setTextFilter(QStringLiteral("TALKS"));
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Iota")});
        filter.setTextFilter(QStringLiteral("iota economy"));
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Iota")});
        filter.setTextFilter(QStringLiteral("iota security"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setTextFilter(QStringLiteral("deter"));
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Iota")});
        filter.setTextFilter({});

        // A statement, and filters together.
        filter.setDocumentFilter(first);
        QCOMPARE(filter.rowCount(), 3);
        filter.setCodeFilter(economy);
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Alpha")});

        // Edits and undo pass through the filters: a code added to the plain highlight lets it in.
        QVERIFY(project.addAnnotationCode(plain, economy));
        QCOMPARE(passages(filter), (QStringList {QStringLiteral("Alpha"), QStringLiteral("gamma")}));
        project.undo();
        QCOMPARE(passages(filter), QStringList {QStringLiteral("Alpha")});
        filter.setDocumentFilter({});
        filter.setCodeFilter({});
        QCOMPARE(filter.rowCount(), 4);

        // Moving a code under another one changes what the parent's filter takes in.
        filter.setCodeFilter(security);
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(project.moveCode(economy, security));
        QCOMPARE(filter.rowCount(), 3);
        project.undo();
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationFilterModel)
#include "tst_annotationfiltermodel.moc"
