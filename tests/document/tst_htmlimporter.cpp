// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentimporter.h"
#include "document/htmlentities.h"
#include "document/htmlimporter.h"
#include "document/htmltokenizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestHtmlImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pressRelease();
    void body_data();
    void body();
    void entities_data();
    void entities();
    void tokenizerAttributes();
    void title_data();
    void title();
    void charset_data();
    void charset();
    void unknownCharsetWarns();
    void binaryRefused();
    void dispatch_data();
    void dispatch();

private:
    static QString textOf(const QString &html);
    QString write(const QByteArray &bytes, const QString &name);
    QTemporaryDir m_dir;
};

QString TestHtmlImporter::textOf(const QString &html)
{
    Document doc;
    HtmlImporter::convert(html, &doc);
    return doc.text;
}

QString TestHtmlImporter::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the test file");
    f.write(bytes);
    return path;
}

void TestHtmlImporter::pressRelease()
{
    DocumentImporter importer;
    Document doc;
    QVERIFY2(importer.importFile(QStringLiteral(LECTERN_TEST_DATA "/document/press-release.html"), &doc),
        qPrintable(importer.errorString()));
    QCOMPARE(doc.format, Document::Format::Html);
    QCOMPARE(doc.title, QStringLiteral("Statement on the Alliance & Its Partners"));
    QCOMPARE(doc.date, QStringLiteral("2025-03-04T10:00:00Z"));
    QCOMPARE(doc.source, QStringLiteral("https://example.gov/news/statement-on-the-alliance"));
    QCOMPARE(doc.text,
        QStringLiteral("Seoul talks\n\n"
                       "The Minister said: \u201CWe stand together.\u201D It\u2019s a strong partnership, "
                       "built over seventy years.\n\n"
                       "The ministers agreed on three priorities:\n\n"
                       "\u2022 Deterrence\n\n"
                       "\u2022 Economic security\n\n"
                       "1. Supply chains\n\n"
                       "2. Cyber & space\n\n"
                       "Fish & chips <3 caf\u00E9 \u2014 \U0001F600\n"));
    QVERIFY(doc.pageSpans.isEmpty());
    QVERIFY(importer.warnings().isEmpty());
}

void TestHtmlImporter::body_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("main only") << QStringLiteral(
        "<body><div>Site banner</div><main><p>Body text</p></main><div>Other</div>")
                               << QStringLiteral("Body text\n");
    QTest::newRow("no container: whole body")
        << QStringLiteral("<body><p>One</p><div>Two<br>Three</div><footer>Foot</footer></body>")
        << QStringLiteral("One\n\nTwo\nThree\n");
    QTest::newRow("longest article wins") << QStringLiteral(
        "<div><article><p>Teaser</p></article></div><article><p>The real statement is longer.</p></article>")
                                          << QStringLiteral("The real statement is longer.\n");
    QTest::newRow("article inside aside ignored")
        << QStringLiteral("<aside><article><p>Related story with a long teaser text</p></article></aside><p>Text</p>")
        << QStringLiteral("Text\n");
    QTest::newRow("unclosed article") << QStringLiteral("<p>Menu</p><article><p>Kept") << QStringLiteral("Kept\n");
    QTest::newRow("two br make a paragraph") << QStringLiteral("<p>Line one<br><br>Line two<br/>Line three</p>")
                                             << QStringLiteral("Line one\n\nLine two\nLine three\n");
    QTest::newRow("hidden") << QStringLiteral("<p>Shown</p><div hidden>Secret</div><p style=\"display: none\">No</p>"
                                              "<span aria-hidden=\"true\">Icon</span>")
                            << QStringLiteral("Shown\n");
    QTest::newRow("table") << QStringLiteral("<table><tr><td>A</td><td>B</td></tr><tr><th>C</th></tr></table>")
                           << QStringLiteral("A B\n\nC\n");
    QTest::newRow("pre keeps spaces") << QStringLiteral("<pre>a\n  b</pre><p>c</p>") << QStringLiteral("a\n  b\n\nc\n");
    QTest::newRow("unclosed p and li") << QStringLiteral("<p>One<p>Two<ul><li>Three<li>Four</ul>")
                                       << QStringLiteral("One\n\nTwo\n\n\u2022 Three\n\n\u2022 Four\n");
    QTest::newRow("ol start") << QStringLiteral("<ol start=\"4\"><li>Four</li><li>Five</li></ol>")
                              << QStringLiteral("4. Four\n\n5. Five\n");
    QTest::newRow("stray less-than") << QStringLiteral("<p>a < b and c>d, 1<2</p>")
                                     << QStringLiteral("a < b and c>d, 1<2\n");
    QTest::newRow("upper case, unquoted")
        << QStringLiteral("<P CLASS=lead>Upper</P><SCRIPT type=text/javascript>alert('<p>x</p>')</SCRIPT>")
        << QStringLiteral("Upper\n");
    QTest::newRow("script end tag in a string")
        << QStringLiteral("<script>s = '</scripts>'; t = '<p>x'</script><p>After</p>") << QStringLiteral("After\n");
    QTest::newRow("unclosed comment") << QStringLiteral("<p>Before</p><!-- never closed <p>x</p>")
                                      << QStringLiteral("Before\n");
    QTest::newRow("cdata") << QStringLiteral("<p><![CDATA[a < b]]></p>") << QStringLiteral("a < b\n");
    QTest::newRow("nested dropped") << QStringLiteral("<nav><nav>x</nav>y</nav><p>z</p>") << QStringLiteral("z\n");
    QTest::newRow("inline spacing") << QStringLiteral("<p><b>Hello</b> <i>world</i>,<span>glued</span></p>")
                                    << QStringLiteral("Hello world,glued\n");
    QTest::newRow("soft hyphen") << QStringLiteral("<p>secu&shy;rity</p>") << QStringLiteral("security\n");
    QTest::newRow("tag cut off at the end") << QStringLiteral("<p>Text</p><a href=\"x") << QStringLiteral("Text\n");
    QTest::newRow("empty") << QString() << QString();
}

