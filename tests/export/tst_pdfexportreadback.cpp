// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every exported PDF read back twice: with poppler (what a viewer shows) and with qpdf (what the
// file holds): complete highlight annotations, the appendix, the embedded project file.
#include "document/pdfimporter.h"
#include "export/pdfexporter.h"
#include "pdfreadback.h"
#include "qpdfreadback.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::Test;
using namespace Qt::StringLiterals;

class TestPdfExportReadback : public QObject
{
    Q_OBJECT

private:
    struct Expected
    {
        QString passage;
        QUuid code;
        QString note;
        QDateTime created;
    };

    QTemporaryDir m_dir;
    QString m_sample;
    Project m_project;
    QUuid m_doc;
    QUuid m_alliance;
    QUuid m_security;
    QHash<QString, Expected> m_expected; ///< by /NM
    QByteArray m_projectBytes;

    void annotate(const QString &passage, int occurrence, const QUuid &code, const QString &note)
    {
        const QString &text = m_project.document(m_doc)->text;
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = text.indexOf(passage, at + 1);
        QVERIFY2(at >= 0, qPrintable(passage));
        const QUuid id = m_project.addAnnotation(m_doc, at, at + passage.size(), code, note);
        QVERIFY(!id.isNull());
        m_expected.insert(u"lectern-"_s + id.toString(QUuid::WithoutBraces),
            {passage, code, note, m_project.annotation(id)->created});
    }

    QString exportSample(
        const QString &name, PdfExportOptions options, PdfExporter &exporter, const AnalysisResult *analysis = nullptr)
    {
        const QString out = m_dir.filePath(name);
        options.author = u"Test Analyst"_s;
        if (!exporter.exportDocument(m_project, m_doc, analysis, options, out))
            qWarning() << exporter.errorString();
        return out;
    }

    static QString pagesText(const QString &fileName, int from, int to)
    {
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(fileName);
        QString text;
        for (int p = from; pdf && p < std::min(to, pdf->numPages()); ++p)
            text += pdf->page(p)->text(QRectF()) + u'\n';
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_sample = QString::fromUtf8(f.readAll());
        Document d;
        d.title = u"U.S.–Republic of Korea Alliance"_s;
        d.source = u"U.S. Department of State"_s;
        d.date = u"April 26, 2023"_s;
        d.text = m_sample;
        m_doc = m_project.addDocument(d);
        m_alliance
            = m_project.addCode(u"Alliance"_s, QColor(0xff, 0xd5, 0x4f), u"Statements of the alliance's strength"_s);
        m_security = m_project.addCode(u"Security"_s, QColor(0xef, 0x9a, 0x9a), u"Threats and deterrence"_s);
        m_project.addCode(u"Unused"_s, QColor(0x80, 0xcb, 0xc4), u"A code with no annotation here"_s);

        annotate(u"In order to strengthen the cooperation between both countries, Secretary of State Antony Blinken "
                 "and South Korean Foreign Minister Park Jin signed"_s,
            0, m_alliance, u"Who signed — “both ministers”"_s);
        annotate(u"“Today’s agreement will expand the scope of that cooperation"_s, 0, m_alliance, u"Science & tech"_s);
        annotate(u"Japan"_s, 0, m_security, u"Trilateral,\nsee also the Camp David summit"_s);
        annotate(u"Republic of Korea"_s, 2, m_security, QString());
        annotate(u"Taiwan Strait:\n“We’re increasing"_s, 0, m_security, u"Strait to Japan"_s);
        annotate(u"Ukraine"_s, 0, QUuid(), u"plain highlight"_s);

        // bytes of every value, so that no text conversion can pass unnoticed
        for (int i = 0; i < 70000; ++i)
            m_projectBytes.append(char((i * 7 + i / 256) & 0xff));
    }

