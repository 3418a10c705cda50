// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codemodel.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Lectern;

// The codebook tree model, checked by QAbstractItemModelTester through every kind of change.
class TestCodeModel : public QObject
{
    Q_OBJECT

private:
    // The model's tree, depth first, as "name<parent name", read through the model alone.
    static QStringList shape(const CodeModel &model, const QModelIndex &parent = {})
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            result << index.data().toString() + u'<' + parent.data().toString();
            result << shape(model, index);
        }
        return result;
    }
    // The same read from the project: the model must always agree with it.
    static QStringList shape(const Project &project)
    {
        QStringList result;
        for (const QUuid &id : project.codesDepthFirst()) {
            const Code *code = project.code(id);
            const Code *parent = project.code(code->parentId);
            result << code->name + u'<' + (parent ? parent->name : QString());
        }
        return result;
    }

private Q_SLOTS:
    void followsTheProject()
    {
        Project project;
        CodeModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Document d;
        d.text = QStringLiteral("Some text to annotate.");
        const QUuid doc = project.addDocument(d);

        const QUuid actors = project.addCode(QStringLiteral("Actors"), Qt::red);
        const QUuid states = project.addCode(QStringLiteral("States"), Qt::green, {}, actors);
        const QUuid people = project.addCode(QStringLiteral("People"), Qt::blue, {}, actors);
        const QUuid themes = project.addCode(QStringLiteral("Themes"), Qt::yellow);
        QCOMPARE(shape(model), shape(project));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.indexOf(actors)), 2);
        QCOMPARE(model.indexOf(people).parent(), model.indexOf(actors));
        QCOMPARE(model.rowOf(people), 1);
        QCOMPARE(model.indexOf(states).data(CodeModel::ParentIdRole).value<QUuid>(), actors);

        const QUuid a = project.addAnnotation(doc, 0, 4, states);
        project.addAnnotationCode(a, themes);
        QCOMPARE(model.indexOf(states).data(CodeModel::AnnotationCountRole).value<qsizetype>(), qsizetype(1));
        QCOMPARE(model.indexOf(themes).data(CodeModel::AnnotationCountRole).value<qsizetype>(), qsizetype(1));

        // Moves: into another parent, to the top, within siblings.
        QPersistentModelIndex persistent = model.indexOf(people);
        QVERIFY(project.moveCode(people, themes));
        QCOMPARE(shape(model), shape(project));
        QCOMPARE(persistent.data().toString(), QStringLiteral("People"));
        QCOMPARE(persistent.parent(), model.indexOf(themes));
        QVERIFY(project.moveCode(states, QUuid(), 0));
        QCOMPARE(shape(model), shape(project));
        QVERIFY(project.moveCode(states, QUuid(), 2));
        QCOMPARE(shape(model), shape(project));

        // Merge and delete with children, then undo everything and redo it.
        QVERIFY(project.mergeCodes(themes, states));
        QCOMPARE(shape(model), shape(project));
        project.removeCode(states);
        QCOMPARE(shape(model), shape(project));
        QVERIFY(!model.indexOf(states).isValid());
        const QStringList end = shape(project);
        while (project.undoStack()->canUndo()) {
            project.undo();
            QCOMPARE(shape(model), shape(project));
        }
        QCOMPARE(model.rowCount(), 0);
        while (project.undoStack()->canRedo()) {
            project.redo();
            QCOMPARE(shape(model), shape(project));
        }
        QCOMPARE(shape(model), end);

        Code loaded {QUuid::createUuid(), QStringLiteral("Loaded"), Qt::green, {}, {}};
        Code child {QUuid::createUuid(), QStringLiteral("Child"), Qt::green, {}, loaded.id};
        project.reset({}, {child, loaded}, {}); // a child before its parent in the list
        QCOMPARE(shape(model), (QStringList {QStringLiteral("Loaded<"), QStringLiteral("Child<Loaded")}));
    }

    void dragAndDropMovesUndoably()
    {
        Project project;
        CodeModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid a = project.addCode(QStringLiteral("A"), Qt::red);
        const QUuid b = project.addCode(QStringLiteral("B"), Qt::green);
        const QUuid c = project.addCode(QStringLiteral("C"), Qt::blue);
        QVERIFY(model.flags(model.indexOf(a)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
        QCOMPARE(model.supportedDropActions(), Qt::MoveAction);

        // Drop A onto C: A becomes C's child.
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(a)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(QLatin1StringView(CodeModel::MimeType)));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(c)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(c)));
        QCOMPARE(project.code(a)->parentId, c);
        QCOMPARE(shape(model), (QStringList {QStringLiteral("B<"), QStringLiteral("C<"), QStringLiteral("A<C")}));

        // C cannot be dropped into its own child.
        data.reset(model.mimeData({model.indexOf(c)}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a)));
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(a)));
        QCOMPARE(project.code(c)->parentId, QUuid());

        // Drop B between C and the end of the top level: row 2 counts B itself, so it goes last.
        data.reset(model.mimeData({model.indexOf(b)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, QModelIndex()));
        QCOMPARE(project.childCodes(), (QList<QUuid> {c, b}));
        // And back before C.
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QCOMPARE(project.childCodes(), (QList<QUuid> {b, c}));

        // Each drop is one undo step.
        project.undo();
        QCOMPARE(project.childCodes(), (QList<QUuid> {c, b}));
        project.undo();
        project.undo();
        QCOMPARE(project.code(a)->parentId, QUuid());
        QCOMPARE(project.childCodes(), (QList<QUuid> {a, b, c}));

        // Nonsense is refused.
        QMimeData junk;
        junk.setData(QLatin1StringView(CodeModel::MimeType), "not an id");
        QVERIFY(!model.canDropMimeData(&junk, Qt::MoveAction, -1, -1, QModelIndex()));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, QModelIndex()));
    }
};

QTEST_GUILESS_MAIN(TestCodeModel)
#include "tst_codemodel.moc"
