// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every statement of ../shared/corpus opens, analyses (every span the recogniser reports slices
// the text it analysed), goes into one project with its quotations annotated, and the project
// saves and reopens unchanged.
#include "analysis/recognizer.h"
#include "document/documentimporter.h"
#include "project/project.h"
#include "storage/projectfile.h"
#include "storagetesthelpers.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

const QString corpusDir = QStringLiteral(LECTERN_SHARED_DIR "/corpus");

// Empty when \a range lies in \a text and \a expected is the text it covers.
QString sliceError(const QString &text, const TextRange &range, const QString &expected, const char *what)
{
    if (range.start < 0 || range.start > range.end || range.end > text.size())
        return QStringLiteral("%1 [%2, %3) lies outside the text of %4 characters")
            .arg(QLatin1StringView(what))
            .arg(range.start)
            .arg(range.end)
            .arg(text.size());
    if (QStringView(text).sliced(range.start, range.length()) != expected)
        return QStringLiteral("%1 [%2, %3) says “%4” but the text there is “%5”")
            .arg(QLatin1StringView(what))
            .arg(range.start)
            .arg(range.end)
            .arg(expected, text.mid(range.start, range.length()));
    return {};
}

QString analysisError(const QString &text, const AnalysisResult &result)
{
    QString error;
    for (const QuoteSpan &quote : result.quotes) {
        if (error.isEmpty())
            error = sliceError(text, quote.range, quote.text, "quote");
        if (error.isEmpty() && quote.speaker)
            error = sliceError(text, quote.speaker->range, quote.speaker->text, "speaker");
    }
    for (const QuotedTerm &term : result.terms) {
        if (error.isEmpty())
            error = sliceError(text, term.range, term.text, "term");
    }
    for (const EntityMention &entity : result.entities) {
        if (error.isEmpty())
            error = sliceError(text, entity.range, entity.text, "entity");
    }
    for (const LexicalSpan &span : result.spans) {
        if (error.isEmpty() && (span.start < 0 || span.start > span.end || span.end > text.size()))
            error = QStringLiteral("span [%1, %2) lies outside the text").arg(span.start).arg(span.end);
    }
    return error;
}

} // namespace

class TestCorpusRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusRoundTrip()
    {
        if (!QFileInfo(corpusDir).isDir())
            QSKIP(qPrintable(QStringLiteral("%1 is absent: the shared corpus is not checked out beside the "
                                            "project (only ../shared may be missing)")
                                 .arg(corpusDir)));
        QStringList files;
        QDirIterator it(corpusDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString suffix = QFileInfo(file).suffix().toLower();
            if (suffix == u"txt" || suffix == u"md" || suffix == u"html" || suffix == u"htm" || suffix == u"pdf")
                files << file;
        }
        files.sort();
        QVERIFY2(!files.isEmpty(), qPrintable(corpusDir + QStringLiteral(" holds no statement")));

        QElapsedTimer timer;
        timer.start();
        Project project;
        const QUuid quotation = project.addCode(QStringLiteral("Quotation"), QColor(255, 200, 0, 128));
        const Recognizer recognizer;
        qint64 characters = 0;
        qsizetype quotes = 0;
        qsizetype entities = 0;
        for (const QString &fileName : std::as_const(files)) {
            DocumentImporter importer;
            Document document;
            QVERIFY2(importer.importFile(fileName, &document),
                qPrintable(fileName + QStringLiteral(": ") + importer.errorString()));
            const AnalysisResult result = recognizer.analyze(document.text);
            const QString error = analysisError(document.text, result);
            QVERIFY2(error.isEmpty(), qPrintable(fileName + QStringLiteral(": ") + error));
            characters += document.text.size();
            quotes += result.quotes.size();
            entities += result.entities.size();

            const QUuid id = project.addDocument(document);
            QList<Project::Passage> passages;
            for (const QuoteSpan &quote : result.quotes)
                passages.append({quote.range, quote.speaker ? quote.speaker->canonical : QString()});
            project.addAnnotations(id, passages, quotation, QStringLiteral("Annotate quotations"));
        }
        QCOMPARE(project.documents().size(), files.size());
        qInfo("%lld statements, %lld characters, %lld quotations, %lld entities, %lld annotations: %lld ms",
            qlonglong(files.size()), qlonglong(characters), qlonglong(quotes), qlonglong(entities),
            qlonglong(project.annotations().size()), qlonglong(timer.elapsed()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("corpus.lectern"));
        ProjectFile file;
        QVERIFY2(file.save(project, fileName), qPrintable(file.errorString()));
        QVERIFY(!project.isModified());
        Project reopened;
        QVERIFY2(file.load(reopened, fileName), qPrintable(file.errorString()));
        const QString difference = StorageTest::projectDifference(reopened, project);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(reopened.documents().at(i).sourcePath, QFileInfo(files.at(i)).absoluteFilePath());

        // Saved again, the reopened project gives the same bytes.
        QFile saved(fileName);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY2(file.save(reopened, again), qPrintable(file.errorString()));
        QVERIFY(again.data() == saved.readAll());
    }
};

QTEST_GUILESS_MAIN(TestCorpusRoundTrip)
#include "tst_corpusroundtrip.moc"
