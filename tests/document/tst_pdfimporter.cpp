// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentimporter.h"
#include "document/pdfimporter.h"
#include "document/pdflayout.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <qpdf/QPDFJob.hh>

using namespace Lectern;

namespace {

/// One line of a fixture page, drawn at the left margin unless indented.
struct FixtureLine
{
    QString text;
    bool paragraph = false; ///< space above: it starts a paragraph
    int size = 11; ///< font size in points
    qreal y = -1; ///< baseline, when the line is placed rather than flowed
};
using FixturePage = QList<FixtureLine>;

constexpr qreal PageHeight = 842; // A4 at 72 dpi: painter units are points

/// A PDF whose pages have a running header and a "Page n of m" footer around the given lines.
QByteArray drawPdf(const QList<FixturePage> &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPixelSize(9);
        painter.setFont(small);
        painter.drawText(QPointF(72, 40), QStringLiteral("Ministry of Examples \u2014 Press Release"));
        painter.drawText(QPointF(72, PageHeight - 37), QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size()));
        qreal y = 130;
        for (const FixtureLine &line : pages.at(i)) {
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPixelSize(line.size);
            painter.setFont(font);
            if (line.y >= 0) {
                painter.drawText(QPointF(72, line.y), line.text);
                continue;
            }
            if (line.paragraph && y > 130)
                y += 10;
            painter.drawText(QPointF(72, y), line.text);
            y += line.size * 1.3;
        }
    }
    painter.end();
    return bytes;
}

FixtureLine paragraph(const QString &text, int size = 11)
{
    return {text, true, size};
}

FixtureLine line(const QString &text)
{
    return {text, false};
}

QList<FixturePage> statementPages()
{
    return {
        {{QStringLiteral("FOR IMMEDIATE RELEASE"), false, 9, 75}, // in the header band, on page 1 only
            paragraph(QStringLiteral("Joint Statement on Regional Security"), 16),
            paragraph(QStringLiteral("The foreign ministers met in Seoul on Monday to discuss the alliance,")),
            line(QStringLiteral("regional stability, and the growing importance of cyber secu-")),
            line(QStringLiteral("rity cooperation between the two governments and their partners.")),
            paragraph(QStringLiteral("Both ministers welcomed the progress made since the last meeting and")),
            line(QStringLiteral("agreed to hold regular consultations on economic security and supply"))},
        {line(QStringLiteral("chains, including critical minerals and advanced semiconductors.")),
            paragraph(QStringLiteral("The ministers also discussed the situation in the wider Asia-")),
            line(QStringLiteral("Pacific region and their commitment to peace."))},
        {paragraph(QStringLiteral("\u201CWe stand together,\u201D the minister said after the meeting ended.")),
            line(QStringLiteral("The next meeting will take place in Washington later this year."))},
    };
}

/// Encrypts \a in into \a out with libqpdf (AES-256), as `qpdf --encrypt user owner 256 --` does.
bool encrypt(const QString &in, const QString &out, const char *user, const char *owner)
{
    try {
        QPDFJob job;
        job.config()
            ->inputFile(in.toStdString())
            ->outputFile(out.toStdString())
            ->encrypt(256, user, owner)
            ->endEncrypt();
        job.config()->checkConfiguration();
        job.run();
        return job.getExitCode() == qpdf_exit_success;
    } catch (const std::exception &e) {
        qWarning() << "qpdf:" << e.what();
        return false;
    }
}

QString spanText(const Document &doc, const PageSpan &span)
{
    return doc.text.mid(span.start, span.end - span.start);
}

PdfLine pdfLine(const QString &text, qreal top, int page, qreal left = 72)
{
    return {text, QRectF(left, top, 300, 12), page};
}

} // namespace

class TestPdfImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statement();
    void printedTextDocument();
    void noTextLayer();
    void passwordProtected();
    void ownerPasswordOnlyOpens();
    void damaged_data();
    void damaged();
    void appendLine_data();
    void appendLine();
    void runningLines();
    void singlePageKeepsItsEdges();
    void wordsIntoLines();

private:
    QString write(const QByteArray &bytes, const QString &name);
    QTemporaryDir m_dir;
};