    void everyAnnotationIsComplete()
    {
        PdfExporter exporter;
        PdfExportOptions options;
        options.projectFile = m_projectBytes;
        const QString out = exportSample(u"complete.pdf"_s, options, exporter);
        QVERIFY2(exporter.errorString().isEmpty(), qPrintable(exporter.errorString()));
        QVERIFY(exporter.missedPassages().isEmpty());
        QCOMPARE(exporter.annotationCount(), m_expected.size());

        const QList<ReadHighlight> viewer = readHighlights(out);
        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(viewer.size(), m_expected.size());
        QCOMPARE(file.highlights.size(), m_expected.size());
        QCOMPARE(file.popupCount, m_expected.size());

        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QSet<QString> names;
        for (const QpdfHighlight &h : file.highlights) {
            QVERIFY2(m_expected.contains(h.uniqueName), qPrintable(h.uniqueName));
            names.insert(h.uniqueName);
            const Expected &e = m_expected.value(h.uniqueName);
            QCOMPARE(h.contents, e.note);
            QCOMPARE(h.author, u"Test Analyst"_s);
            QCOMPARE(h.creationDate, u"D:"_s + e.created.toString(u"yyyyMMddHHmmss"_s) + u'Z');
            const QColor code = e.code.isNull() ? QColor(0xff, 0xe0, 0x66) : m_project.code(e.code)->color;
            QCOMPARE(h.color.rgb(), code.rgb());
            QVERIFY2(h.flags & 4, "printable");
            QVERIFY2(h.hasAppearance, qPrintable(h.uniqueName));
            QVERIFY(h.multiply);
            QVERIFY2(h.appearance.contains(" rg\n") && h.appearance.endsWith("f\n"), h.appearance.constData());
            QCOMPARE(h.appearance.count(" m "), h.quads.size());
            QVERIFY2(h.popupOk, qPrintable(h.uniqueName));
            QCOMPARE(h.popupContents, e.note);
            QVERIFY(!h.popupOpen);
            // qpdf's QuadPoints, read under by poppler: the passage itself
            QStringList parts;
            for (const QRectF &q : h.quads)
                parts << textUnder(*pdf->page(h.page), q);
            QCOMPARE(normalisedSpace(parts.join(u' ')), normalisedSpace(e.passage));
        }
        QCOMPARE(names.size(), m_expected.size());
        for (const ReadHighlight &r : viewer)
            QCOMPARE(r.text, normalisedSpace(m_expected.value(r.uniqueName).passage));
    }

    void projectFileIsEmbedded()
    {
        PdfExporter exporter;
        PdfExportOptions options;
        options.projectFile = m_projectBytes;
        options.projectFileName = u"alliance — 2023.lectern"_s;
        const QString out = exportSample(u"embedded.pdf"_s, options, exporter);
        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.embedded.keys(), QStringList({u"alliance — 2023.lectern"_s}));
        QCOMPARE(file.embedded.first().size(), m_projectBytes.size());
        QVERIFY(file.embedded.first() == m_projectBytes);
        QCOMPARE(file.embeddedMime.first(), u"/application/x-lectern-project"_s);
        QCOMPARE(file.associated, QStringList({u"alliance — 2023.lectern /Source"_s}));

        // poppler sees it too
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QVERIFY(pdf->hasEmbeddedFiles());
        QCOMPARE(pdf->embeddedFiles().size(), 1);
        QVERIFY(pdf->embeddedFiles().first()->data() == m_projectBytes);

