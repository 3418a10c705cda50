// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/annotationmodel.h"
#include "project/codemodel.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Lectern;

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private:
    static Document statement(const QString &text)
    {
        Document d;
        d.title = QStringLiteral("Statement");
        d.text = text;
        return d;
    }

private Q_SLOTS:
    void allDocuments()
    {
        Project project;
        AnnotationModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid doc = project.addDocument(statement(QStringLiteral("Alpha beta gamma delta.")));
        const QUuid code = project.addCode(QStringLiteral("Greek"), QColor(10, 20, 30));
        const QUuid a = project.addAnnotation(doc, 0, 5, code, QStringLiteral("first letter\nmore"));
        const QUuid b = project.addAnnotation(doc, 6, 10, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AnnotationModel::ColumnCount));
        const QModelIndex passage = model.index(0, AnnotationModel::PassageColumn);
        QCOMPARE(passage.data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(passage.data(AnnotationModel::IdRole).value<QUuid>(), a);
        QCOMPARE(passage.data(AnnotationModel::StartRole).value<qsizetype>(), qsizetype(0));
        QCOMPARE(passage.data(AnnotationModel::EndRole).value<qsizetype>(), qsizetype(5));
        QCOMPARE(model.index(0, AnnotationModel::CodeColumn).data().toString(), QStringLiteral("Greek"));
        QCOMPARE(model.index(0, AnnotationModel::CodeColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(10, 20, 30));
        QCOMPARE(model.index(0, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("first letter"));
        QVERIFY(!model.index(1, AnnotationModel::CodeColumn).data(Qt::DecorationRole).isValid());

        project.removeAnnotation(a);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.annotationId(model.index(0, 0)), b);
        project.undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a), 0); // back in its place

        project.setAnnotationNote(b, QStringLiteral("changed"));
        QCOMPARE(model.index(1, AnnotationModel::NoteColumn).data().toString(), QStringLiteral("changed"));

        Code recoloured = *project.code(code);
        recoloured.color = Qt::red;
        QVERIFY(project.changeCode(recoloured));
        QCOMPARE(model.index(0, AnnotationModel::CodeColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(Qt::red));
        project.removeCode(code);
        QCOMPARE(model.index(0, AnnotationModel::CodeColumn).data().toString(), QString());
        project.undo();

        project.removeDocument(doc);
        QCOMPARE(model.rowCount(), 0);
        project.undo();
        QCOMPARE(model.rowCount(), 2);
        while (project.undoStack()->canUndo())
            project.undo();
        QCOMPARE(model.rowCount(), 0);
        while (project.undoStack()->canRedo())
            project.redo(); // up to and including removeDocument()
        QCOMPARE(model.rowCount(), 0);
        project.undo();
        QCOMPARE(model.rowCount(), 2);

        project.reset({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void oneDocument()
    {
        Project project;
        const QUuid one = project.addDocument(statement(QStringLiteral("One statement.")));
        const QUuid two = project.addDocument(statement(QStringLiteral("Two statements.")));
        project.addAnnotation(one, 0, 3, {});
        AnnotationModel model(&project);
        model.setDocumentFilter(two);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QUuid b = project.addAnnotation(two, 0, 3, {});
        project.addAnnotation(one, 4, 7, {});
        const QUuid c = project.addAnnotation(two, 4, 10, {});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), 0);
        QCOMPARE(model.rowOf(c), 1);
        project.removeAnnotation(b);
        QCOMPARE(model.rowCount(), 1);
        project.undo();
        QCOMPARE(model.rowOf(b), 0);
        project.removeDocument(one);
        QCOMPARE(model.rowCount(), 2);
        model.setDocumentFilter({});
        QCOMPARE(model.rowCount(), 2);
        project.undo();
        QCOMPARE(model.rowCount(), 4);
    }

    void elidedExcerpt()
    {
        Project project;
        // 100 characters outside the BMP: elision must not split a surrogate pair.
        QString text;
        for (int i = 0; i < 100; ++i)
            text += QStringView(u"𝄞");
        const QUuid doc = project.addDocument(statement(text));
        project.addAnnotation(doc, 0, text.size(), {});
        AnnotationModel model(&project);
        const QString excerpt = model.index(0, 0).data().toString();
        QVERIFY(excerpt.size() <= AnnotationModel::ExcerptLength);
        QVERIFY(excerpt.endsWith(u'…'));
        QVERIFY(!excerpt.chopped(1).back().isHighSurrogate());
        QCOMPARE(model.index(0, 0).data(AnnotationModel::PassageRole).toString(), text);
    }

    void codeModel()
    {
        Project project;
        CodeModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid red = project.addCode(QStringLiteral("Red"), Qt::red, QStringLiteral("hot"));
        const QUuid blue = project.addCode(QStringLiteral("Blue"), Qt::blue);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Red"));
        QCOMPARE(model.index(0).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(model.index(0).data(CodeModel::IdRole).value<QUuid>(), red);
        QCOMPARE(model.index(1).data(CodeModel::IdRole).value<QUuid>(), blue);

        const QUuid doc = project.addDocument(statement(QStringLiteral("Text")));
        project.addAnnotation(doc, 0, 2, red);
        QCOMPARE(model.index(0).data(CodeModel::AnnotationCountRole).value<qsizetype>(), qsizetype(1));

        project.removeCode(red);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.codeId(model.index(0)), blue);
        project.undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(red), 0);

        Code renamed = *project.code(blue);
        renamed.name = QStringLiteral("Azure");
        QVERIFY(project.changeCode(renamed));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Azure"));

        while (project.undoStack()->canUndo())
            project.undo();
        QCOMPARE(model.rowCount(), 0);
        project.reset({}, {Code{QUuid::createUuid(), QStringLiteral("Loaded"), Qt::green, {}, {}}}, {});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
