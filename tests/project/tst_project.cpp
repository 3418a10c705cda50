// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lectern;

class TestProject : public QObject
{
    Q_OBJECT

private:
    static Document statement(const QString &text = QStringLiteral("The Secretary said “we stand together”."))
    {
        Document d;
        d.title = QStringLiteral("Joint statement");
        d.text = text;
        return d;
    }

private Q_SLOTS:
    void addAnnotationsInOneStep()
    {
        Project project;
        Document d;
        d.text = QStringLiteral("\u201CA,\u201D she said. \u201CB.\u201D");
        const QUuid doc = project.addDocument(d);
        const QUuid quote = project.addCode(QStringLiteral("Quotation"), Qt::yellow);
        const int before = project.undoStack()->count();
        const QList<Project::Passage> passages = {{{0, 4}, QStringLiteral("she")}, {{15, 19}, {}}, {{15, 99}, {}}};
        QCOMPARE(project.addAnnotations(doc, passages, quote, QStringLiteral("Annotate quotations")),
            2); // the third is outside
        QCOMPARE(project.undoStack()->count(), before + 1);
        QCOMPARE(project.undoStack()->text(before), QStringLiteral("Annotate quotations"));
        QCOMPARE(project.annotations().first().note, QStringLiteral("she"));
        QCOMPARE(project.addAnnotations(doc, passages, quote, QStringLiteral("again")), 0);
        QCOMPARE(project.undoStack()->count(), before + 1);
        project.undo();
        QVERIFY(project.annotations().isEmpty());
    }

    void memosMergeTypingIntoOneStep()
    {
        Project project;
        Document d;
        d.text = QStringLiteral("Text.");
        const QUuid doc = project.addDocument(d);
        const int before = project.undoStack()->count();
        QSignalSpy changed(&project, &Project::memoChanged);
        project.setMemo(doc, QStringLiteral("F"));
        project.setMemo(doc, QStringLiteral("Fi"));
        project.setMemo(doc, QStringLiteral("First thoughts"));
        QCOMPARE(project.undoStack()->count(), before + 1); // typing is one step
        project.setMemo({}, QStringLiteral("Project memo"));
        QCOMPARE(project.undoStack()->count(), before + 2);
        QCOMPARE(project.memo(doc), QStringLiteral("First thoughts"));
        QCOMPARE(project.memo(), QStringLiteral("Project memo"));
        project.setMemo(QUuid::createUuid(), QStringLiteral("no such statement")); // ignored
        QCOMPARE(project.undoStack()->count(), before + 2);
        project.undo();
        QVERIFY(project.memo().isEmpty());
        project.undo();
        QVERIFY(project.memo(doc).isEmpty());
        QVERIFY(project.memos().isEmpty());
        QCOMPARE(changed.size(), 6); // three edits, the project memo, two undos
    }

    void codeAllMatchesIsOneUndoStep()
    {
        Project project;
        Document a;
        a.text = QStringLiteral("Korea and KOREA; Koreans are not matched whole. Korea.");
        Document b;
        b.text = QStringLiteral("The Republic of Korea.");
        const QUuid da = project.addDocument(a);
        const QUuid db = project.addDocument(b);
        const QUuid code = project.addCode(QStringLiteral("Korea"), Qt::blue);
        const int before = project.undoStack()->count();
        SearchOptions whole;
        whole.wholeWords = true;
        QCOMPARE(project.codeAllMatches(QStringLiteral("korea"), whole, code, QStringLiteral("n")), 4);
        QCOMPARE(project.undoStack()->count(), before + 1);
        QCOMPARE(project.annotationsOf(da).size(), 3);
        QCOMPARE(project.annotationsOf(db).size(), 1);
        QCOMPARE(project.annotationsOf(db).first().note, QStringLiteral("n"));
        // Again: nothing new (already coded), and no empty undo step.
        QCOMPARE(project.codeAllMatches(QStringLiteral("korea"), whole, code), 0);
        QCOMPARE(project.undoStack()->count(), before + 1);
        project.undo();
        QVERIFY(project.annotations().isEmpty());
        project.redo();
        QCOMPARE(project.annotations().size(), 4);
        // Case, scope and regular expressions.
        SearchOptions exact;
        exact.caseSensitive = true;
        QCOMPARE(project.codeAllMatches(QStringLiteral("KOREA"), exact, QUuid(), {}, {da}), 1);
        SearchOptions regex;
        regex.regularExpression = true;
        QString error;
        QCOMPARE(project.codeAllMatches(QStringLiteral("Kore(a"), regex, code, {}, {}, &error), -1);
        QVERIFY(error.contains(QStringLiteral("position")));
        QCOMPARE(project.codeAllMatches(QStringLiteral("Korea\\w+"), regex, code), 1); // "Koreans"
        QCOMPARE(project.codeAllMatches(QStringLiteral("x"), regex, QUuid::createUuid(), {}, {}, &error), -1);
    }

