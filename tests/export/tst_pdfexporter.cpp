// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfexporter.h"
#include "pdfreadback.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::Test;
using namespace Qt::StringLiterals;

class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    static Document statement(const QString &text)
    {
        Document d;
        d.title = u"U.S.–Republic of Korea Alliance"_s;
        d.source = u"U.S. Department of State"_s;
        d.date = u"April 2023"_s;
        d.text = text;
        return d;
    }

    QUuid annotate(Project &project, const QUuid &doc, const QString &passage, int occurrence, const QUuid &code,
        const QString &note)
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = project.document(doc)->text.indexOf(passage, at + 1);
        [&] {
            QVERIFY2(at >= 0, qPrintable(passage));
        }();
        return project.addAnnotation(doc, at, at + passage.size(), code, note);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_sample = QString::fromUtf8(f.readAll());
        QVERIFY(m_sample.contains(u"Blinken"_s));
    }

    void annotationsAreHighlights()
    {
        Project project;
        const QUuid doc = project.addDocument(statement(m_sample));
        const QUuid alliance = project.addCode(u"Alliance"_s, QColor(0xff, 0xd5, 0x4f));
        const QUuid security = project.addCode(u"Security"_s, QColor(0xef, 0x9a, 0x9a));

        struct Expected
        {
            QString passage;
            int occurrence;
            QUuid code;
            QString note;
        };
        const QList<Expected> expected = {
            // long enough to run over a line break of the PDF
            {u"In order to strengthen the cooperation between both countries, Secretary of State Antony Blinken "
             "and South Korean Foreign Minister Park Jin signed"_s,
                0, alliance, u"Who signed — “both ministers”"_s},
            // curly quotes and apostrophes
            {u"“Today’s agreement will expand the scope of that cooperation"_s, 0, alliance, u"Science & tech"_s},
            {u"Japan"_s, 0, security, u"Trilateral"_s},
            // the title holds the same words: the body's occurrences must be found, each in its place
            {u"Republic of Korea"_s, 0, alliance, u"first"_s},
            {u"Republic of Korea"_s, 2, security, u"defending"_s},
            // across a paragraph break
            {u"Taiwan Strait:\n“We’re increasing"_s, 0, security, u"Strait to Japan"_s},
        };
        QHash<QString, Expected> byName;
        for (const Expected &e : expected) {
            const QUuid id = annotate(project, doc, e.passage, e.occurrence, e.code, e.note);
            QVERIFY(!id.isNull());
            byName.insert(u"lectern-"_s + id.toString(QUuid::WithoutBraces), e);
        }

        const QString out = m_dir.filePath(u"sample.pdf"_s);
        PdfExporter exporter;
        PdfExportOptions options;
        options.author = u"Test Analyst"_s;
        QVERIFY2(exporter.exportDocument(project, doc, nullptr, options, out), qPrintable(exporter.errorString()));
        QVERIFY(exporter.missedPassages().isEmpty());
        QCOMPARE(exporter.annotationCount(), expected.size());

        const QList<ReadHighlight> read = readHighlights(out);
        QCOMPARE(read.size(), expected.size());
        QHash<QString, ReadHighlight> readByNote;
        for (const ReadHighlight &r : read) {
            QVERIFY2(byName.contains(r.uniqueName), qPrintable(r.uniqueName));
            const Expected &e = byName.value(r.uniqueName);
            QCOMPARE(r.contents, e.note);
            QCOMPARE(r.author, u"Test Analyst"_s);
            QCOMPARE(r.color.rgb(), project.code(e.code)->color.rgb());
            QCOMPARE(r.text, normalisedSpace(e.passage));
            readByNote.insert(r.contents, r);
        }
        QVERIFY2(readByNote.value(expected.at(0).note).quads.size() >= 2, "the long passage should span lines");
        QVERIFY(readByNote.value(u"Strait to Japan"_s).quads.size() >= 2);
        // The two "Republic of Korea" are the body's, in document order, not the title's.
        const QRectF first = readByNote.value(u"first"_s).quads.first();
        const QRectF third = readByNote.value(u"defending"_s).quads.first();
        QVERIFY(first.top() < third.top());
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        const QString firstLine = pdf->page(0)->text(QRectF(0, first.center().y() - 1, 1000, 2));
        QVERIFY2(firstLine.startsWith(u"The Republic of Korea"_s), qPrintable(firstLine));
    }

    void quotesAndEntities()
    {
        Project project;
        const QUuid doc = project.addDocument(statement(m_sample));
        const QUuid code = project.addCode(u"Alliance"_s, Qt::yellow);
        QVERIFY(!annotate(project, doc, u"enduring security ties"_s, 0, code, u"ties"_s).isNull());

        // The recogniser is tested on its own; here its result is built by hand.
        AnalysisResult analysis;
        for (qsizetype open = m_sample.indexOf(QChar(0x201C)); open >= 0;
             open = m_sample.indexOf(QChar(0x201C), open + 1)) {
            const qsizetype close = m_sample.indexOf(QChar(0x201D), open);
            QVERIFY(close > open);
            QuoteSpan q;
            q.range = {open, close + 1};
            q.text = m_sample.mid(open, close + 1 - open);
            analysis.quotes.append(q);
        }
        QVERIFY(analysis.quotes.size() >= 4);
        const qsizetype blinken = m_sample.indexOf(u"Antony Blinken"_s);
        EntityMention person {{blinken, blinken + 14}, EntityType::Person, u"Antony Blinken"_s, u"Antony Blinken"_s};
        analysis.quotes[0].speaker = person;
        analysis.entities.append(person);
        const qsizetype ukraine = m_sample.indexOf(u"Ukraine"_s);
        analysis.entities.append({{ukraine, ukraine + 7}, EntityType::Place, u"Ukraine"_s, u"Ukraine"_s});

        const QString out = m_dir.filePath(u"quotes.pdf"_s);
        PdfExporter exporter;
        PdfExportOptions options;
        options.includeQuotes = true;
        options.includeEntities = true;
        QVERIFY2(exporter.exportDocument(project, doc, &analysis, options, out), qPrintable(exporter.errorString()));
        const QList<ReadHighlight> read = readHighlights(out);
        QCOMPARE(read.size(), 1 + analysis.quotes.size() + analysis.entities.size());

        QStringList quoteNotes;
        QStringList entityNotes;
        for (const ReadHighlight &r : read) {
            if (r.uniqueName.startsWith(u"lectern-quote-"_s)) {
                const int n = r.uniqueName.mid(14).toInt();
                QCOMPARE(r.text, normalisedSpace(analysis.quotes.at(n - 1).text));
                QCOMPARE(r.color, PdfExporter::quoteColor());
                quoteNotes << r.contents;
            } else if (r.uniqueName.startsWith(u"lectern-entity-"_s)) {
                entityNotes << r.contents;
            }
        }
        QCOMPARE(quoteNotes.count(u"Quotation — speaker: Antony Blinken"_s), 1);
        QCOMPARE(quoteNotes.count(u"Quotation — speaker unknown"_s), analysis.quotes.size() - 1);
        entityNotes.sort();
        QCOMPARE(entityNotes, QStringList({u"Person: Antony Blinken"_s, u"Place: Ukraine"_s}));
    }

    void unwritablePathFails()
    {
        Project project;
        const QUuid doc = project.addDocument(statement(m_sample));
        const QString out = m_dir.filePath(u"no-such-folder/out.pdf"_s);
        PdfExporter exporter;
        QVERIFY(!exporter.exportDocument(project, doc, nullptr, {}, out));
        QVERIFY2(exporter.errorString().contains(u"out.pdf"_s), qPrintable(exporter.errorString()));
        QVERIFY(!QFile::exists(out));

        // A folder in the way of the file: nothing is left either.
        const QString folder = m_dir.filePath(u"a-folder.pdf"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!exporter.exportDocument(project, doc, nullptr, {}, folder));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
    }

    void unknownDocumentFails()
    {
        Project project;
        PdfExporter exporter;
        const QString out = m_dir.filePath(u"unknown.pdf"_s);
        QVERIFY(!exporter.exportDocument(project, QUuid::createUuid(), nullptr, {}, out));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void longDocumentPaginates()
    {
        QString text;
        for (int i = 1; i <= 200; ++i) {
            text
                += u"Paragraph %1. The ministers reaffirmed the alliance and discussed cooperation on "
                   "security, science and the economy, and agreed to meet again before the end of the year.\n"_s.arg(i);
        }
        Project project;
        const QUuid doc = project.addDocument(statement(text));
        const QUuid code = project.addCode(u"Last"_s, QColor(0x80, 0xcb, 0xc4));
        QVERIFY(!annotate(project, doc, u"Paragraph 200. The ministers reaffirmed"_s, 0, code, u"end"_s).isNull());
        // the same words in every paragraph: the occurrence in paragraph 150 must be the one marked
        const qsizetype p150 = text.indexOf(u"Paragraph 150."_s);
        const qsizetype at = text.indexOf(u"agreed to meet again"_s, p150);
        QVERIFY(!project.addAnnotation(doc, at, at + 20, code, u"p150"_s).isNull());

        const QString out = m_dir.filePath(u"long.pdf"_s);
        PdfExporter exporter;
        QVERIFY2(exporter.exportDocument(project, doc, nullptr, {}, out), qPrintable(exporter.errorString()));
        QVERIFY(exporter.pageCount() >= 5);

        int pages = 0;
        const QList<ReadHighlight> read = readHighlights(out, &pages);
        QCOMPARE(pages, exporter.pageCount());
        QCOMPARE(read.size(), 2);
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        for (int p = 0; p < pages; ++p) {
            const QString pageText = pdf->page(p)->text(QRectF());
            QVERIFY2(pageText.contains(u"%1 / %2"_s.arg(p + 1).arg(pages)), qPrintable(u"page %1"_s.arg(p + 1)));
        }
        for (const ReadHighlight &r : read) {
            if (r.contents == u"end"_s) {
                QCOMPARE(r.page, exporter.bodyPageCount() - 1); // the last page of the statement, before the appendix
                QCOMPARE(r.text, u"Paragraph 200. The ministers reaffirmed"_s);
            } else {
                QCOMPARE(r.text, u"agreed to meet again"_s);
                const QString line = pdf->page(r.page)->text(
                    QRectF(0, r.quads.first().top() - 40, 1000, r.quads.first().height() + 40));
                QVERIFY2(line.contains(u"Paragraph 150."_s), qPrintable(line));
            }
        }
    }
};

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