QString TestPdfImporter::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the test file");
    f.write(bytes);
    return path;
}

void TestPdfImporter::statement()
{
    DocumentImporter importer;
    Document doc;
    const QString path
        = write(drawPdf(statementPages(), QStringLiteral("Joint Statement")), QStringLiteral("statement.pdf"));
    QVERIFY2(importer.importFile(path, &doc), qPrintable(importer.errorString()));
    QCOMPARE(doc.format, Document::Format::Pdf);
    QCOMPARE(doc.title, QStringLiteral("Joint Statement"));
    QVERIFY2(importer.warnings().isEmpty(), qPrintable(importer.warnings().join(QLatin1Char('\n'))));
    // The running header and the page footer are gone, the one-off line in the top band stays;
    // "secu-/rity" is one word again, "Asia-/Pacific" keeps its hyphen, and the paragraph broken
    // by the page break is whole.
    QCOMPARE(doc.text,
        QStringLiteral("FOR IMMEDIATE RELEASE\n\n"
                       "Joint Statement on Regional Security\n\n"
                       "The foreign ministers met in Seoul on Monday to discuss the alliance, regional "
                       "stability, and the growing importance of cyber security cooperation between the "
                       "two governments and their partners.\n\n"
                       "Both ministers welcomed the progress made since the last meeting and agreed to hold "
                       "regular consultations on economic security and supply chains, including critical "
                       "minerals and advanced semiconductors.\n\n"
                       "The ministers also discussed the situation in the wider Asia-Pacific region and "
                       "their commitment to peace.\n\n"
                       "\u201CWe stand together,\u201D the minister said after the meeting ended. The next "
                       "meeting will take place in Washington later this year.\n"));
    QCOMPARE(doc.pageSpans.size(), 7);
    const QList<std::pair<QString, int>> expected = {
        {QStringLiteral("FOR IMMEDIATE RELEASE"), 1},
        {QStringLiteral("Joint Statement on Regional Security"), 1},
        {QStringLiteral("The foreign ministers"), 1},
        {QStringLiteral("Both ministers"), 1},
        {QStringLiteral("chains, including"), 2},
        {QStringLiteral("The ministers also"), 2},
        {QStringLiteral("\u201CWe stand together"), 3},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(spanText(doc, doc.pageSpans.at(i)).startsWith(expected.at(i).first),
            qPrintable(spanText(doc, doc.pageSpans.at(i))));
        QCOMPARE(doc.pageSpans.at(i).page, expected.at(i).second);
    }
    QVERIFY(spanText(doc, doc.pageSpans.at(3)).endsWith(QStringLiteral("economic security and supply")));
    QCOMPARE(doc.pageSpans.at(4).start, doc.pageSpans.at(3).end + 1); // the joining space is on neither page
    QCOMPARE(pageAt(doc, doc.text.indexOf(QStringLiteral("supply"))), 1);
    QCOMPARE(pageAt(doc, doc.text.indexOf(QStringLiteral("semiconductors"))), 2);
    QCOMPARE(pageAt(doc, doc.text.indexOf(QStringLiteral("Washington"))), 3);
    QCOMPARE(pageAt(doc, doc.text.indexOf(QStringLiteral("\n\n"))), 0);
    QCOMPARE(pageAt(doc, doc.text.size()), 0);
}

