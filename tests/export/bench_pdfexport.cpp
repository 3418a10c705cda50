// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a 100-page statement with 2,000 annotations (plus the appendix that lists them, and an
// embedded project file), then ten 10-page statements with 200 each into one combined PDF;
// prints the times and the peak memory (getrusage's ru_maxrss).
// LECTERN_BENCH_OUTPUT=/path/out.pdf keeps the PDF for a look.
#include "export/combinedexporter.h"
#include "export/pdfexporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Lectern;
using namespace Qt::StringLiterals;

class BenchPdfExport : public QObject
{
    Q_OBJECT

private:
    /// A statement of \a paragraphs paragraphs of four sentences (850 fill 100 A4 pages in the
    /// reading layout) with \a annotations passages of 2 to 9 words, starting at word boundaries
    /// spread over the text.
    static QUuid addStatement(Project &project, const QString &title, int paragraphs, int annotations)
    {
        const QStringList sentences = {
            u"The Secretary reaffirmed the “ironclad” commitment of the United States to the alliance."_s,
            u"Both ministers discussed economic security, supply chains and critical minerals."_s,
            u"They condemned the DPRK’s unlawful missile launches and called for dialogue."_s,
            u"Cooperation in science, space and artificial intelligence will deepen this year."_s,
            u"The two governments agreed to meet again before the end of the year in Seoul."_s,
        };
        QString text;
        for (int p = 0; p < paragraphs; ++p) {
            text += u"%1. "_s.arg(p + 1);
            for (int s = 0; s < 4; ++s)
                text += sentences.at((p + s) % sentences.size()) + u' ';
            text += u'\n';
        }
        Document d;
        d.title = title;
        d.text = text;
        const QUuid doc = project.addDocument(d);
        if (project.codes().isEmpty()) {
            for (int c = 0; c < 8; ++c)
                project.addCode(u"Code %1"_s.arg(c), QColor::fromHsv(c * 45, 90, 250));
        }
        QList<qsizetype> wordStarts;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if ((i == 0 || text.at(i - 1).isSpace()) && !text.at(i).isSpace())
                wordStarts << i;
        }
        for (int a = 0; a < annotations; ++a) {
            const qsizetype w = qsizetype(a) * (wordStarts.size() - 20) / annotations;
            const qsizetype start = wordStarts.at(w);
            const qsizetype end = wordStarts.at(w + 2 + a % 8) - 1;
            const QUuid code = project.codes().at(a % project.codes().size()).id;
            project.addAnnotation(doc, start, end, code, u"note %1"_s.arg(a));
        }
        return doc;
    }

    static double peakMegabytes()
    {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss / 1024.0;
    }

private Q_SLOTS:
    void export100Pages()
    {
        Project project;
        const int annotations = 2000;
        const QUuid doc = addStatement(project, u"Benchmark statement"_s, 850, annotations);
        QCOMPARE(project.annotations().size(), annotations);
        const QString text = project.document(doc)->text;

        QTemporaryDir dir;
        const QString out = qEnvironmentVariableIsSet("LECTERN_BENCH_OUTPUT")
            ? qEnvironmentVariable("LECTERN_BENCH_OUTPUT")
            : dir.filePath(u"bench.pdf"_s);
        PdfExportOptions options;
        options.author = u"Benchmark"_s;
        options.projectFile = QByteArray(2 << 20, 'p'); // a project file of 2 MB, as large ones are
        options.projectFileName = u"bench.lectern"_s;
        PdfExporter exporter;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(exporter.exportDocument(project, doc, nullptr, options, out), qPrintable(exporter.errorString()));
        const qint64 ms = timer.elapsed();
        qInfo().noquote() << u"exported %1 + %2 pages, %3 characters, %4 annotations (%5 not found) in %6 ms; "
                             "peak RSS %7 MB, PDF %8 MB"_s.arg(exporter.bodyPageCount())
                                 .arg(exporter.pageCount() - exporter.bodyPageCount())
                                 .arg(text.size())
                                 .arg(exporter.annotationCount())
                                 .arg(exporter.missedPassages().size())
                                 .arg(ms)
                                 .arg(peakMegabytes(), 0, 'f', 1)
                                 .arg(QFileInfo(out).size() / 1048576.0, 0, 'f', 1);
        QVERIFY(exporter.bodyPageCount() >= 95 && exporter.bodyPageCount() <= 110);
        QVERIFY(exporter.missedPassages().isEmpty());
        QVERIFY(exporter.annotationCount() >= annotations);
    }

    /// Ten statements of ten pages, 200 annotations each, into one combined PDF.
    void exportCombined10Statements()
    {
        Project project;
        for (int i = 0; i < 10; ++i)
            addStatement(project, u"Statement %1"_s.arg(i + 1), 85, 200);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"combined.pdf"_s);
        PdfExportOptions options;
        options.author = u"Benchmark"_s;
        options.projectFile = QByteArray(2 << 20, 'p');
        options.projectFileName = u"bench.lectern"_s;
        CombinedPdfExporter exporter;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(exporter.exportProject(project, {}, options, out), qPrintable(exporter.errorString()));
        const qint64 ms = timer.elapsed();
        qInfo().noquote() << u"combined 10 statements: %1 pages, %2 annotations (%3 not found) in %4 ms; "
                             "peak RSS %5 MB, PDF %6 MB"_s.arg(exporter.pageCount())
                                 .arg(exporter.annotationCount())
                                 .arg(exporter.missedPassages().size())
                                 .arg(ms)
                                 .arg(peakMegabytes(), 0, 'f', 1)
                                 .arg(QFileInfo(out).size() / 1048576.0, 0, 'f', 1);
        QVERIFY(exporter.missedPassages().isEmpty());
        QVERIFY(exporter.annotationCount() >= 2000);
    }
};

QTEST_MAIN(BenchPdfExport)
#include "bench_pdfexport.moc"
