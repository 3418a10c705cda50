// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a ~100-page statement with 2,000 annotations; prints the time and the peak memory.
#include "export/pdfexporter.h"

#include <QElapsedTimer>
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
        for (int p = 0; p < 1000; ++p) {
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
        PdfExporter exporter;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(exporter.exportDocument(project, doc, nullptr, {}, dir.filePath(u"bench.pdf"_s)),
                 qPrintable(exporter.errorString()));
        const qint64 ms = timer.elapsed();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo().noquote() << u"exported %1 pages, %2 characters, %3 annotations (%4 not found) in %5 ms; peak RSS %6 MB"_s
                                 .arg(exporter.pageCount())
                                 .arg(text.size())
                                 .arg(exporter.annotationCount())
                                 .arg(exporter.missedPassages().size())
                                 .arg(ms)
                                 .arg(usage.ru_maxrss / 1024.0, 0, 'f', 1);
        QVERIFY(exporter.pageCount() >= 90);
        QVERIFY(exporter.missedPassages().isEmpty());
        QVERIFY(exporter.annotationCount() >= annotations);
    }
};

QTEST_MAIN(BenchPdfExport)
#include "bench_pdfexport.moc"
