// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentimporter.h"
#include "document/markdownimporter.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestDocumentImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextExactlyAsRead();
    void sampleStatement();
    void invalidUtf8IsReplacedWithWarning();
    void utf16WithBom();
    void binaryRefused();
    void missingFileAndFolder();
    void emptyFileWarns();
    void markdownFrontMatter();
    void markdownBoldOverLineBreak();
    void markdownInline_data();
    void markdownInline();
    void corpusOpens();
    void fiftyMegabyteStatement();
    void overTheSizeCapRefused();

private:
    QString write(const QByteArray &bytes, const QString &name);
    QTemporaryDir m_dir;
};

QString TestDocumentImporter::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the test file");
    f.write(bytes);
    return path;
}

void TestDocumentImporter::plainTextExactlyAsRead()
{
    const QByteArray bytes
        = QByteArrayLiteral("\xE2\x80\x9CQuoted,\xE2\x80\x9D she said.\r\nLine two \xF0\x9F\x98\x80.\n");
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(bytes, QStringLiteral("a.txt")), &doc));
    QCOMPARE(doc.text, QString::fromUtf8(bytes));
    QCOMPARE(doc.format, Document::Format::PlainText);
    QCOMPARE(doc.title, QStringLiteral("a"));
    QVERIFY(!doc.id.isNull());
    QVERIFY(importer.warnings().isEmpty());
}

void TestDocumentImporter::sampleStatement()
{
    DocumentImporter importer;
    Document doc;
    QVERIFY2(importer.importFile(
                 QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"), &doc),
        qPrintable(importer.errorString()));
    QVERIFY(doc.text.startsWith(QStringLiteral("The Republic of Korea remains")));
    QVERIFY(doc.text.contains(QStringLiteral("declared Secretary Blinken")));
}

void TestDocumentImporter::invalidUtf8IsReplacedWithWarning()
{
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(QByteArrayLiteral("abc\xC3\x28 def \xFF end"), QStringLiteral("bad.txt")), &doc));
    QCOMPARE(doc.text.count(QChar(QChar::ReplacementCharacter)), 2);
    QVERIFY(doc.text.endsWith(QStringLiteral(" end")));
    QCOMPARE(importer.warnings().size(), 1);
    QVERIFY(importer.warnings().first().contains(QStringLiteral("not valid UTF-8")));
}

void TestDocumentImporter::utf16WithBom()
{
    const QString text = QStringLiteral("Statement \u00e9 \u2014 text");
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(bytes, QStringLiteral("utf16.txt")), &doc));
    QCOMPARE(doc.text, text);
}

void TestDocumentImporter::binaryRefused()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 7 % 256));
    DocumentImporter importer;
    Document doc;
    doc.title = QStringLiteral("untouched");
    QVERIFY(!importer.importFile(write(bytes, QStringLiteral("blob.txt")), &doc));
    QVERIFY(importer.errorString().contains(QStringLiteral("binary")));
    QCOMPARE(doc.title, QStringLiteral("untouched"));
}

void TestDocumentImporter::missingFileAndFolder()
{
    DocumentImporter importer;
    Document doc;
    QVERIFY(!importer.importFile(m_dir.filePath(QStringLiteral("nope.txt")), &doc));
    QVERIFY(importer.errorString().contains(QStringLiteral("does not exist")));
    QVERIFY(!importer.importFile(m_dir.path(), &doc));
    QVERIFY(importer.errorString().contains(QStringLiteral("folder")));
}

void TestDocumentImporter::emptyFileWarns()
{
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(QByteArray(), QStringLiteral("empty.txt")), &doc));
    QVERIFY(doc.text.isEmpty());
    QCOMPARE(importer.warnings().size(), 1);
}

void TestDocumentImporter::markdownFrontMatter()
{
    const QByteArray md = QByteArrayLiteral("---\n"
                                            "date: '2025-01-26'\n"
                                            "source_url: https://example.gov/statement/\n"
                                            "title: \"Readout of President Trump\\u2019s Call with King Hamad\\\n"
                                            "  \\ of Bahrain\"\n"
                                            "---\n"
                                            " \n"
                                            "# Heading\n"
                                            "\n"
                                            "Today, **President** Trump held a [call](https://x.y) with\n"
                                            "King Hamad \\[sic\\].\n");
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(md, QStringLiteral("s.md")), &doc));
    QCOMPARE(doc.format, Document::Format::Markdown);
    QCOMPARE(doc.title, QStringLiteral("Readout of President Trump\u2019s Call with King Hamad of Bahrain"));
    QCOMPARE(doc.date, QStringLiteral("2025-01-26"));
    QCOMPARE(doc.source, QStringLiteral("https://example.gov/statement/"));
    QCOMPARE(doc.text, QStringLiteral("Heading\n\nToday, President Trump held a call with\nKing Hamad [sic].\n"));
}