void TestHtmlImporter::body()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(textOf(html), text);
}

void TestHtmlImporter::entities_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("amp") << QStringLiteral("Fish &amp; chips") << QStringLiteral("Fish & chips");
    QTest::newRow("quotes") << QStringLiteral("&#8220;x&#x201D; &lsquo;y&rsquo; &quot;z&quot; &apos;")
                            << QStringLiteral("\u201Cx\u201D \u2018y\u2019 \"z\" '");
    QTest::newRow("windows-1252 numbers") << QStringLiteral("&#150; &#147;") << QStringLiteral("\u2013 \u201C");
    QTest::newRow("legacy without semicolon") << QStringLiteral("&copy 2025 &ampx") << QStringLiteral("\u00A9 2025 &x");
    QTest::newRow("new names need semicolon") << QStringLiteral("&hellip &hellip;") << QStringLiteral("&hellip \u2026");
    QTest::newRow("unknown kept") << QStringLiteral("&unknown; AT&T & &#; &#xZZ;")
                                  << QStringLiteral("&unknown; AT&T & &#; &#xZZ;");
    QTest::newRow("invalid code points") << QStringLiteral("&#0;&#xD800;&#x110000;")
                                         << QStringLiteral("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("astral") << QStringLiteral("&#128512;") << QStringLiteral("\U0001F600");
    QTest::newRow("latin letters") << QStringLiteral("caf&eacute; &Uuml;ber &szlig;")
                                   << QStringLiteral("caf\u00E9 \u00DCber \u00DF");
}

void TestHtmlImporter::entities()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(decodeHtmlEntities(html), text);
}

void TestHtmlImporter::tokenizerAttributes()
{
    const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(
        QStringLiteral("<A HREF=/x?a=1&amp;b=2 title='It&rsquo;s' data-x = \"q\" checked CLASS=a class=b />"));
    QCOMPARE(tokens.size(), 1);
    const HtmlToken &a = tokens.first();
    QCOMPARE(a.type, HtmlToken::Type::StartTag);
    QCOMPARE(a.name, QStringLiteral("a"));
    QCOMPARE(a.attribute(u"href"), QStringLiteral("/x?a=1&b=2"));
    QCOMPARE(a.attribute(u"title"), QStringLiteral("It\u2019s"));
    QCOMPARE(a.attribute(u"data-x"), QStringLiteral("q"));
    QVERIFY(a.hasAttribute(u"checked"));
    QVERIFY(!a.attribute(u"checked").isNull());
    QCOMPARE(a.attribute(u"class"), QStringLiteral("a")); // the first of duplicates counts
    QVERIFY(a.attribute(u"missing").isNull());
    QVERIFY(a.selfClosing);

    const QList<HtmlToken> link = HtmlTokenizer::tokenize(QStringLiteral("<a href=\"?a=1&region=2&copy=3&copy;\">"));
    QCOMPARE(link.first().attribute(u"href"), QStringLiteral("?a=1&region=2&copy=3\u00A9"));
}

void TestHtmlImporter::title_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::newRow("og:title first") << QStringLiteral(
        "<title>Site | Page</title><meta property=\"og:title\" content=\"Page\"><p>x</p>")
                                    << QStringLiteral("Page") << QString();
    QTest::newRow("title with entities") << QStringLiteral(
        "<TITLE>\n  A &amp; B\n  &mdash; <b>C</TITLE><h1>Heading</h1>")
                                         << QStringLiteral("A & B \u2014 <b>C") << QString();
    QTest::newRow("first h1") << QStringLiteral("<h2>Sub</h2><h1>Main <i>heading</i></h1>")
                              << QStringLiteral("Main heading") << QString();
    QTest::newRow("meta date") << QStringLiteral("<meta name=\"DATE\" content=\"2024-05-06\"><p>x</p>") << QString()
                               << QStringLiteral("2024-05-06");
    QTest::newRow("date before published_time") << QStringLiteral(
        "<meta property=\"article:published_time\" content=\"2024-01-01T00:00\"><meta name=date content=2024-01-02>")
                                                << QString() << QStringLiteral("2024-01-02");
    QTest::newRow("title in svg ignored")
        << QStringLiteral("<svg><title>Icon</title></svg><title>Real</title>") << QStringLiteral("Real") << QString();
}

