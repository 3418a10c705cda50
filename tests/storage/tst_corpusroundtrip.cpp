// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every statement of ../shared/corpus opens, analyses (every span the recogniser reports slices
// the text it analysed), goes into one project with its quotations annotated, and the project
// saves and reopens unchanged.
#include "analysis/recognizer.h"
#include "analysisinvariants.h"
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
using Lectern::TestSupport::analysisError;

namespace {

const QString corpusDir = QStringLiteral(LECTERN_SHARED_DIR "/corpus");

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