// A real generator's output: QTextDocument lays out ragged paragraphs over several pages and
// prints a page number on each.
void TestPdfImporter::printedTextDocument()
{
    const QStringList words = QStringLiteral("the talks on trade and aid went well and both sides said so in a short "
                                             "note to the press after the day")
                                  .split(QLatin1Char(' '));
    QStringList paragraphs;
    for (int p = 0; p < 14; ++p) {
        QStringList sentence;
        for (int w = 0; w < 70 + p * 3; ++w)
            sentence << words.at((w * 7 + p) % words.size());
        sentence.first()[0] = sentence.first().at(0).toUpper();
        paragraphs << QStringLiteral("Paragraph %1: ").arg(p + 1) + sentence.join(QLatin1Char(' ')) + QLatin1Char('.');
    }
    QTextDocument text;
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(11);
    text.setDefaultFont(font);
    text.setHtml(QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>"));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A5));
        text.print(&writer);
    }
    PdfImporter importer;
    Document doc;
    QVERIFY2(importer.importData(bytes, QStringLiteral("printed.pdf"), &doc), qPrintable(importer.errorString()));
    QVERIFY(doc.pageSpans.last().page >= 3);
    QCOMPARE(doc.text, paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
}

void TestPdfImporter::noTextLayer()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QImage scan(400, 300, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter onScan(&scan);
        onScan.fillRect(40, 40, 300, 8, Qt::black); // looks like a line of text to a person only
        onScan.end();
        QPainter painter(&writer);
        painter.drawImage(QRectF(0, 0, 4000, 3000), scan);
        writer.newPage();
        painter.drawImage(QRectF(0, 0, 4000, 3000), scan);
    }
    DocumentImporter importer;
    Document doc;
    doc.title = QStringLiteral("untouched");
    QVERIFY(!importer.importFile(write(bytes, QStringLiteral("scan.pdf")), &doc));
    QCOMPARE(importer.errorString(),
        QStringLiteral("\u201Cscan.pdf\u201D has no text layer (it may be a scanned image); "
                       "Lectern cannot read text from it."));
    QCOMPARE(doc.title, QStringLiteral("untouched"));
}

void TestPdfImporter::passwordProtected()
{
    const QString plain = write(drawPdf(statementPages(), QString()), QStringLiteral("plain.pdf"));
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(encrypt(plain, locked, "user", "owner"));
    DocumentImporter importer;
    Document doc;
    QVERIFY(!importer.importFile(locked, &doc));
    QCOMPARE(importer.errorString(),
        QStringLiteral("\u201Clocked.pdf\u201D is protected by a password; Lectern cannot open "
                       "password-protected PDF files. Save a copy without the password and "
                       "open that."));
}

// Encrypted with only an owner password (restrictions, no password to open): it opens.
void TestPdfImporter::ownerPasswordOnlyOpens()
{
    const QString plain = write(drawPdf(statementPages(), QString()), QStringLiteral("plain2.pdf"));
    const QString restricted = m_dir.filePath(QStringLiteral("restricted.pdf"));
    QVERIFY(encrypt(plain, restricted, "", "owner"));
    DocumentImporter importer;
    Document doc;
    QVERIFY2(importer.importFile(restricted, &doc), qPrintable(importer.errorString()));
    QVERIFY(doc.text.contains(QStringLiteral("cyber security cooperation")));
    QCOMPARE(doc.title, QStringLiteral("restricted"));
}

void TestPdfImporter::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mayOpen");
    const QByteArray good = drawPdf(statementPages(), QString());
    QByteArray noise;
    for (int i = 0; i < 5000; ++i)
        noise.append(char((i * 131 + 7) % 251));
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("not a pdf") << QByteArrayLiteral("Just some text, not a PDF.\n") << false;
    QTest::newRow("header only") << QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n%%EOF\n") << false;
    QTest::newRow("noise") << noise << false;
    QTest::newRow("noise after a header") << QByteArrayLiteral("%PDF-1.4\n") + noise << false;
    // poppler may rebuild what it can of a cut or garbled file; it must not crash either way.
    QTest::newRow("truncated") << good.left(good.size() / 2) << true;
    QTest::newRow("xref garbled") << QByteArray(good).replace("xref", "xrex") << true;
}

void TestPdfImporter::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mayOpen);
    DocumentImporter importer;
    Document doc;
    const bool opened = importer.importData(bytes, QStringLiteral("/tmp/broken.pdf"), &doc);
    if (opened) {
        QVERIFY(mayOpen);
        return;
    }
    QVERIFY2(importer.errorString()
                == QStringLiteral("\u201Cbroken.pdf\u201D is damaged or is not a PDF file; Lectern cannot read it.")
            || importer.errorString().contains(QStringLiteral("no text layer")),
        qPrintable(importer.errorString()));
}

