// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A project at the size of a long study: 1,000 statements of ../shared/corpus (repeated when the
// corpus has fewer; the sample statement when it is absent) and 50,000 annotations under 40
// codes in a two-level codebook, with the annotations panel's model and filter attached as the
// window has them. Prints how long the analyst waits for what they do most: applying a code
// to a selection, undoing it, and filtering the annotations panel (by text, by code, by
// statement), each the median and the worst of many runs. Goal: under 50 ms each.
#include "document/documentimporter.h"
#include "project/annotationfiltermodel.h"
#include "project/annotationmodel.h"
#include "project/project.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>

using namespace Lectern;

namespace {

constexpr int Statements = 1000;
constexpr int Annotations = 50000;
constexpr int Runs = 25;

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures figuresOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.constLast()};
}

void print(const char *what, const Figures &f)
{
    qInfo("%-58s median %7.2f ms, worst %7.2f ms %s", what, f.median, f.worst, f.worst < 50 ? "" : "(over 50 ms)");
}

} // namespace

class BenchLargeProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyUndoFilter();

private:
    Project m_project;
    QList<QUuid> m_codes;
};

void BenchLargeProject::initTestCase()
{
    QStringList files;
    QDirIterator it(QStringLiteral(LECTERN_SHARED_DIR "/corpus"), {QStringLiteral("*.txt"), QStringLiteral("*.md")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        qInfo("../shared/corpus not found: the project repeats the sample statement");
        files.append(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
    }
    QList<Document> documents;
    DocumentImporter importer;
    qint64 characters = 0;
    for (int i = 0; documents.size() < Statements; ++i) {
        Document document;
        QVERIFY2(importer.importFile(files.at(i % files.size()), &document), qPrintable(importer.errorString()));
        if (document.text.size() < 200)
            continue;
        if (i >= files.size())
            document.title += QStringLiteral(" (%1)").arg(i / files.size() + 1);
        document.id = QUuid::createUuid();
        characters += document.text.size();
        documents.append(std::move(document));
    }

    QList<Code> codes;
    for (int parent = 0; parent < 8; ++parent) {
        const QUuid parentId = QUuid::createUuid();
        codes.append(
            {parentId, QStringLiteral("Theme %1").arg(parent), QColor::fromHsv(parent * 45, 160, 230), {}, {}});
        for (int child = 0; child < 4; ++child)
            codes.append({QUuid::createUuid(), QStringLiteral("Theme %1.%2").arg(parent).arg(child),
                QColor::fromHsv(parent * 45, 100 + child * 30, 230), {}, parentId});
    }
    QRandomGenerator random(7);
    QList<Annotation> annotations;
    annotations.reserve(Annotations);
    for (int i = 0; i < Annotations; ++i) {
        const Document &document = documents.at(i % documents.size());
        Annotation a;
        a.id = QUuid::createUuid();
        a.documentId = document.id;
        a.start = random.bounded(document.text.size() - 120);
        a.end = a.start + 20 + random.bounded(100);
        a.codeIds = {codes.at(random.bounded(codes.size())).id};
        if (const QUuid second = codes.at(random.bounded(codes.size())).id; i % 5 == 0 && !a.codeIds.contains(second))
            a.codeIds.append(second);
        a.note = i % 3 == 0 ? QStringLiteral("Note %1 on the alliance and deterrence").arg(i) : QString();
        a.author = QStringLiteral("analyst");
        a.created = QDateTime::currentDateTimeUtc();
        annotations.append(std::move(a));
    }
    for (const Code &code : std::as_const(codes))
        m_codes.append(code.id);
    m_project.reset(std::move(documents), std::move(codes), std::move(annotations), {}, {});
    qInfo("%d statements (%.1f M characters), %lld annotations, %lld codes; peak memory %.0f MB", Statements,
        double(characters) / 1e6, qlonglong(m_project.annotations().size()), qlonglong(m_project.codes().size()),
        peakMegabytes());
}

void BenchLargeProject::applyUndoFilter()
{
    // The annotations panel as the window has it: every statement's annotations, filtered.
    AnnotationModel model(&m_project);
    AnnotationFilterModel filter(&m_project);
    filter.setSourceModel(&model);
    filter.sort(AnnotationModel::PassageColumn); // text order, as the panel shows it
    QCOMPARE(filter.rowCount(), Annotations);

    QList<double> apply, undo, redo, byText, byCode, byStatement, clear;
    QRandomGenerator random(11);
    QElapsedTimer timer;
    for (int run = 0; run < Runs; ++run) {
        const Document &document = m_project.documents().at(random.bounded(Statements));
        const qsizetype start = random.bounded(document.text.size() - 60);
        const QUuid code = m_codes.at(random.bounded(m_codes.size()));

        timer.start();
        const QUuid id = m_project.addAnnotation(document.id, start, start + 40, code);
        int shown = filter.rowCount();
        apply.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(!id.isNull());
        QCOMPARE(shown, Annotations + 1);

        timer.start();
        m_project.undo();
        shown = filter.rowCount();
        undo.append(double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(filter.rowCount(), Annotations);

        timer.start();
        m_project.redo();
        redo.append(double(timer.nsecsElapsed()) / 1e6);
        m_project.undo();

        timer.start();
        filter.setTextFilter(run % 2 ? QStringLiteral("deterrence") : QStringLiteral("the alliance"));
        shown = filter.rowCount(); // the mapping is rebuilt on first use: count it in
        byText.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < Annotations);
        filter.setTextFilter({});

        timer.start();
        filter.setCodeFilter(m_codes.at((run % 8) * 5)); // a theme with its four codes under it
        shown = filter.rowCount();
        byCode.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < Annotations);

        timer.start();
        filter.setCodeFilter({});
        shown = filter.rowCount();
        clear.append(double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(filter.rowCount(), Annotations);

        timer.start();
        filter.setDocumentFilter(document.id);
        shown = filter.rowCount();
        byStatement.append(double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(filter.rowCount() < 200);
        filter.setDocumentFilter({});
    }
    print("apply a code to a selection (add an annotation)", figuresOf(apply));
    print("undo it", figuresOf(undo));
    print("redo it", figuresOf(redo));
    print("filter the annotations panel by text", figuresOf(byText));
    print("filter it by a code and the codes under it", figuresOf(byCode));
    print("clear the code filter (all 50,000 shown)", figuresOf(clear));
    print("filter it by statement", figuresOf(byStatement));
    qInfo("peak memory %.0f MB", peakMegabytes());
}

QTEST_GUILESS_MAIN(BenchLargeProject)
#include "bench_largeproject.moc"