void TestDocumentImporter::markdownBoldOverLineBreak()
{
    // Hard-wrapped Markdown breaks lines inside bold text and HTML tags; the marks go, the lines
    // stay (but those inside a tag), and a mark of another paragraph pairs with nothing.
    const QByteArray md
        = QByteArrayLiteral("\xe2\x80\x9cWe act,\xe2\x80\x9d **said U.S. Department of Energy** **Under\n"
                            "Secretary Dr. Gil**. Then *more\n"
                            "words* came.\n"
                            "\n"
                            "A **lone mark.\n"
                            "\n"
                            "Another** one.\n"
                            "\n"
                            "<a\n"
                            "href=\"https://x.gov/a\"><img\n"
                            "src=\"https://x.gov/a.jpg\"\n"
                            "sizes=\"(max-width: 1399px) 100vw\" /></a>\n"
                            "After.\n");
    DocumentImporter importer;
    Document doc;
    QVERIFY(importer.importFile(write(md, QStringLiteral("b.md")), &doc));
    QCOMPARE(doc.text,
        QStringLiteral("\u201cWe act,\u201d said U.S. Department of Energy Under\n"
                       "Secretary Dr. Gil. Then more\n"
                       "words came.\n"
                       "\n"
                       "A **lone mark.\n"
                       "\n"
                       "Another** one.\n"
                       "\n"
                       " \n"
                       "After.\n"));
}

void TestDocumentImporter::markdownInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis") << QStringLiteral("an *important* and _urgent_ call")
                              << QStringLiteral("an important and urgent call");
    QTest::newRow("snake_case kept") << QStringLiteral("file_name_here") << QStringLiteral("file_name_here");
    QTest::newRow("image") << QStringLiteral("![flag](x.png) raised") << QStringLiteral("flag raised");
    QTest::newRow("escapes") << QStringLiteral("\\$5 \\* 2") << QStringLiteral("$5 * 2");
    QTest::newRow("code") << QStringLiteral("run `lectern`") << QStringLiteral("run lectern");
    QTest::newRow("raw HTML blocks") << QStringLiteral(
        "<figure><img src=\"https://x.gov/a.jpg\" alt=\"\"></figure>Signed.")
                                     << QStringLiteral("   Signed.");
    QTest::newRow("table cells apart") << QStringLiteral("<table><tr><td>Korea</td><td>Japan</td></tr></table>")
                                       << QStringLiteral("   Korea  Japan   ");
    QTest::newRow("strikethrough") << QStringLiteral("<s>old</s> new") << QStringLiteral("old new");
}

void TestDocumentImporter::markdownInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownImporter::stripInline(markdown), text);
}

void TestDocumentImporter::corpusOpens()
{
    const QString dir = QStringLiteral(LECTERN_SHARED_DIR "/corpus/wh-briefings");
    if (!QFile::exists(dir))
        QSKIP("../shared/corpus is not here; the corpus cases are skipped");
    QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        DocumentImporter importer;
        Document doc;
        QVERIFY2(importer.importFile(path, &doc), qPrintable(importer.errorString()));
        QVERIFY2(!doc.title.isEmpty(), qPrintable(path));
        QVERIFY2(!doc.text.startsWith(QStringLiteral("---")), qPrintable(path));
        ++count;
    }
    QVERIFY(count > 100);
}

// A 50 MB statement (the sample, repeated) opens whole, as text, in one piece.
void TestDocumentImporter::fiftyMegabyteStatement()
{
    QFile sample(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray one = sample.readAll() + "\n";
    QByteArray bytes;
    bytes.reserve(50 * 1024 * 1024 + one.size());
    while (bytes.size() < 50 * 1024 * 1024)
        bytes += one;
    const QString path = write(bytes, QStringLiteral("fifty-megabytes.txt"));
    DocumentImporter importer;
    Document doc;
    QVERIFY2(importer.importFile(path, &doc), qPrintable(importer.errorString()));
    QCOMPARE(doc.text.toUtf8().size(), bytes.size());
    QVERIFY(doc.text.startsWith(QString::fromUtf8(one)));
    QVERIFY(importer.warnings().isEmpty());
    QFile::remove(path);
}

// Past the cap, the file is refused before a byte is read, saying how large it is and what the
// cap is. The file is sparse: it takes no room on the disk.
void TestDocumentImporter::overTheSizeCapRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("too-large.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(DocumentImporter::MaximumFileSize + 1024 * 1024));
    file.close();
    DocumentImporter importer;
    Document doc;
    doc.title = QStringLiteral("untouched");
    QVERIFY(!importer.importFile(path, &doc));
    QVERIFY2(importer.errorString().contains(QStringLiteral("257 MB")), qPrintable(importer.errorString()));
    QVERIFY2(importer.errorString().contains(QStringLiteral("up to 256 MB")), qPrintable(importer.errorString()));
    QCOMPARE(doc.title, QStringLiteral("untouched"));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