void TestHtmlImporter::title()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, date);
    Document doc;
    HtmlImporter::convert(html, &doc);
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.date, date);
}

void TestHtmlImporter::charset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::newRow("meta charset") << QByteArrayLiteral("<meta charset=\"windows-1252\"><p>caf\xE9 \x93q\x94</p>")
                                  << QByteArrayLiteral("windows-1252") << QStringLiteral("caf\u00E9 \u201Cq\u201D\n");
    QTest::newRow("http-equiv latin-1 read as windows-1252")
        << QByteArrayLiteral(
               "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"><p>\x93q\x94 \xA9</p>")
        << QByteArrayLiteral("iso-8859-1") << QStringLiteral("\u201Cq\u201D \u00A9\n");
    QTest::newRow("xml declaration") << QByteArrayLiteral("<?xml version=\"1.0\" encoding='ISO-8859-15'?><p>\xA4</p>")
                                     << QByteArrayLiteral("iso-8859-15") << QStringLiteral("\u20AC\n");
    QTest::newRow("utf-8 by default") << QByteArrayLiteral("<p>caf\xC3\xA9</p>") << QByteArray()
                                      << QStringLiteral("caf\u00E9\n");
    QTest::newRow("byte-order mark wins")
        << QByteArrayLiteral("\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9</p>")
        << QByteArrayLiteral("windows-1252") << QStringLiteral("caf\u00E9\n");
}

void TestHtmlImporter::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QCOMPARE(HtmlImporter::declaredCharset(bytes), charset);
    HtmlImporter importer;
    Document doc;
    QVERIFY(importer.importData(bytes, &doc));
    QCOMPARE(doc.text, text);
    QVERIFY2(importer.warnings().isEmpty(), qPrintable(importer.warnings().join(QLatin1Char('\n'))));
}

void TestHtmlImporter::unknownCharsetWarns()
{
    HtmlImporter importer;
    Document doc;
    QVERIFY(importer.importData(QByteArrayLiteral("<meta charset=x-no-such-charset><p>caf\xC3\xA9</p>"), &doc));
    QCOMPARE(doc.text, QStringLiteral("caf\u00E9\n"));
    QCOMPARE(importer.warnings().size(), 1);
    QVERIFY(importer.warnings().first().contains(QStringLiteral("x-no-such-charset")));
}

void TestHtmlImporter::binaryRefused()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 7 % 256));
    DocumentImporter importer;
    Document doc;
    QVERIFY(!importer.importFile(write(bytes, QStringLiteral("blob.html")), &doc));
    QVERIFY(importer.errorString().contains(QStringLiteral("binary")));
}

void TestHtmlImporter::dispatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Document::Format>("format");
    QTest::newRow("html") << QStringLiteral("a.html") << Document::Format::Html;
    QTest::newRow("HTM") << QStringLiteral("A.HTM") << Document::Format::Html;
    QTest::newRow("xhtml") << QStringLiteral("a.xhtml") << Document::Format::Html;
    QTest::newRow("pdf") << QStringLiteral("a.Pdf") << Document::Format::Pdf;
    QTest::newRow("md") << QStringLiteral("a.md") << Document::Format::Markdown;
    QTest::newRow("txt") << QStringLiteral("a.txt") << Document::Format::PlainText;
    QTest::newRow("none") << QStringLiteral("README") << Document::Format::PlainText;
}

void TestHtmlImporter::dispatch()
{
    QFETCH(QString, name);
    QFETCH(Document::Format, format);
    QCOMPARE(DocumentImporter::formatForFileName(name), format);
    const QStringList filters = DocumentImporter::nameFilters();
    for (const char *pattern : {"*.html", "*.htm", "*.xhtml", "*.pdf", "*.txt", "*.md"})
        QVERIFY2(filters.contains(QLatin1String(pattern)), pattern);
    QCOMPARE(formatName(Document::Format::Html), QStringLiteral("html"));
    QCOMPARE(formatName(Document::Format::Pdf), QStringLiteral("pdf"));

    DocumentImporter importer;
    Document doc;
    QVERIFY(
        importer.importFile(write(QByteArrayLiteral("<p>Hello <b>world</b></p>"), QStringLiteral("page.htm")), &doc));
    QCOMPARE(doc.format, Document::Format::Html);
    QCOMPARE(doc.text, QStringLiteral("Hello world\n"));
    QCOMPARE(doc.title, QStringLiteral("page")); // no title in the page: the file name
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