    void entityCorrectionsUndo()
    {
        Project project;
        QSignalSpy changed(&project, &Project::entityCorrectionsChanged);
        const QUuid first = project.addEntityCorrection(
            {{}, EntityCorrection::Kind::NotAnEntity, QStringLiteral("Pacific"), {}, EntityType::Place});
        const QUuid second = project.addEntityCorrection({{}, EntityCorrection::Kind::AddAlias, QStringLiteral("Seoul"),
            QStringLiteral("Republic of Korea"), EntityType::Place});
        QVERIFY(!first.isNull() && first != second);
        QCOMPARE(project.entityCorrections().size(), 2);
        QVERIFY(project.isModified());
        QCOMPARE(changed.size(), 2);
        project.removeEntityCorrection(first);
        QCOMPARE(project.entityCorrections().size(), 1);
        QCOMPARE(project.entityCorrections().first().id, second);
        project.undo(); // the removed one comes back in its place, first
        QCOMPARE(project.entityCorrections().size(), 2);
        QCOMPARE(project.entityCorrections().first().id, first);
        project.undo();
        project.undo();
        QVERIFY(project.entityCorrections().isEmpty());
        QVERIFY(!project.isModified());
        project.redo();
        QCOMPARE(project.entityCorrections().first().text, QStringLiteral("Pacific"));
        QCOMPARE(changed.size(), 7); // add, add, remove, three undos, one redo
    }

