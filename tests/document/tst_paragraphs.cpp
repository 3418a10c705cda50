// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/paragraphs.h"

#include <QTest>

using namespace Lectern;

class TestParagraphs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paragraphs_data();
    void paragraphs();
    void reflowKeepsLength();
    void reflowJoinsALineBrokenInASentence();
};

void TestParagraphs::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one paragraph per line")
        << QStringLiteral("First line.\nSecond line.\nThird.")
        << QStringList {QStringLiteral("First line."), QStringLiteral("Second line."), QStringLiteral("Third.")};
    QTest::newRow("hard-wrapped") << QStringLiteral("A wrapped\nparagraph here.\n\nAnother\none.\n")
                                  << QStringList {
                                         QStringLiteral("A wrapped\nparagraph here."), QStringLiteral("Another\none.")};
    QTest::newRow("crlf") << QStringLiteral("Line one\r\nline two\r\n\r\nline three\r\nline four")
                          << QStringList {
                                 QStringLiteral("Line one\r\nline two"), QStringLiteral("line three\r\nline four")};
    QTest::newRow("long lines with blank separators")
        << (QString(150, u'a') + u"\n\n" + QString(150, u'b') + u"\n" + QString(150, u'c'))
        << QStringList {QString(150, u'a'), QString(150, u'b'), QString(150, u'c')};
    QTest::newRow("list items in wrapped text")
        << QStringLiteral(
               "Coverage:\n\n\u2022 Detroit News: Biden signs a\n  gun measure\n\u2022 San Antonio Express: a "
               "doctor\n  speaks\n1. First\n  point\n\nIn 2021\n2021. A year.")
        << QStringList {QStringLiteral("Coverage:"),
               QStringLiteral("\u2022 Detroit News: Biden signs a\n  gun measure"),
               QStringLiteral("\u2022 San Antonio Express: a doctor\n  speaks"), QStringLiteral("1. First\n  point"),
               QStringLiteral("In 2021\n2021. A year.")};
    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("blank only") << QStringLiteral("\n  \n\n") << QStringList {};
}

void TestParagraphs::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const TextRange &r : paragraphRanges(text))
        actual << text.mid(r.start, r.length());
    QCOMPARE(actual, expected);
}

void TestParagraphs::reflowKeepsLength()
{
    const QString text = QStringLiteral("A wrapped\nparagraph here.\n\nAnother\none\nmore.\n");
    const QString flowed = reflowedText(text);
    QCOMPARE(flowed.size(), text.size());
    QCOMPARE(flowed, QStringLiteral("A wrapped paragraph here.\n\nAnother one more.\n"));
    const QString lines = QStringLiteral("One.\nTwo.\nThree.");
    QCOMPARE(reflowedText(lines), lines);
}

void TestParagraphs::reflowJoinsALineBrokenInASentence()
{
    // One paragraph a line, with a few lines broken inside a sentence, as text taken from PDFs
    // often is; a heading stays on its own.
    const QString longStart = u'W' + QString(109, u'a');
    const QString text = QStringLiteral("Mr. President\n") + longStart
        + QStringLiteral(" of the CARICOM\nReparations "
                         "Commission, stated it.\n"
                         "A short line\nwent on.\n"
                         "A heading\nA paragraph.");
    QCOMPARE(reflowedText(text),
        QStringLiteral("Mr. President\n") + longStart
            + QStringLiteral(" of the CARICOM Reparations Commission, stated it.\nA short line went on.\nA heading\nA "
                             "paragraph."));
    // A sentence a line: the cue after a quotation goes on its line, a quotation's next does not.
    const QString sentences
        = QStringLiteral("\u201CAnd what had I better do, sir?\u201D\nasked Durbeyfield.\n"
                         "\u201CNothing.\u201D\n\u201CWhy?\u201D\nHe left.\nIt rained,\nso we stayed.");
    QCOMPARE(reflowedText(sentences),
        QStringLiteral("\u201CAnd what had I better do, sir?\u201D asked Durbeyfield.\n\u201CNothing.\u201D\n"
                       "\u201CWhy?\u201D\nHe left.\nIt rained, so we stayed."));
}

QTEST_GUILESS_MAIN(TestParagraphs)
#include "tst_paragraphs.moc"