        // without bytes, nothing is attached
        const QString bare = exportSample(u"bare.pdf"_s, {}, exporter);
        const QpdfReadback none = readWithQpdf(bare);
        QVERIFY(none.error.isEmpty());
        QVERIFY(none.embedded.isEmpty());
        QVERIFY(none.associated.isEmpty());
    }

    void appendixListsAnnotationsByPage()
    {
        PdfExporter exporter;
        const QString out = exportSample(u"appendix.pdf"_s, {}, exporter);
        QVERIFY(exporter.pageCount() > exporter.bodyPageCount());
        const QList<ReadHighlight> viewer = readHighlights(out);
        for (const ReadHighlight &r : viewer)
            QVERIFY2(r.page < exporter.bodyPageCount(), "no highlight in the appendix, which quotes the passages");

        const QString appendix = pagesText(out, exporter.bodyPageCount(), exporter.pageCount());
        QVERIFY2(appendix.contains(u"Codebook"_s) && appendix.contains(u"Annotations"_s), qPrintable(appendix));
        QVERIFY(appendix.indexOf(u"Codebook"_s) < appendix.indexOf(u"Annotations"_s));
        // the legend: name, description, count
        const QString flat = appendix.simplified();
        QVERIFY2(flat.contains(u"Alliance Statements of the alliance's strength 2"_s), qPrintable(flat));
        QVERIFY(flat.contains(u"Security Threats and deterrence 3"_s));
        QVERIFY(flat.contains(u"Unused A code with no annotation here 0"_s));
        QVERIFY(flat.contains(u"Highlight Highlighted without a code 1"_s));
        // each note under the heading of its highlight's page
        static const QRegularExpression pageHeading(u"^Page (\\d+)$"_s, QRegularExpression::MultilineOption);
        for (const ReadHighlight &r : viewer) {
            const QString note = r.contents.isEmpty() ? u"(no note)"_s : r.contents.section(u'\n', 0, 0);
            const qsizetype at = appendix.indexOf(note, appendix.indexOf(u"Annotations"_s));
            QVERIFY2(at > 0, qPrintable(note));
            int page = -1;
            for (const QRegularExpressionMatch &m : pageHeading.globalMatch(appendix)) {
                if (m.capturedStart() < at)
                    page = m.captured(1).toInt();
            }
            QCOMPARE(page, r.page + 1);
        }
        QVERIFY(appendix.contains(u"“Today’s agreement will expand the scope of that cooperation”"_s));
        QVERIFY(appendix.contains(u"see also the Camp David summit"_s));
        // the footer counts the appendix's pages too
        QVERIFY(QString(appendix).remove(u' ').contains(u"%1/%1"_s.arg(exporter.pageCount())));

        // and it can be left out
        PdfExportOptions without;
        without.includeAppendix = false;
        const QString plain = exportSample(u"no-appendix.pdf"_s, without, exporter);
        QCOMPARE(exporter.pageCount(), exporter.bodyPageCount());
        QVERIFY(!pagesText(plain, 0, 100).contains(u"Codebook"_s));
        QCOMPARE(readHighlights(plain).size(), m_expected.size());
    }

    void firstPageHasHeaderAndMargins()
    {
        PdfExporter exporter;
        const QString out = exportSample(u"header.pdf"_s, {}, exporter);
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QCOMPARE(pdf->info(u"Title"_s), u"U.S.–Republic of Korea Alliance"_s);
        std::unique_ptr<Poppler::Page> first = pdf->page(0);
        const QString text = first->text(QRectF());
        QVERIFY2(text.startsWith(u"U.S.–Republic of Korea Alliance"_s), qPrintable(text.left(80)));
        QVERIFY(text.section(u'\n', 1, 1).contains(u"U.S. Department of State"_s));
        QVERIFY(text.section(u'\n', 1, 1).contains(u"April 26, 2023"_s));
        // the footer: the title, then "1 / 3" (poppler may drop the spaces of the page number)
        QVERIFY(QString(text).remove(u' ').contains(u"Alliance1/%1"_s.arg(exporter.pageCount())));
        // margins for reading: 25 mm at the sides, 22 mm above the text
        const QSizeF size = first->pageSizeF();
        const qreal side = 25 / 25.4 * 72;
        for (const std::unique_ptr<Poppler::TextBox> &word : first->textList()) {
            const QRectF box = word->boundingBox();
            QVERIFY2(box.left() >= side - 1 && box.right() <= size.width() - side + 1, qPrintable(word->text()));
            QVERIFY2(box.top() >= 22 / 25.4 * 72 - 1 && box.bottom() <= size.height() - 8, qPrintable(word->text()));
        }
    }

    void originalPdfKeepsItsPages()
    {
        // A statement that came in as a PDF: this test's own typeset sample, imported back.
        Project plain;
        Document source = *m_project.document(m_doc);
        source.id = QUuid();
        const QUuid plainDoc = plain.addDocument(source);
        PdfExporter exporter;
        PdfExportOptions bare;
        bare.includeAppendix = false;
        const QString original = m_dir.filePath(u"original.pdf"_s);
        QVERIFY(exporter.exportDocument(plain, plainDoc, nullptr, bare, original));
        QFile file(original);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Document imported;
        PdfImporter importer;
        QVERIFY2(importer.importData(file.readAll(), original, &imported), qPrintable(importer.errorString()));
        imported.format = Document::Format::Pdf;
        imported.sourcePath = original;
        QVERIFY(!imported.pageSpans.isEmpty());

        Project project;
        const QUuid doc = project.addDocument(imported);
        const QUuid code = project.addCode(u"Alliance"_s, QColor(0xff, 0xd5, 0x4f));
        QHash<QString, QString> passages; // note -> passage
        const QString &text = project.document(doc)->text;
        auto annotate = [&](const QString &passage, int occurrence, const QString &note) {
            qsizetype at = -1;
            for (int i = 0; i <= occurrence; ++i)
                at = text.indexOf(passage, at + 1);
            QVERIFY2(at >= 0, qPrintable(passage));
            QVERIFY(!project.addAnnotation(doc, at, at + passage.size(), code, note).isNull());
            passages.insert(note, passage);
        };
        annotate(u"Republic of Korea"_s, 1, u"second"_s);
        annotate(u"Republic of Korea"_s, 3, u"fourth"_s);
        annotate(u"enduring security ties, said Secretary Blinken"_s, 0, u"speaker"_s);
        annotate(u"Taiwan Strait"_s, 0, u"strait"_s);

        PdfExportOptions options;
        options.projectFile = m_projectBytes;
        const QString out = m_dir.filePath(u"on-original.pdf"_s);
        QVERIFY2(exporter.exportDocument(project, doc, nullptr, options, out), qPrintable(exporter.errorString()));
        QVERIFY(exporter.annotatedOriginal());
        QVERIFY(exporter.missedPassages().isEmpty());
        // the pages are the original's, unchanged, and the appendix follows them
        const QList<QByteArray> before = pageContents(original);
        QVERIFY(!before.isEmpty());
        QCOMPARE(exporter.bodyPageCount(), before.size());
        QVERIFY(exporter.pageCount() > before.size());
        QVERIFY(pageContents(out).mid(0, before.size()) == before);

        const QpdfReadback back = readWithQpdf(out);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.highlights.size(), passages.size());
        QCOMPARE(back.popupCount, passages.size());
        QVERIFY(back.embedded.first() == m_projectBytes);
        for (const QpdfHighlight &h : back.highlights)
            QVERIFY(h.hasAppearance && h.popupOk && !h.author.isEmpty() && !h.creationDate.isEmpty());
        // each occurrence in its place: the second "Republic of Korea" is above the fourth
        QHash<QString, ReadHighlight> read;
        for (const ReadHighlight &r : readHighlights(out)) {
            QCOMPARE(r.text, normalisedSpace(passages.value(r.contents)));
            read.insert(r.contents, r);
        }
        const ReadHighlight second = read.value(u"second"_s);
        const ReadHighlight fourth = read.value(u"fourth"_s);
        QVERIFY(second.page < fourth.page
            || (second.page == fourth.page && second.quads.first().top() < fourth.quads.first().top()));
    }

    void quotesAndEntitiesHavePopups()
    {
        AnalysisResult analysis;
        const qsizetype open = m_sample.indexOf(u"“Today’s"_s);
        const qsizetype close = m_sample.indexOf(QChar(0x201D), open);
        QVERIFY(open >= 0 && close > open);
        const qsizetype blinken = m_sample.indexOf(u"Antony Blinken"_s);
        const EntityMention person {
            {blinken, blinken + 14}, EntityType::Person, u"Antony Blinken"_s, u"Antony Blinken"_s};
        QuoteSpan quote;
        quote.range = {open, close + 1};
        quote.text = m_sample.mid(open, close + 1 - open);
        quote.speaker = person;
        analysis.quotes.append(quote);
        analysis.entities.append(person);
        const qsizetype rok = m_sample.indexOf(u"South Korea "_s);
        QVERIFY(rok > 0);
        analysis.entities.append({{rok, rok + 11}, EntityType::Place, u"South Korea"_s, u"Republic of Korea"_s});

        PdfExporter exporter;
        PdfExportOptions options;
        options.includeQuotes = true;
        options.includeEntities = true;
        const QString out = exportSample(u"layers.pdf"_s, options, exporter, &analysis);
        QVERIFY(exporter.missedPassages().isEmpty());
        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.highlights.size(), m_expected.size() + 3);
        QCOMPARE(file.popupCount, file.highlights.size());
        QHash<QString, QString> notes;
        for (const QpdfHighlight &h : file.highlights) {
            QVERIFY(h.hasAppearance && h.popupOk);
            QCOMPARE(h.popupContents, h.contents);
            notes.insert(h.uniqueName, h.contents);
        }
        QCOMPARE(notes.value(u"lectern-quote-1"_s), u"Quotation — speaker: Antony Blinken"_s);
        QCOMPARE(notes.value(u"lectern-entity-1"_s), u"Person: Antony Blinken"_s);
        QCOMPARE(notes.value(u"lectern-entity-2"_s), u"Place: Republic of Korea"_s);
        for (const ReadHighlight &r : readHighlights(out)) {
            if (r.uniqueName == u"lectern-quote-1"_s)
                QCOMPARE(r.text, normalisedSpace(quote.text));
            if (r.uniqueName == u"lectern-entity-2"_s)
                QCOMPARE(r.text, u"South Korea"_s);
        }
        const QString legend = pagesText(out, exporter.bodyPageCount(), exporter.pageCount()).simplified();
        QVERIFY2(
            legend.contains(u"Quotation Recognised quotation; its speaker is in the note 1"_s), qPrintable(legend));
        QVERIFY(legend.contains(u"Person Recognised entity; the note gives its canonical name 1"_s));
        QVERIFY(legend.contains(u"Place Recognised entity; the note gives its canonical name 1"_s));
    }
};

QTEST_MAIN(TestPdfExportReadback)
#include "tst_pdfexportreadback.moc"