    void addCodeAndAnnotation()
    {
        Project project;
        QSignalSpy codes(&project, &Project::codesChanged);
        QSignalSpy added(&project, &Project::annotationAdded);
        const QUuid doc = project.addDocument(statement());
        QVERIFY(!doc.isNull());
        const QUuid code = project.addCode(QStringLiteral("Alliance"), QColor(255, 200, 0));
        QVERIFY(!code.isNull());
        QCOMPARE(codes.count(), 1);
        QCOMPARE(project.addCode(QStringLiteral("Alliance"), Qt::red), code); // same name: same code
        QCOMPARE(project.codes().size(), 1);

        const QUuid a = project.addAnnotation(doc, 4, 13, code, QStringLiteral("who speaks"));
        QVERIFY(!a.isNull());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<QUuid>(), a);
        const Annotation *annotation = project.annotation(a);
        QVERIFY(annotation);
        QCOMPARE(annotation->documentId, doc);
        QCOMPARE(annotation->start, qsizetype(4));
        QCOMPARE(annotation->end, qsizetype(13));
        QCOMPARE(annotation->codeIds, QList<QUuid> {code});
        QCOMPARE(annotation->note, QStringLiteral("who speaks"));
        QVERIFY(annotation->created.isValid());
        QCOMPARE(project.annotationsOf(doc).size(), 1);
        QCOMPARE(project.annotationCount(code), 1);
    }

    void undoRedo()
    {
        Project project;
        const QUuid doc = project.addDocument(statement());
        const QUuid code = project.addCode(QStringLiteral("Quote"), Qt::blue);
        QSignalSpy removed(&project, &Project::annotationRemoved);
        const QUuid a = project.addAnnotation(doc, 0, 3, code);
        const Annotation original = *project.annotation(a);
        project.undo();
        QVERIFY(!project.annotation(a));
        QCOMPARE(removed.count(), 1);
        project.redo();
        QVERIFY(project.annotation(a));
        QCOMPARE(*project.annotation(a), original);
        project.undo();
        project.undo(); // the code
        QVERIFY(!project.code(code));
        project.undo(); // the statement
        QVERIFY(project.documents().isEmpty());
        project.redo();
        project.redo();
        project.redo();
        QCOMPARE(project.documents().size(), 1);
        QCOMPARE(*project.annotation(a), original);
    }

    void removeAndUndoRestoresSameAnnotation()
    {
        Project project;
        const QUuid doc = project.addDocument(statement());
        const QUuid first = project.addAnnotation(doc, 0, 3, {});
        const QUuid second = project.addAnnotation(doc, 4, 13, {}, QStringLiteral("note"));
        const QUuid third = project.addAnnotation(doc, 14, 18, {});
        const Annotation before = *project.annotation(second);
        project.removeAnnotation(second);
        QVERIFY(!project.annotation(second));
        QCOMPARE(project.annotations().size(), 2);
        project.undo();
        QCOMPARE(project.annotations().size(), 3);
        QCOMPARE(project.annotations().at(0).id, first);
        QCOMPARE(project.annotations().at(1), before); // same id, same place, same everything
        QCOMPARE(project.annotations().at(2).id, third);
    }

    void noteChangeIsUndoable()
    {
        Project project;
        const QUuid doc = project.addDocument(statement());
        const QUuid a = project.addAnnotation(doc, 0, 3, {}, QStringLiteral("first"));
        QSignalSpy changed(&project, &Project::annotationChanged);
        project.setAnnotationNote(a, QStringLiteral("second"));
        QCOMPARE(project.annotation(a)->note, QStringLiteral("second"));
        QCOMPARE(changed.count(), 1);
        project.undo();
        QCOMPARE(project.annotation(a)->note, QStringLiteral("first"));
        QCOMPARE(changed.count(), 2);
        project.redo();
        QCOMPARE(project.annotation(a)->note, QStringLiteral("second"));

        // Typing a note is one step: consecutive edits of one annotation merge.
        const int steps = project.undoStack()->count();
        project.setAnnotationNote(a, QStringLiteral("second, third"));
        project.setAnnotationNote(a, QStringLiteral("second, third, fourth"));
        QCOMPARE(project.undoStack()->count(), steps);
        project.undo();
        QCOMPARE(project.annotation(a)->note, QStringLiteral("first"));
    }

    void modifiedFollowsCleanState()
    {
        Project project;
        QSignalSpy modified(&project, &Project::modifiedChanged);
        QVERIFY(!project.isModified());
        const QUuid doc = project.addDocument(statement());
        QVERIFY(project.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        project.markSaved();
        QVERIFY(!project.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        project.addAnnotation(doc, 0, 3, {});
        QVERIFY(project.isModified());
        project.undo(); // back to the saved state
        QVERIFY(!project.isModified());
        project.undo(); // before the saved state
        QVERIFY(project.isModified());
        project.redo();
        QVERIFY(!project.isModified());

        project.reset({}, {}, {});
        QVERIFY(!project.isModified());
        QVERIFY(!project.undoStack()->canUndo());
    }

    void invalidRangesRejected_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::newRow("empty") << qsizetype(3) << qsizetype(3);
        QTest::newRow("reversed") << qsizetype(5) << qsizetype(2);
        QTest::newRow("negative start") << qsizetype(-1) << qsizetype(2);
        QTest::newRow("past the end") << qsizetype(0) << qsizetype(11);
        QTest::newRow("both past the end") << qsizetype(20) << qsizetype(30);
    }

    void invalidRangesRejected()
    {
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        Project project;
        const QUuid doc = project.addDocument(statement(QStringLiteral("0123456789")));
        const int steps = project.undoStack()->count();
        QSignalSpy added(&project, &Project::annotationAdded);
        QVERIFY(project.addAnnotation(doc, start, end, {}).isNull());
        QCOMPARE(added.count(), 0);
        QCOMPARE(project.undoStack()->count(), steps);
        QVERIFY(!project.addAnnotation(doc, 0, 10, {}).isNull()); // the whole text is fine
    }

    void unknownDocumentOrCodeRejected()
    {
        Project project;
        const QUuid doc = project.addDocument(statement());
        QVERIFY(project.addAnnotation(QUuid::createUuid(), 0, 3, {}).isNull());
        QVERIFY(project.addAnnotation(doc, 0, 3, QUuid::createUuid()).isNull());
        QVERIFY(project.addCode(QStringLiteral("  "), Qt::red).isNull());
    }

    void removeDocumentRemovesItsAnnotations()
    {
        Project project;
        const QUuid one = project.addDocument(statement());
        const QUuid two = project.addDocument(statement(QStringLiteral("Another statement.")));
        const QUuid a1 = project.addAnnotation(one, 0, 3, {});
        const QUuid b1 = project.addAnnotation(two, 0, 7, {});
        const QUuid a2 = project.addAnnotation(one, 4, 13, {}, QStringLiteral("kept on undo"));
        const QList<Annotation> before = project.annotations();

        QSignalSpy removed(&project, &Project::annotationRemoved);
        QSignalSpy added(&project, &Project::annotationAdded);
        QSignalSpy documents(&project, &Project::documentsChanged);
        project.removeDocument(one);
        QVERIFY(!project.document(one));
        QCOMPARE(project.documents().size(), 1);
        QCOMPARE(project.annotations().size(), 1);
        QCOMPARE(project.annotations().at(0).id, b1);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(documents.count(), 1);

        project.undo();
        QCOMPARE(project.documents().size(), 2);
        QCOMPARE(project.documents().at(0).id, one);
        QCOMPARE(project.annotations(), before);
        QCOMPARE(added.count(), 2);
        QVERIFY(project.annotation(a1) && project.annotation(a2));

        project.redo();
        QCOMPARE(project.annotations().size(), 1);
    }

    void codeChangesAreUndoable()
    {
        Project project;
        const QUuid doc = project.addDocument(statement());
        const QUuid code = project.addCode(QStringLiteral("Threat"), Qt::red, QStringLiteral("a danger"));
        const QUuid other = project.addCode(QStringLiteral("Promise"), Qt::green);
        const QUuid a = project.addAnnotation(doc, 0, 3, code);

        Code renamed = *project.code(code);
        renamed.name = QStringLiteral("Promise");
        QVERIFY(!project.changeCode(renamed)); // the name belongs to another code
        renamed.name = QStringLiteral("Danger");
        renamed.color = Qt::darkRed;
        QSignalSpy changed(&project, &Project::codeChanged);
        QVERIFY(project.changeCode(renamed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(project.code(code)->name, QStringLiteral("Danger"));
        project.undo();
        QCOMPARE(project.code(code)->name, QStringLiteral("Threat"));
        QCOMPARE(project.code(code)->color, QColor(Qt::red));

        QCOMPARE(project.annotationCount(code), 1);
        project.removeCode(code);
        QVERIFY(!project.code(code));
        QVERIFY(project.annotation(a)); // the work stays, as a plain highlight
        QVERIFY(project.annotation(a)->codeIds.isEmpty());
        project.undo();
        QCOMPARE(project.annotation(a)->codeIds, QList<QUuid> {code});
        QCOMPARE(project.codes().at(0).id, code);

        project.setAnnotationCode(a, other);
        QCOMPARE(project.annotation(a)->codeIds, QList<QUuid> {other});
        project.undo();
        QCOMPARE(project.annotation(a)->codeIds, QList<QUuid> {code});
    }

    void resetReplacesEverything()
    {
        Project project;
        project.addDocument(statement());
        QSignalSpy reset(&project, &Project::projectReset);
        Document d = statement(QStringLiteral("Loaded."));
        d.id = QUuid::createUuid();
        project.reset({d}, {}, {});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(project.documents().size(), 1);
        QCOMPARE(project.documents().at(0).id, d.id);
        QVERIFY(!project.isModified());
    }

    void fileName()
    {
        Project project;
        QSignalSpy spy(&project, &Project::fileNameChanged);
        project.setFileName(QStringLiteral("/tmp/a.lectern"));
        project.setFileName(QStringLiteral("/tmp/a.lectern"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(project.fileName(), QStringLiteral("/tmp/a.lectern"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
