// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codestatistics.h"
#include "project/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lectern;

// The code tree (move, delete with children, merge) and annotations with several codes, all
// through Project's intent methods and undone and redone without a widget.
class TestCodeTree : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Project project;
        QUuid doc, actors, states, people, themes, security;
        Fixture()
        {
            Document d;
            d.text = QStringLiteral("The alliance stands together for peace and security.");
            doc = project.addDocument(d);
            actors = project.addCode(QStringLiteral("Actors"), Qt::red);
            states = project.addCode(QStringLiteral("States"), Qt::green, {}, actors);
            people = project.addCode(QStringLiteral("People"), Qt::blue, {}, actors);
            themes = project.addCode(QStringLiteral("Themes"), Qt::yellow);
            security = project.addCode(QStringLiteral("Security"), Qt::cyan, {}, themes);
            project.undoStack()->setClean();
        }
    };

    // What the tree looks like, to compare before and after undo: each code as "name<parent".
    static QStringList shape(const Project &project)
    {
        QStringList result;
        for (const Code &code : project.codes()) {
            const Code *parent = project.code(code.parentId);
            result << code.name + u'<' + (parent ? parent->name : QString());
        }
        return result;
    }

private Q_SLOTS:
    void hierarchy()
    {
        Fixture f;
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.actors, f.themes}));
        QCOMPARE(f.project.childCodes(f.actors), (QList<QUuid> {f.states, f.people}));
        QCOMPARE(f.project.codesDepthFirst(), (QList<QUuid> {f.actors, f.states, f.people, f.themes, f.security}));
        QVERIFY(f.project.isCodeWithin(f.people, f.actors));
        QVERIFY(f.project.isCodeWithin(f.actors, f.actors));
        QVERIFY(!f.project.isCodeWithin(f.actors, f.people));
        QVERIFY(f.project.addCode(QStringLiteral("Orphan"), Qt::red, {}, QUuid::createUuid()).isNull());
    }

    void moveUndoRedo()
    {
        Fixture f;
        const QStringList before = shape(f.project);
        const int setup = f.project.undoStack()->index();
        QSignalSpy moved(&f.project, &Project::codeMoved);
        QVERIFY(f.project.moveCode(f.security, f.actors, 1));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(f.project.code(f.security)->parentId, f.actors);
        QCOMPARE(f.project.childCodes(f.actors), (QList<QUuid> {f.states, f.security, f.people}));
        QVERIFY(f.project.isModified());
        f.project.undo();
        QCOMPARE(shape(f.project), before);
        QVERIFY(!f.project.isModified());
        f.project.redo();
        QCOMPARE(f.project.childCodes(f.actors), (QList<QUuid> {f.states, f.security, f.people}));

        // To the top level, first; then last among siblings (out of range).
        QVERIFY(f.project.moveCode(f.people, QUuid(), 0));
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.people, f.actors, f.themes}));
        QVERIFY(f.project.moveCode(f.people, QUuid(), 99));
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.actors, f.themes, f.people}));
        // Within the same parent, downwards.
        QVERIFY(f.project.moveCode(f.actors, QUuid(), 1));
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.themes, f.actors, f.people}));
        while (f.project.undoStack()->index() > setup)
            f.project.undo();
        QCOMPARE(shape(f.project), before);
    }

    void moveToItsOwnPlaceIsNoStep()
    {
        Fixture f;
        const int steps = f.project.undoStack()->count();
        QVERIFY(f.project.moveCode(f.people, f.actors, 1));
        QVERIFY(f.project.moveCode(f.people, f.actors, -1));
        QCOMPARE(f.project.undoStack()->count(), steps);
    }

    void cyclesRefused()
    {
        Fixture f;
        const int steps = f.project.undoStack()->count();
        QVERIFY(!f.project.moveCode(f.actors, f.actors));
        QVERIFY(!f.project.moveCode(f.actors, f.states));
        QVERIFY(f.project.moveCode(f.people, f.states)); // Actors > States > People
        QVERIFY(!f.project.moveCode(f.actors, f.people)); // a grandchild: still a cycle
        QVERIFY(!f.project.moveCode(f.actors, QUuid::createUuid()));
        QVERIFY(!f.project.moveCode(QUuid::createUuid(), QUuid()));
        QCOMPARE(f.project.undoStack()->count(), steps + 1);
        QCOMPARE(f.project.code(f.actors)->parentId, QUuid());
    }

    void deleteCodeWithChildren()
    {
        Fixture f;
        const QUuid a = f.project.addAnnotation(f.doc, 4, 12, f.actors);
        const QUuid b = f.project.addAnnotation(f.doc, 0, 3, f.states);
        QVERIFY(f.project.addAnnotationCode(b, f.actors));
        const QStringList before = shape(f.project);
        const QList<Annotation> annotationsBefore = f.project.annotations();
        const int steps = f.project.undoStack()->count();

        QCOMPARE(f.project.annotationCount(f.actors), 2);
        f.project.removeCode(f.actors);
        QCOMPARE(f.project.undoStack()->count(), steps + 1); // one step
        QVERIFY(!f.project.code(f.actors));
        // The children take its place at the top level, in their order.
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.states, f.people, f.themes}));
        QVERIFY(f.project.annotation(a)->codeIds.isEmpty()); // a plain highlight now
        QCOMPARE(f.project.annotation(b)->codeIds, QList<QUuid> {f.states});

        f.project.undo();
        QCOMPARE(shape(f.project), before);
        QCOMPARE(f.project.annotations(), annotationsBefore); // the code back in each list, in place
        f.project.redo();
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.states, f.people, f.themes}));
        f.project.undo();
        QCOMPARE(f.project.annotations(), annotationsBefore);
    }

    void deleteNestedCodeMovesChildrenToItsParent()
    {
        Fixture f;
        const QUuid sub = f.project.addCode(QStringLiteral("Allies"), Qt::gray, {}, f.states);
        f.project.removeCode(f.states);
        QCOMPARE(f.project.code(sub)->parentId, f.actors);
        QCOMPARE(f.project.childCodes(f.actors), (QList<QUuid> {sub, f.people}));
        f.project.undo();
        QCOMPARE(f.project.code(sub)->parentId, f.states);
        QCOMPARE(f.project.childCodes(f.actors), (QList<QUuid> {f.states, f.people}));
    }

    void mergeUndoRedo()
    {
        Fixture f;
        const QUuid child = f.project.addCode(QStringLiteral("Allies"), Qt::gray, {}, f.states);
        const QUuid onlySource = f.project.addAnnotation(f.doc, 0, 3, f.states);
        const QUuid both = f.project.addAnnotation(f.doc, 4, 12, f.people);
        QVERIFY(f.project.addAnnotationCode(both, f.themes));
        QVERIFY(f.project.addAnnotationCode(both, f.states)); // people, themes, states
        const QUuid neither = f.project.addAnnotation(f.doc, 13, 19, f.security);
        const QStringList before = shape(f.project);
        const QList<Annotation> annotationsBefore = f.project.annotations();
        const int steps = f.project.undoStack()->count();

        QVERIFY(!f.project.mergeCodes(f.states, f.states));
        QVERIFY(!f.project.mergeCodes(f.states, QUuid::createUuid()));
        QVERIFY(f.project.mergeCodes(f.states, f.people));
        QCOMPARE(f.project.undoStack()->count(), steps + 1);
        QVERIFY(!f.project.code(f.states));
        QCOMPARE(f.project.annotation(onlySource)->codeIds, QList<QUuid> {f.people});
        QCOMPARE(f.project.annotation(both)->codeIds, (QList<QUuid> {f.people, f.themes})); // no duplicate
        QCOMPARE(f.project.annotation(neither)->codeIds, QList<QUuid> {f.security});
        QCOMPARE(f.project.code(child)->parentId, f.people);
        QCOMPARE(f.project.annotationCount(f.people), 2);

        f.project.undo();
        QCOMPARE(shape(f.project), before);
        QCOMPARE(f.project.annotations(), annotationsBefore);
        f.project.redo();
        QCOMPARE(f.project.annotation(both)->codeIds, (QList<QUuid> {f.people, f.themes}));
        QCOMPARE(f.project.code(child)->parentId, f.people);
        f.project.undo();
        QCOMPARE(shape(f.project), before);
        QCOMPARE(f.project.annotations(), annotationsBefore);
    }

    void mergeIntoOwnDescendant()
    {
        Fixture f;
        const QUuid a = f.project.addAnnotation(f.doc, 0, 3, f.actors);
        const QStringList before = shape(f.project);
        QVERIFY(f.project.mergeCodes(f.actors, f.people));
        // People takes Actors' place; its former sibling moves under it.
        QCOMPARE(f.project.childCodes(), (QList<QUuid> {f.people, f.themes}));
        QCOMPARE(f.project.childCodes(f.people), QList<QUuid> {f.states});
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.people});
        f.project.undo();
        QCOMPARE(shape(f.project), before);
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.actors});
    }

    void severalCodesPerAnnotation()
    {
        Fixture f;
        const QUuid a = f.project.addAnnotation(f.doc, 4, 12, f.states);
        QSignalSpy changed(&f.project, &Project::annotationChanged);
        QVERIFY(f.project.addAnnotationCode(a, f.security));
        QVERIFY(!f.project.addAnnotationCode(a, f.security)); // once
        QVERIFY(!f.project.addAnnotationCode(a, QUuid::createUuid()));
        QVERIFY(!f.project.addAnnotationCode(QUuid::createUuid(), f.security));
        QCOMPARE(f.project.annotation(a)->codeIds, (QList<QUuid> {f.states, f.security}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.project.annotationCount(f.security), 1);
        QCOMPARE(f.project.annotationCount(f.states), 1);

        QVERIFY(f.project.removeAnnotationCode(a, f.states));
        QVERIFY(!f.project.removeAnnotationCode(a, f.states));
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.security});
        QCOMPARE(f.project.annotation(a)->firstCode(), f.security);
        QVERIFY(f.project.removeAnnotationCode(a, f.security));
        QVERIFY(f.project.annotation(a)->codeIds.isEmpty()); // kept, as a plain highlight
        QCOMPARE(f.project.annotationCount(QUuid()), 1);

        f.project.undo();
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.security});
        f.project.undo();
        QCOMPARE(f.project.annotation(a)->codeIds, (QList<QUuid> {f.states, f.security}));
        f.project.undo();
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.states});
        f.project.redo();
        QCOMPARE(f.project.annotation(a)->codeIds, (QList<QUuid> {f.states, f.security}));

        // setAnnotationCode() replaces them all.
        f.project.setAnnotationCode(a, f.people);
        QCOMPARE(f.project.annotation(a)->codeIds, QList<QUuid> {f.people});
        f.project.undo();
        QCOMPARE(f.project.annotation(a)->codeIds, (QList<QUuid> {f.states, f.security}));
    }

    void codeAllMatchesAddsAnotherAnnotationForAnotherCode()
    {
        Fixture f;
        QCOMPARE(f.project.codeAllMatches(QStringLiteral("peace"), {}, f.themes), 1);
        QCOMPARE(f.project.codeAllMatches(QStringLiteral("peace"), {}, f.themes), 0); // carries it already
        const QUuid a = f.project.annotations().first().id;
        QVERIFY(f.project.addAnnotationCode(a, f.security));
        QCOMPARE(f.project.codeAllMatches(QStringLiteral("peace"), {}, f.security), 0); // carries it too
    }

    void statisticsCountEveryCode()
    {
        Fixture f;
        const QUuid a = f.project.addAnnotation(f.doc, 4, 12, f.states);
        f.project.addAnnotationCode(a, f.security);
        f.project.addAnnotation(f.doc, 0, 8, f.people); // overlaps a
        const CodeStatistics s = CodeStatistics::of(f.project);
        QCOMPARE(s.codes, f.project.codesDepthFirst());
        const qsizetype st = s.codes.indexOf(f.states), se = s.codes.indexOf(f.security),
                        pe = s.codes.indexOf(f.people);
        QCOMPARE(s.frequencies.at(0).at(st), 1);
        QCOMPARE(s.frequencies.at(0).at(se), 1);
        QCOMPARE(s.cooccurrences.at(st).at(se), 1); // on one annotation
        QCOMPARE(s.cooccurrences.at(se).at(st), 1);
        QCOMPARE(s.cooccurrences.at(pe).at(st), 1); // overlapping annotations
        QCOMPARE(s.cooccurrences.at(pe).at(se), 1);
        QCOMPARE(s.cooccurrences.at(st).at(st), 1);
    }
};

QTEST_GUILESS_MAIN(TestCodeTree)
#include "tst_codetree.moc"
