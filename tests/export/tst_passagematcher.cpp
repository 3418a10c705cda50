// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/passagematcher.h"

#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestPassageMatcher : public QObject
{
    Q_OBJECT

private:
    // Lays words out as a PDF would: 6 points per character, 14-point lines, 20 words a line.
    static void addLine(PassageMatcher &m, int page, int line, const QString &text)
    {
        qreal x = 50;
        const qreal y = 60 + line * 14;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            QList<QRectF> boxes;
            for (qsizetype i = 0; i < word.size(); ++i)
                boxes.append(QRectF(x + i * 6, y, 6, 12));
            m.addWord(page, word, boxes);
            x += (word.size() + 1) * 6;
        }
    }

private Q_SLOTS:
    void key_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces") << u"a b\n c\u00a0d"_s << u"abcd"_s;
        QTest::newRow("ligature") << u"ef\ufb01cient"_s << u"efficient"_s;
        QTest::newRow("curly") << u"“Today’s”"_s << u"\"Today's\""_s;
        QTest::newRow("soft hyphen") << u"co\u00adoperation"_s << u"cooperation"_s;
        QTest::newRow("non-BMP") << u"a\U0001F600b"_s << u"a\U0001F600b"_s;
        // a hyphen between letters is left out: the importer joins "secu-" + "rity" at a line end
        QTest::newRow("word hyphen") << u"well-known secu-\nrity"_s << u"wellknownsecurity"_s;
        QTest::newRow("other hyphens") << u"2021-2022 U.S.-ROK 3-D"_s << u"2021-2022U.S.-ROK3-D"_s;
    }

    void key()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(PassageMatcher::key(text), expected);
    }

    void fragmentPerLine()
    {
        PassageMatcher m;
        addLine(m, 0, 0, u"The Secretary said that the"_s);
        addLine(m, 0, 1, u"alliance is strong."_s);
        const auto fragments = m.match(u"that the alliance is"_s);
        QCOMPARE(fragments.size(), 2);
        QCOMPARE(fragments.at(0).box, QRectF(50 + 19 * 6, 60, 8 * 6, 12)); // "that the" less the space
        QCOMPARE(fragments.at(1).box.left(), 50.0);
        QCOMPARE(fragments.at(1).box.top(), 74.0);
    }

    void ligatureInPdf()
    {
        PassageMatcher m;
        addLine(m, 0, 0, u"an ef\ufb01cient \u201cscheme\u201d"_s);
        const auto fragments = m.match(u"efficient “scheme”"_s);
        QCOMPARE(fragments.size(), 1);
        QCOMPARE(fragments.at(0).box.left(), 50.0 + 3 * 6);
    }

    void hintPicksOccurrence()
    {
        PassageMatcher m;
        addLine(m, 0, 0, u"we stand together"_s);
        addLine(m, 0, 1, u"and we stand together"_s);
        addLine(m, 1, 0, u"we stand together"_s);
        auto f = m.match(u"we stand together"_s, {0, QPointF(74, 74)});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).page, 0);
        QCOMPARE(f.at(0).box.top(), 74.0);
        f = m.match(u"we stand together"_s, {1, QPointF(50, 60)});
        QCOMPARE(f.at(0).page, 1);
        // without a hint: occurrences in order
        PassageMatcher ordered;
        addLine(ordered, 0, 0, u"x y x y"_s);
        QCOMPARE(ordered.match(u"x"_s).at(0).box.left(), 50.0);
        QCOMPARE(ordered.match(u"x"_s).at(0).box.left(), 50.0 + 4 * 6);
    }

    void pageOnlyHintKeepsReadingOrder()
    {
        PassageMatcher m;
        addLine(m, 0, 0, u"we stand together"_s);
        addLine(m, 1, 0, u"we stand together and"_s);
        addLine(m, 1, 1, u"we stand together"_s);
        const TextLocation page2 {1, QPointF(-1, -1)};
        QCOMPARE(m.match(u"we stand together"_s, page2).at(0).box.top(), 60.0);
        QCOMPARE(m.match(u"we stand together"_s, page2).at(0).box.top(), 74.0); // the next one, in order
        QCOMPARE(m.match(u"we stand together"_s, {0, QPointF(-1, -1)}).at(0).page, 0);
    }

    void wordHyphenatedAtLineEnd()
    {
        // The import joined "secu-" and "rity" into "security"; the quads must cover both halves.
        PassageMatcher m;
        addLine(m, 0, 0, u"It guarantees regional secu-"_s);
        addLine(m, 0, 1, u"rity for decades."_s);
        const auto fragments = m.match(u"regional security for"_s);
        QCOMPARE(fragments.size(), 2);
        QCOMPARE(fragments.at(0).box, QRectF(50 + 14 * 6, 60, 14 * 6, 12)); // "regional secu-" with the hyphen
        QCOMPARE(fragments.at(1).box, QRectF(50, 74, 8 * 6, 12)); // "rity for"
        // over a page break too
        PassageMatcher pages;
        addLine(pages, 0, 0, u"the coop-"_s);
        addLine(pages, 1, 0, u"eration grows"_s);
        const auto split = pages.match(u"cooperation grows"_s, {1, QPointF(-1, -1)});
        QCOMPARE(split.size(), 2);
        QCOMPARE(split.at(0).page, 0);
        QCOMPARE(split.at(1).page, 1);
        // a compound broken at its own hyphen is found as written
        PassageMatcher compound;
        addLine(compound, 0, 0, u"the Asia-"_s);
        addLine(compound, 0, 1, u"Pacific region"_s);
        QCOMPARE(compound.match(u"Asia-Pacific region"_s).size(), 2);
        // a passage that stops at the hyphen, or starts after it, still covers it
        PassageMatcher edges;
        addLine(edges, 0, 0, u"the Asia-Pacific and pre- and post-war"_s);
        auto f = edges.match(u"Asia-"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).box, QRectF(50 + 4 * 6, 60, 5 * 6, 12));
        f = edges.match(u"-Pacific"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).box, QRectF(50 + 8 * 6, 60, 8 * 6, 12));
        f = edges.match(u"pre-"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).box, QRectF(50 + 21 * 6, 60, 4 * 6, 12));
    }

    void missing()
    {
        PassageMatcher m;
        addLine(m, 0, 0, u"nothing here"_s);
        QVERIFY(m.match(u"absent"_s).isEmpty());
        QVERIFY(m.match(u"  \n"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassageMatcher)
#include "tst_passagematcher.moc"
