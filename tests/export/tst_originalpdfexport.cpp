// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A statement imported from a PDF, exported onto its original pages: words hyphenated at line
// ends are highlighted on both halves, and the appendix follows the original's untouched pages.
#include "document/documentimporter.h"
#include "export/pdfexporter.h"
#include "hyphenatedpdf.h"
#include "pdfreadback.h"
#include "qpdfreadback.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::Test;
using namespace Qt::StringLiterals;

class TestOriginalPdfExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;
    Project m_project;
    QUuid m_doc;
    QHash<QString, QString> m_passages; ///< note -> passage

    void annotate(const QString &passage, const QString &note)
    {
        const QString &text = m_project.document(m_doc)->text;
        const qsizetype at = text.indexOf(passage);
        QVERIFY2(at >= 0, qPrintable(passage));
        const QUuid code = m_project.codes().first().id;
        QVERIFY(!m_project.addAnnotation(m_doc, at, at + passage.size(), code, note).isNull());
        m_passages.insert(note, passage);
    }

    QString exportOriginal(const QString &name, PdfExportOptions options, PdfExporter &exporter)
    {
        const QString out = m_dir.filePath(name);
        options.author = u"Test Analyst"_s;
        if (!exporter.exportDocument(m_project, m_doc, nullptr, options, out))
            qWarning() << exporter.errorString();
        return out;
    }

    QByteArray projectBytes()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ProjectFile writer;
        return writer.save(m_project, buffer) ? buffer.data() : QByteArray();
    }

    /// What poppler reads under the quads, with the line-end hyphens of words joined as the
    /// importer joins them ("secu- rity" -> "security", "Asia- Pacific" -> "Asia-Pacific").
    static QString joined(const QString &read)
    {
        static const QRegularExpression word(u"(\\p{L})- (\\p{Ll})"_s);
        static const QRegularExpression compound(u"(\\p{L})- (\\p{Lu})"_s);
        return QString(read).replace(word, u"\\1\\2"_s).replace(compound, u"\\1-\\2"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_original = m_dir.filePath(u"hyphenated.pdf"_s);
        QVERIFY(writeHyphenatedPdf(m_original));
        DocumentImporter importer;
        Document document;
        QVERIFY2(importer.importFile(m_original, &document), qPrintable(importer.errorString()));
        QCOMPARE(document.format, Document::Format::Pdf);
        // the importer joined the hyphenated words
        QVERIFY2(document.text.simplified().contains(hyphenatedText()), qPrintable(document.text));
        m_doc = m_project.addDocument(document);
        m_project.addCode(u"Security"_s, QColor(0xef, 0x9a, 0x9a), u"Threats and deterrence"_s);
        annotate(u"regional security for decades"_s, u"over secu-rity"_s);
        annotate(u"the agreement to new fields"_s, u"over agree-ment"_s);
        annotate(u"wider Asia-Pacific region"_s, u"over a compound's own hyphen"_s);
        annotate(u"keeps the statement going"_s, u"second page"_s);
    }

    void hyphenatedWordsCoverBothHalves()
    {
        PdfExporter exporter;
        PdfExportOptions options;
        options.includeAppendix = false;
        const QString out = exportOriginal(u"hyphens.pdf"_s, options, exporter);
        QVERIFY(exporter.annotatedOriginal());
        QVERIFY2(exporter.missedPassages().isEmpty(), qPrintable(exporter.missedPassages().join(u" | "_s)));
        QCOMPARE(exporter.annotationCount(), m_passages.size());

        const QList<ReadHighlight> read = readHighlights(out);
        QCOMPARE(read.size(), m_passages.size());
        for (const ReadHighlight &r : read) {
            QVERIFY2(m_passages.contains(r.contents), qPrintable(r.contents));
            QCOMPARE(joined(r.text), m_passages.value(r.contents));
        }
        // one quad a line, the first ending with the hyphen itself
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        for (const ReadHighlight &r : read) {
            if (r.contents != u"over secu-rity"_s)
                continue;
            QCOMPARE(r.quads.size(), 2);
            QCOMPARE(textUnder(*pdf->page(r.page), r.quads.at(0)).trimmed(), u"regional secu-"_s);
            QCOMPARE(textUnder(*pdf->page(r.page), r.quads.at(1)).trimmed(), u"rity for decades"_s);
        }

        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.highlights.size(), m_passages.size());
        QCOMPARE(file.popupCount, m_passages.size());
        for (const QpdfHighlight &h : file.highlights) {
            QVERIFY(h.hasAppearance && h.multiply && h.popupOk);
            QVERIFY(h.uniqueName.startsWith(u"lectern-"_s));
            QCOMPARE(h.popupContents, h.contents);
            QCOMPARE(h.appearance.count(" m "), h.quads.size());
        }
    }

    void appendixFollowsTheOriginalPages()
    {
        PdfExporter exporter;
        PdfExportOptions options;
        options.projectFile = projectBytes();
        options.projectFileName = u"hyphens.lectern"_s;
        const QString out = exportOriginal(u"with-appendix.pdf"_s, options, exporter);
        QVERIFY(exporter.annotatedOriginal());
        const QList<QByteArray> before = pageContents(m_original);
        QCOMPARE(before.size(), 2);
        QCOMPARE(exporter.bodyPageCount(), before.size());
        QVERIFY(exporter.pageCount() > exporter.bodyPageCount());
        // the original pages unchanged, then the appendix
        const QList<QByteArray> after = pageContents(out);
        QCOMPARE(after.size(), exporter.pageCount());
        QVERIFY(after.mid(0, before.size()) == before);

        const QList<ReadHighlight> read = readHighlights(out);
        QCOMPARE(read.size(), m_passages.size());
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(out);
        QString appendix;
        for (int p = exporter.bodyPageCount(); p < pdf->numPages(); ++p)
            appendix += pdf->page(p)->text(QRectF()) + u'\n';
        QVERIFY2(appendix.contains(u"Codebook"_s) && appendix.contains(u"Annotations"_s), qPrintable(appendix));
        QVERIFY(appendix.simplified().contains(u"Security Threats and deterrence 4"_s));
        // each note under the heading of the original page its highlight is on
        static const QRegularExpression pageHeading(u"^Page (\\d+)$"_s, QRegularExpression::MultilineOption);
        for (const ReadHighlight &r : read) {
            QVERIFY2(r.page < exporter.bodyPageCount(), "no highlight in the appendix");
            const qsizetype at = appendix.indexOf(r.contents, appendix.indexOf(u"Annotations"_s));
            QVERIFY2(at > 0, qPrintable(r.contents));
            int page = -1;
            for (const QRegularExpressionMatch &m : pageHeading.globalMatch(appendix)) {
                if (m.capturedStart() < at)
                    page = m.captured(1).toInt();
            }
            QCOMPARE(page, r.page + 1);
        }
        QVERIFY(appendix.contains(u"“regional security for decades”"_s));
        // the appendix's footers go on from the original's pages
        QVERIFY(QString(appendix).remove(u' ').contains(u"%1/%2"_s.arg(before.size() + 1).arg(exporter.pageCount())));
        // and a bookmark leads to it
        const QList<Poppler::OutlineItem> outline = pdf->outline();
        QCOMPARE(outline.size(), 1);
        QCOMPARE(outline.first().name(), u"Codebook and annotations"_s);
        QCOMPARE(outline.first().destination()->pageNumber(), before.size() + 1);

        // the project, embedded, loads
        const QpdfReadback file = readWithQpdf(out);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.highlights.size(), m_passages.size());
        QCOMPARE(file.embedded.size(), 1);
        QBuffer bytes;
        bytes.setData(file.embedded.first());
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        Project loaded;
        ProjectFile reader;
        QVERIFY2(reader.load(loaded, bytes), qPrintable(reader.errorString()));
        QCOMPARE(loaded.documents().size(), 1);
        QCOMPARE(loaded.annotationsOf(m_doc).size(), m_passages.size());
    }
};

QTEST_MAIN(TestOriginalPdfExport)
#include "tst_originalpdfexport.moc"
