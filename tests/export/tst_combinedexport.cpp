// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// All the statements of a project in one PDF, read back with poppler and qpdf: each statement on
// its own pages with a bookmark, page numbers running through, every highlight complete, one
// appendix by statement and page, the project embedded once.
#include "document/documentimporter.h"
#include "export/combinedexporter.h"
#include "hyphenatedpdf.h"
#include "pdfreadback.h"
#include "qpdfreadback.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::Test;
using namespace Qt::StringLiterals;

class TestCombinedExport : public QObject
{
    Q_OBJECT

private:
    struct Expected
    {
        QString passage;
        QString note;
        int statement = 0;
    };

    QTemporaryDir m_dir;
    QString m_original;
    Project m_project;
    QList<QUuid> m_docs;
    QUuid m_code;
    QHash<QString, Expected> m_expected; ///< by note (unique)
    QHash<QUuid, AnalysisResult> m_analyses;

    void annotate(int statement, const QString &passage, const QString &note, bool coded = true)
    {
        const QUuid doc = m_docs.at(statement);
        const QString &text = m_project.document(doc)->text;
        const qsizetype at = text.indexOf(passage);
        QVERIFY2(at >= 0, qPrintable(passage));
        QVERIFY(!m_project.addAnnotation(doc, at, at + passage.size(), coded ? m_code : QUuid(), note).isNull());
        m_expected.insert(note, {passage, note, statement});
    }

    /// A recognised quotation, so that every statement has a "lectern-quote-1" of its own.
    void addQuote(int statement, const QString &passage)
    {
        const QUuid doc = m_docs.at(statement);
        const qsizetype at = m_project.document(doc)->text.indexOf(passage);
        QVERIFY(at >= 0);
        QuoteSpan quote;
        quote.range = {at, at + passage.size()};
        quote.text = passage;
        m_analyses[doc].quotes.append(quote);
    }