void TestPdfImporter::appendLine_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("joined");
    QTest::newRow("space") << QStringLiteral("end of a line") << QStringLiteral("next")
                           << QStringLiteral("end of a line next");
    QTest::newRow("hyphenated word") << QStringLiteral("cyber secu-") << QStringLiteral("rity talks")
                                     << QStringLiteral("cyber security talks");
    QTest::newRow("compound") << QStringLiteral("the Asia-") << QStringLiteral("Pacific")
                              << QStringLiteral("the Asia-Pacific");
    QTest::newRow("dash") << QStringLiteral("said -") << QStringLiteral("and left")
                          << QStringLiteral("said - and left");
    QTest::newRow("number range") << QStringLiteral("in 2020-") << QStringLiteral("2021")
                                  << QStringLiteral("in 2020- 2021");
    QTest::newRow("soft hyphen") << QStringLiteral("co\u00AD") << QStringLiteral("Operation")
                                 << QStringLiteral("coOperation");
    QTest::newRow("unicode hyphen") << QStringLiteral("secu\u2010") << QStringLiteral("rity")
                                    << QStringLiteral("security");
    QTest::newRow("first line") << QString() << QStringLiteral("First") << QStringLiteral("First");
}

void TestPdfImporter::appendLine()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, line);
    QFETCH(QString, joined);
    PdfLayout::appendLine(&paragraph, line);
    QCOMPARE(paragraph, joined);
}

void TestPdfImporter::runningLines()
{
    QList<PdfPage> pages(5, PdfPage {QSizeF(612, 792), {}});
    QList<PdfLine> lines;
    for (int page = 1; page <= 5; ++page) {
        if (page != 3) // on 4 of 5 pages: 80%
            lines << pdfLine(QStringLiteral("U.S. Embassy Seoul | Press Release"), 30, page);
        if (page <= 2) // on 2 of 5 pages: 40%
            lines << pdfLine(QStringLiteral("Media Note"), 50, page);
        lines << pdfLine(QStringLiteral("Body text of page %1").arg(page), 300, page);
        if (page > 1)
            lines << pdfLine(QStringLiteral("Body text of page %1").arg(page), 740, page); // in the band, repeated
        lines << pdfLine(QStringLiteral("- %1 -").arg(page * 5), 760, page);
    }
    // "Body text of page N" repeats (digits aside) in the bottom band on 4 pages: dropped there,
    // kept in the middle of the page.
    QCOMPARE(PdfLayout::removeRunningLines(&lines, pages), 4 + 4 + 5);
    QStringList left;
    for (const PdfLine &l : std::as_const(lines))
        left << l.text;
    QCOMPARE(left,
        QStringList({QStringLiteral("Media Note"), QStringLiteral("Body text of page 1"), QStringLiteral("Media Note"),
            QStringLiteral("Body text of page 2"), QStringLiteral("Body text of page 3"),
            QStringLiteral("Body text of page 4"), QStringLiteral("Body text of page 5")}));
}

void TestPdfImporter::singlePageKeepsItsEdges()
{
    const QList<PdfPage> pages {PdfPage {QSizeF(612, 792), {}}};
    QList<PdfLine> lines {pdfLine(QStringLiteral("Header"), 20, 1), pdfLine(QStringLiteral("1"), 770, 1)};
    QCOMPARE(PdfLayout::removeRunningLines(&lines, pages), 0);
    QCOMPARE(lines.size(), 2);
}

void TestPdfImporter::wordsIntoLines()
{
    PdfPage page {QSizeF(612, 792), {}};
    page.words = {{QStringLiteral("Two"), QRectF(72, 100, 20, 12), true},
        {QStringLiteral("words"), QRectF(95, 101, 30, 11), false}, {QStringLiteral(","), QRectF(125, 101, 3, 11), true},
        {QStringLiteral("next"), QRectF(72, 115, 25, 12), true},
        {QStringLiteral("\uFB01ne"), QRectF(100, 115, 25, 12), true}};
    const QList<PdfLine> lines = PdfLayout::lines(page, 4);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, QStringLiteral("Two words,"));
    QCOMPARE(lines.at(0).box, QRectF(72, 100, 56, 12));
    QCOMPARE(lines.at(1).text, QStringLiteral("next \uFB01ne"));
    QCOMPARE(lines.at(1).page, 4);
}

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
