// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a 100-page statement with 2,000 annotations (plus the appendix that lists them, and an
// embedded project file); prints the time and the peak memory (getrusage's ru_maxrss).
// LECTERN_BENCH_OUTPUT=/path/out.pdf keeps the PDF for a look.
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

private Q_SLOTS:
    void export100Pages()
    {
        const QStringList sentences = {
            u"The Secretary reaffirmed the “ironclad” commitment of the United States to the alliance."_s,
            u"Both ministers discussed economic security, supply chains and critical minerals."_s,
            u"They condemned the DPRK’s unlawful missile launches and called for dialogue."_s,
            u"Cooperation in science, space and artificial intelligence will deepen this year."_s,
            u"The two governments agreed to meet again before the end of the year in Seoul."_s,
        };
        QString text;
        // 850 paragraphs of four sentences fill 100 A4 pages in the reading layout.
        for (int p = 0; p < 850; ++p) {
            text += u"%1. "_s.arg(p + 1);
            for (int s = 0; s < 4; ++s)
                text += sentences.at((p + s) % sentences.size()) + u' ';
            text += u'\n';
        }
        Project project;
        Document d;
        d.title = u"Benchmark statement"_s;
        d.text = text;
        const QUuid doc = project.addDocument(d);
        QList<QUuid> codes;
        for (int c = 0; c < 8; ++c)
            codes << project.addCode(u"Code %1"_s.arg(c), QColor::fromHsv(c * 45, 90, 250));

        // 2,000 passages of 2 to 9 words, starting at word boundaries spread over the text.
        QList<qsizetype> wordStarts;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if ((i == 0 || text.at(i - 1).isSpace()) && !text.at(i).isSpace())
                wordStarts << i;
        }
        const int annotations = 2000;
        for (int a = 0; a < annotations; ++a) {
            const qsizetype w = qsizetype(a) * (wordStarts.size() - 20) / annotations;
            const qsizetype start = wordStarts.at(w);
            qsizetype end = wordStarts.at(w + 2 + a % 8) - 1;
            QVERIFY(!project.addAnnotation(doc, start, end, codes.at(a % codes.size()), u"note %1"_s.arg(a)).isNull());
        }

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
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        qInfo().noquote() << u"exported %1 + %2 pages, %3 characters, %4 annotations (%5 not found) in %6 ms; "
                             "peak RSS %7 MB, PDF %8 MB"_s.arg(exporter.bodyPageCount())
                                 .arg(exporter.pageCount() - exporter.bodyPageCount())
                                 .arg(text.size())
                                 .arg(exporter.annotationCount())
                                 .arg(exporter.missedPassages().size())
                                 .arg(ms)
                                 .arg(usage.ru_maxrss / 1024.0, 0, 'f', 1)
                                 .arg(QFileInfo(out).size() / 1048576.0, 0, 'f', 1);
        QVERIFY(exporter.bodyPageCount() >= 95 && exporter.bodyPageCount() <= 110);
        QVERIFY(exporter.missedPassages().isEmpty());
        QVERIFY(exporter.annotationCount() >= annotations);
    }
};

QTEST_MAIN(BenchPdfExport)
#include "bench_pdfexport.moc"