    QByteArray projectBytes()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ProjectFile writer;
        return writer.save(m_project, buffer) ? buffer.data() : QByteArray();
    }

    static QString joined(const QString &read)
    {
        static const QRegularExpression word(u"(\\p{L})- (\\p{Ll})"_s);
        return QString(read).replace(word, u"\\1\\2"_s);
    }

    static QString pageText(Poppler::Document &pdf, int page) { return pdf.page(page)->text(QRectF()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Document first;
        first.title = u"U.S.–Republic of Korea Alliance"_s;
        first.source = u"U.S. Department of State"_s;
        first.date = u"April 26, 2023"_s;
        first.text = QString::fromUtf8(f.readAll());
        m_docs << m_project.addDocument(first);

        Document second;
        second.title = u"Joint Readout"_s;
        second.source = u"Ministry of Foreign Affairs"_s;
        second.date = u"May 2, 2023"_s;
        second.text = u"The ministers met in Seoul to review the alliance.\n\n"
                      "They agreed that “deterrence must stay credible” and asked their staff to report by June."_s;
        m_docs << m_project.addDocument(second);

        m_original = m_dir.filePath(u"hyphenated.pdf"_s);
        QVERIFY(writeHyphenatedPdf(m_original));
        DocumentImporter importer;
        Document third;
        QVERIFY2(importer.importFile(m_original, &third), qPrintable(importer.errorString()));
        m_docs << m_project.addDocument(third);

        m_code = m_project.addCode(u"Alliance"_s, QColor(0xff, 0xd5, 0x4f), u"Statements of the alliance's strength"_s);
        m_project.addCode(u"Unused"_s, QColor(0x80, 0xcb, 0xc4), u"A code with no annotation here"_s);
        annotate(0, u"Secretary of State Antony Blinken"_s, u"first signatory"_s);
        annotate(0, u"Taiwan Strait"_s, u"the strait"_s);
        annotate(1, u"review the alliance"_s, u"review"_s);
        annotate(1, u"report by June"_s, u"deadline"_s, false);
        annotate(2, u"regional security for decades"_s, u"hyphenated at the line end"_s);
        annotate(2, u"keeps the statement going"_s, u"on the original's second page"_s);
        addQuote(0, u"Today’s agreement"_s);
        addQuote(1, u"“deterrence must stay credible”"_s);
    }

    void oneFileForAllStatements()
    {
        CombinedPdfExporter exporter;
        exporter.setTitle(u"Alliance statements"_s);
        PdfExportOptions options;
        options.author = u"Test Analyst"_s;
        options.includeQuotes = true;
        options.projectFile = projectBytes();
        options.projectFileName = u"alliance.lectern"_s;
        const QString out = m_dir.filePath(u"combined.pdf"_s);
        int lastDone = -1;
        int steps = 0;
        exporter.setProgress([&](int done, int total, const QString &) {
            if (done < lastDone)
                return false; // progress never goes back
            lastDone = done;
            steps = total;
            return true;
        });
        const auto analysisOf = [this](const QUuid &id) -> const AnalysisResult * {
            return m_analyses.contains(id) ? &*m_analyses.constFind(id) : nullptr;
        };
        QVERIFY2(exporter.exportProject(m_project, analysisOf, options, out), qPrintable(exporter.errorString()));
        QCOMPARE(lastDone, steps);
        QVERIFY2(exporter.missedPassages().isEmpty(), qPrintable(exporter.missedPassages().join(u" | "_s)));
        QCOMPARE(exporter.originalCount(), 1);
        const int expectedCount = int(m_expected.size()) + 2; // and the two quotations
        QCOMPARE(exporter.annotationCount(), expectedCount);

        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), exporter.pageCount());
        QCOMPARE(pdf->info(u"Title"_s), u"Alliance statements"_s);
        const QList<int> first = exporter.partFirstPages();
        QCOMPARE(first.size(), 4); // three statements, then the appendix
        QCOMPARE(first.at(0), 0);
        QVERIFY(first.at(0) < first.at(1) && first.at(1) < first.at(2) && first.at(2) < first.at(3));
        QCOMPARE(first.at(3) - first.at(2), 2); // the original's two pages

        // each typeset statement starts a page with its header
        QVERIFY(pageText(*pdf, first.at(0)).startsWith(u"U.S.–Republic of Korea Alliance"_s));
        QVERIFY(pageText(*pdf, first.at(1)).startsWith(u"Joint Readout"_s));
        QVERIFY(pageText(*pdf, first.at(1)).section(u'\n', 1, 1).contains(u"May 2, 2023"_s));
        // the original's pages are its own, untouched
        const QList<QByteArray> original = pageContents(m_original);
        QVERIFY(pageContents(out).mid(first.at(2), 2) == original);
        // page numbers run through the typeset pages and the appendix
        for (int p = 0; p < pdf->numPages(); ++p) {
            if (p >= first.at(2) && p < first.at(3))
                continue;
            QVERIFY2(pageText(*pdf, p).remove(u' ').contains(u"%1/%2"_s.arg(p + 1).arg(pdf->numPages())),
                qPrintable(u"page %1"_s.arg(p + 1)));
        }
        // a bookmark per statement, and one for the appendix
        const QList<Poppler::OutlineItem> outline = pdf->outline();
        const QStringList titles = {u"U.S.–Republic of Korea Alliance"_s, u"Joint Readout"_s, u"Hyphenated statement"_s,
            u"Codebook and annotations"_s};
        QCOMPARE(outline.size(), titles.size());
        for (int i = 0; i < titles.size(); ++i) {
            QCOMPARE(outline.at(i).name(), titles.at(i));
            QCOMPARE(outline.at(i).destination()->pageNumber(), first.at(i) + 1);
        }

        // every highlight on its statement's pages, over its passage
        const QList<ReadHighlight> read = readHighlights(out);
        QCOMPARE(read.size(), expectedCount);
        QHash<QString, ReadHighlight> byNote;
        for (const ReadHighlight &r : read) {
            if (r.uniqueName.startsWith(u"lectern-quote-"_s))
                continue;
            QVERIFY2(m_expected.contains(r.contents), qPrintable(r.contents));
            const Expected e = m_expected.value(r.contents);
            QCOMPARE(joined(r.text), normalisedSpace(e.passage));
            QVERIFY(r.page >= first.at(e.statement) && r.page < first.at(e.statement + 1));
            byNote.insert(r.contents, r);
        }
        QCOMPARE(byNote.size(), m_expected.size());

        // qpdf: complete annotations with names unique in the file, the project once
        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.highlights.size(), expectedCount);
        QCOMPARE(file.popupCount, expectedCount);
        QSet<QString> names;
        for (const QpdfHighlight &h : file.highlights) {
            QVERIFY2(h.hasAppearance && h.multiply && h.popupOk, qPrintable(h.uniqueName));
            QVERIFY(!h.uniqueName.isEmpty() && !h.author.isEmpty() && !h.creationDate.isEmpty());
            QVERIFY(!h.contents.isEmpty());
            QCOMPARE(h.popupContents, h.contents);
            names.insert(h.uniqueName);
        }
        QCOMPARE(names.size(), expectedCount);
        QVERIFY(names.contains(u"lectern-quote-1-s1"_s) && names.contains(u"lectern-quote-1-s2"_s));
        QCOMPARE(file.embedded.keys(), QStringList({u"alliance.lectern"_s}));
        QCOMPARE(file.associated, QStringList({u"alliance.lectern /Source"_s}));
        QBuffer bytes;
        bytes.setData(file.embedded.first());
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        Project loaded;
        ProjectFile reader;
        QVERIFY2(reader.load(loaded, bytes), qPrintable(reader.errorString()));
        QCOMPARE(loaded.documents().size(), 3);
        QCOMPARE(loaded.annotationsOf(m_docs.at(1)).size(), 2);

        // one appendix: the codebook over all statements, then the annotations by statement and page
        QString appendix;
        for (int p = first.at(3); p < pdf->numPages(); ++p)
            appendix += pageText(*pdf, p) + u'\n';
        const QString flat = appendix.simplified();
        QVERIFY2(flat.contains(u"Alliance Statements of the alliance's strength 5"_s), qPrintable(flat));
        QVERIFY(flat.contains(u"Unused A code with no annotation here 0"_s));
        QVERIFY(flat.contains(u"Highlight Highlighted without a code 1"_s));
        QVERIFY(flat.contains(u"Quotation Recognised quotation; its speaker is in the note 2"_s));
        appendix = appendix.normalized(QString::NormalizationForm_KC); // poppler reads "ﬁrst"
        qsizetype previous = appendix.indexOf(u"Annotations"_s);
        QVERIFY(previous > 0);
        QList<qsizetype> headings;
        for (const QString &title : titles.mid(0, 3)) {
            const qsizetype at = appendix.indexOf(title, previous);
            QVERIFY2(at > previous, qPrintable(title));
            headings << at;
            previous = at;
        }
        static const QRegularExpression pageHeading(u"^Page (\\d+)$"_s, QRegularExpression::MultilineOption);
        for (const Expected &e : std::as_const(m_expected)) {
            const qsizetype at = appendix.indexOf(e.note, headings.at(e.statement));
            QVERIFY2(at > 0, qPrintable(e.note));
            QVERIFY(e.statement == 2 || at < headings.at(e.statement + 1));
            int page = -1;
            for (const QRegularExpressionMatch &m : pageHeading.globalMatch(appendix)) {
                if (m.capturedStart() < at)
                    page = m.captured(1).toInt();
            }
            QCOMPARE(page, byNote.value(e.note).page + 1);
        }
    }

    void cancelLeavesNothing()
    {
        CombinedPdfExporter exporter;
        exporter.setProgress([](int done, int, const QString &) { return done < 2; });
        const QString out = m_dir.filePath(u"cancelled.pdf"_s);
        QVERIFY(!exporter.exportProject(m_project, {}, {}, out));
        QVERIFY(exporter.wasCancelled());
        QVERIFY(!QFile::exists(out));
    }

    void emptyProjectIsRefused()
    {
        CombinedPdfExporter exporter;
        QVERIFY(!exporter.exportProject(Project(), {}, {}, m_dir.filePath(u"empty.pdf"_s)));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!exporter.wasCancelled());
    }
};

QTEST_MAIN(TestCombinedExport)
#include "tst_combinedexport.moc"
