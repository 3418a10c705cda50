// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/recognizer.h"
#include "analysis/spanstyle.h"
#include "document/documentimporter.h"

#include <QTest>

using namespace Lectern;

namespace {

QStringList entityList(const AnalysisResult &result)
{
    QStringList list;
    for (const EntityMention &mention : result.entities)
        list << mention.text + u'/' + entityTypeName(mention.type) + u'/' + mention.canonical;
    return list;
}

const EntityMention *findEntity(const AnalysisResult &result, const QString &text)
{
    for (const EntityMention &mention : result.entities) {
        if (mention.text == text)
            return &mention;
    }
    return nullptr;
}

} // namespace

class TestRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleStatement();
    void quoteMarks_data();
    void quoteMarks();
    void unclosedQuoteEndsWithParagraph();
    void quoteOverParagraphs_data();
    void quoteOverParagraphs();
    void quoteOverHardWrappedLines();
    void quoteClosedOnALaterLine_data();
    void quoteClosedOnALaterLine();
    void termsAreNotQuotations();
    void unspokenPhrasesAreTerms();
    void curlyQuoteClosedByAStraightMark();
    void titlesAreTermsWhoeverNamesThem();
    void unpairedSurrogatesKeepTheOffsets();
    void titlesOfWorksAreTerms();
    void themesMottosAndPhrasesAreTerms();
    void yearApostropheIsNoQuote();
    void entities_data();
    void entities();
    void notNames_data();
    void notNames();
    void aliasesMerge();
    void spansAreSortedAndInside();
    void themeColoursDifferPerKind();
    void emptyAndHugeInput();
};

void TestRecognizer::sampleStatement()
{
    Document document;
    DocumentImporter importer;
    QVERIFY2(importer.importFile(
                 QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"), &document),
        qPrintable(importer.errorString()));
    const AnalysisResult result = Recognizer().analyze(document.text);

    QCOMPARE(result.quotes.size(), 5);
    QVERIFY(result.terms.isEmpty());
    QVERIFY(result.quotes.at(0).text.startsWith(QStringLiteral("\u201CToday\u2019s agreement")));
    QVERIFY(result.quotes.at(0).text.endsWith(QStringLiteral("our populations.\u201D")));
    QVERIFY(result.quotes.at(3).text.startsWith(QStringLiteral("\u201CFor the past seven decades")));
    for (const QuoteSpan &quote : result.quotes) {
        QVERIFY(quote.closed);
        QCOMPARE(document.text.mid(quote.range.start, quote.range.length()), quote.text);
    }
    // The first quote follows a sentence with two people in it: no guess.
    QVERIFY(!result.quotes.at(0).speaker);
    for (int i = 1; i < 5; ++i) {
        QVERIFY2(result.quotes.at(i).speaker, qPrintable(QString::number(i)));
        QCOMPARE(result.quotes.at(i).speaker->text, QStringLiteral("Secretary Blinken"));
        QCOMPARE(result.quotes.at(i).speaker->canonical, QStringLiteral("Antony Blinken"));
    }

    const QStringList entities = entityList(result);
    for (const char *expected : {"Secretary of State Antony Blinken/person/Antony Blinken",
             "South Korean Foreign Minister Park Jin/person/Park Jin", "Republic of Korea/place/Republic of Korea",
             "South Korea/place/Republic of Korea", "the United States/place/United States", "U.S./place/United States",
             "Japan/place/Japan", "Ukraine/place/Ukraine", "Russia’s/place/Russia",
             "the Taiwan Strait/place/Taiwan Strait", "the Korean Peninsula/place/Korean Peninsula",
             "the DPRK’s/place/Democratic People's Republic of Korea", "Secretary Blinken/person/Antony Blinken",
             "President Putin/person/Putin", "This October/date/This October",
             "the U.S.-Republic of Korea Science and Technology Agreement/agreement/U.S.-Republic of Korea Science and "
             "Technology Agreement",
             "the Indo-Pacific Framework for Prosperity/agreement/Indo-Pacific Framework for Prosperity",
             "the Minerals Security Partnership/agreement/Minerals Security Partnership",
             "U.S.-Republic of Korea Alliance/organization/U.S.-Republic of Korea Alliance"})
        QVERIFY2(entities.contains(QString::fromUtf8(expected)),
            qPrintable(QString::fromUtf8(expected) + u'\n' + entities.join(u'\n')));
    QVERIFY2(!findEntity(result, QStringLiteral("Secretary")), "a title of office is not a person");
    // The places inside the agreement's name are mentions of their own.
    const EntityMention *agreement
        = findEntity(result, QStringLiteral("the U.S.-Republic of Korea Science and Technology Agreement"));
    QVERIFY(agreement);
    QStringList nested;
    for (const EntityMention &mention : result.entities) {
        if (mention.range.start > agreement->range.start && mention.range.end <= agreement->range.end)
            nested << mention.text + u'/' + mention.canonical;
    }
    QCOMPARE(nested,
        QStringList({QStringLiteral("U.S./United States"), QStringLiteral("Republic of Korea/Republic of Korea")}));
    QVERIFY2(!findEntity(result, QStringLiteral("Today")), "a capitalised sentence start is not an entity");
}

void TestRecognizer::quoteMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::newRow("curly") << QStringLiteral("She said \u201CWe stand with Ukraine.\u201D Then left.")
                           << QStringLiteral("\u201CWe stand with Ukraine.\u201D");
    QTest::newRow("straight") << QStringLiteral("She said \"We stand with Ukraine.\" Then left.")
                              << QStringLiteral("\"We stand with Ukraine.\"");
    QTest::newRow("nested curly") << QStringLiteral(
        "He said \u201CThey told us \u2018never again\u2019 and meant it.\u201D")
                                  << QStringLiteral("\u201CThey told us \u2018never again\u2019 and meant it.\u201D");
    QTest::newRow("nested straight") << QStringLiteral("He said \"They told us 'never again' and meant it.\" Done.")
                                     << QStringLiteral("\"They told us 'never again' and meant it.\"");
    QTest::newRow("apostrophes") << QStringLiteral("\u201CWe\u2019re here and it\u2019s Korea\u2019s day.\u201D")
                                 << QStringLiteral("\u201CWe\u2019re here and it\u2019s Korea\u2019s day.\u201D");
    QTest::newRow("british single") << QStringLiteral(
        "He asked, \u2018Will you name this bill for our brother?\u2019 It\u2019s George\u2019s bill now.")
                                    << QStringLiteral("\u2018Will you name this bill for our brother?\u2019");
    QTest::newRow("ellipsis") << QStringLiteral("\u201CWe remain committed . . . to peace.\u201D")
                              << QStringLiteral("\u201CWe remain committed . . . to peace.\u201D");
}

void TestRecognizer::quoteMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().text, quote);
}

void TestRecognizer::unclosedQuoteEndsWithParagraph()
{
    const QString text = QStringLiteral("He said \u201CWe will never give up.  \nThe next paragraph is narration.\n");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().text, QStringLiteral("\u201CWe will never give up."));
    QVERIFY(!result.quotes.first().closed);
}

void TestRecognizer::quoteOverParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("blank lines between") << QStringLiteral(
        "Blinken said:\n\n\u201CFirst paragraph of the quote.\n\n\u201CSecond paragraph, still "
        "quoted.\u201D\n\nNarration.\n");
    QTest::newRow("one paragraph per line") << QStringLiteral(
        "Secretary of State Antony Blinken spoke to the press at length about the alliance and said:\n"
        "\u201CThe first paragraph of the quotation is long enough to be a paragraph of its own here.\n"
        "\u201CThe second paragraph of the quotation closes it, as the English convention wants.\u201D\n"
        "Then the narration goes on in a paragraph of its own, with no quotation mark in it.\n");
}

void TestRecognizer::quoteOverParagraphs()
{
    QFETCH(QString, text);
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 1);
    QVERIFY(result.quotes.first().text.count(u'\u201C') == 2);
    QVERIFY(result.quotes.first().text.endsWith(u'\u201D'));
    QVERIFY(result.quotes.first().closed);
    QVERIFY(result.quotes.first().speaker);
    QVERIFY(result.quotes.first().speaker->text.endsWith(QStringLiteral("Blinken")));
}

void TestRecognizer::quoteOverHardWrappedLines()
{
    const QString text = QStringLiteral("The Secretary of State spoke at length to the\n"
                                        "press. \u201CWe reaffirmed our commitment to the\n"
                                        "defense of the Republic of Korea,\u201D said\n"
                                        "Secretary Blinken, before leaving for Tokyo.\n"
                                        "\n"
                                        "A second paragraph follows here with no quote\n"
                                        "marks of any kind in it at all today.\n");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 1);
    QVERIFY(result.quotes.first().text.contains(u'\n'));
    QVERIFY(result.quotes.first().text.endsWith(QStringLiteral("Korea,\u201D")));
    QVERIFY(result.quotes.first().speaker);
    QCOMPARE(result.quotes.first().speaker->text, QStringLiteral("Secretary Blinken"));
    QVERIFY(findEntity(result, QStringLiteral("the Republic of Korea")));
}

void TestRecognizer::quoteClosedOnALaterLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<bool>("firstClosed");
    // One sentence a line, as annotated corpora give text.
    QTest::newRow("straight") << QStringLiteral(
        "She said , \" We came here first .\nThen we stayed for the final . \"\n"
        "Others left .\n") << QStringList {QStringLiteral("\" We came here first .\nThen we stayed for the final . \"")}
                              << true;
    QTest::newRow("curly") << QStringLiteral(
        "She said, \u201CWe came here first.\nThen we stayed.\u201D Others left.\n")
                           << QStringList {QStringLiteral("\u201CWe came here first.\nThen we stayed.\u201D")} << true;
    QTest::newRow("a quote opens on the next line")
        << QStringLiteral("He said \u201CYes, we will.\nLater she said \u201CNo,\u201D firmly.\n")
        << QStringList {QStringLiteral("\u201CYes, we will."), QStringLiteral("\u201CNo,\u201D")} << false;
    QTest::newRow("straight marks paired anew")
        << QStringLiteral("\" Ten years ago , a browser was born .\nIt is time to say goodbye , \" Microsoft says on "
                          "\" the Countdown site today , as users wait \" .\n")
        << QStringList {QStringLiteral("\" Ten years ago , a browser was born .\nIt is time to say goodbye , \""),
               QStringLiteral("\" the Countdown site today , as users wait \"")}
        << true;
    QTest::newRow("blank line between") << QStringLiteral("He said \"Yes, we will.\n\nLater, \"No,\" she replied.\n")
                                        << QStringList {QStringLiteral("\"Yes, we will."), QStringLiteral("\"No,\"")}
                                        << false;
}

void TestRecognizer::quoteClosedOnALaterLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);
    QFETCH(bool, firstClosed);
    const AnalysisResult result = Recognizer().analyze(text);
    QStringList found;
    for (const QuoteSpan &quote : result.quotes)
        found << quote.text;
    QCOMPARE(found, quotes);
    QCOMPARE(result.quotes.first().closed, firstClosed);
}

void TestRecognizer::termsAreNotQuotations()
{
    const QString text = QStringLiteral(
        "The \u201Cso-called\u201D referendum and the \u201Cspecial military operation\u201D were rejected. "
        "Officials spoke of \u201Cpeace dividends\u201D. He said \u201CNo.\u201D He mentions the word "
        "\u201Cabortion,\u201D "
        "and called it a \u201Cclose call.\u201D Tokenised text sets apart \u201C the game . \u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QStringList terms;
    for (const QuotedTerm &term : result.terms)
        terms << term.text;
    QCOMPARE(terms,
        QStringList({QStringLiteral("\u201Cso-called\u201D"), QStringLiteral("\u201Cspecial military operation\u201D"),
            QStringLiteral("\u201Cpeace dividends\u201D"), QStringLiteral("\u201Cabortion,\u201D"),
            QStringLiteral("\u201Cclose call.\u201D"), QStringLiteral("\u201C the game . \u201D")}));
    QStringList quotes;
    for (const QuoteSpan &quote : result.quotes)
        quotes << quote.text;
    QCOMPARE(quotes, QStringList({QStringLiteral("\u201CNo.\u201D")}));
}

void TestRecognizer::unspokenPhrasesAreTerms()
{
    // Phrases of up to five words that nobody is said to speak: a notion, a name, a byname, a title.
    const AnalysisResult result = Recognizer().analyze(QStringLiteral(
        "In an attitude of \u2018survival of the fittest\u2019, nations jostle. There is no such thing as "
        "\u201Cjust a regional conflict\u201D. Often referred to as the \u201CNature Park of Europe,\u201D Croatia "
        "acts. We honour Andrew Jackson, \u201Cthe People\u2019s President.\u201D He produced the film, "
        "\u201CThe Heart of Texas.\u201D"));
    QStringList terms;
    for (const QuotedTerm &term : result.terms)
        terms << term.text;
    QCOMPARE(terms,
        QStringList({QStringLiteral("\u2018survival of the fittest\u2019"),
            QStringLiteral("\u201Cjust a regional conflict\u201D"),
            QStringLiteral("\u201CNature Park of Europe,\u201D"),
            QStringLiteral("\u201Cthe People\u2019s President.\u201D"),
            QStringLiteral("\u201CThe Heart of Texas.\u201D")}));
    QVERIFY(result.quotes.isEmpty());

    // A speaker carried on from the quotation before names no one for the phrase; a mark left
    // open with no word after it opens nothing.
    const AnalysisResult carried = Recognizer().analyze(QStringLiteral(
        "\u201CWe must leave now,\u201D said Tommy. He was a \u201Creal old salt\u201D and left.\n\nThen "
        "he wrote: \u201C\n"));
    QCOMPARE(carried.quotes.size(), 1);
    QCOMPARE(carried.terms.size(), 1);
    QCOMPARE(carried.terms.first().text, QStringLiteral("\u201Creal old salt\u201D"));

    // Someone's words stay a quotation, even in part: after a speech verb in the sentence, a
    // clause, a phrase with a speaker, a sentence in lower case with its own punctuation.
    const AnalysisResult spoken = Recognizer().analyze(QStringLiteral(
        "Enver Solomon told Sky News any process \u201Cmust be well thought out\u201D. Montalvo told the police "
        "\u201Ceverything he did\u201D. The government is recommending \u201Conline translation tools\u201D. "
        "Critics called it \u201Cdangerous, reckless, wrong\u201D and left."));
    QStringList quotes;
    for (const QuoteSpan &quote : spoken.quotes)
        quotes << quote.text;
    QCOMPARE(quotes,
        QStringList({QStringLiteral("\u201Cmust be well thought out\u201D"),
            QStringLiteral("\u201Ceverything he did\u201D"), QStringLiteral("\u201Conline translation tools\u201D"),
            QStringLiteral("\u201Cdangerous, reckless, wrong\u201D")}));
}

void TestRecognizer::curlyQuoteClosedByAStraightMark()
{
    const AnalysisResult result = Recognizer().analyze(QStringLiteral(
        "The goal is to turn Tajikistan into a \u201Cgreen country\" by 2037. He said \u201CWe will.\u201D"));
    QCOMPARE(result.terms.size(), 1);
    QCOMPARE(result.terms.first().text, QStringLiteral("\u201Cgreen country\""));
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().text, QStringLiteral("\u201CWe will.\u201D"));
    // A single closing mark before a comma, which no possessive has; not the possessive itself.
    const AnalysisResult single = Recognizer().analyze(
        QStringLiteral("As the community reaffirmed at the first \u201CSummit on Peace in Ukraine\u2019, the Charter "
                       "must serve.\n\nThey said \u201Cthe leaders\u2019 summit was good\n"));
    QCOMPARE(single.terms.size(), 1);
    QCOMPARE(single.terms.first().text, QStringLiteral("\u201CSummit on Peace in Ukraine\u2019"));
    QCOMPARE(single.quotes.size(), 1);
    QVERIFY(!single.quotes.first().closed);
    // A straight mark left open that holds a curly closing mark after a word, and no curly
    // opening before it, closes there.
    const AnalysisResult straight = Recognizer().analyze(
        QStringLiteral("The Principality is committed to \"seizing the opportunities of safe AI.\u201D Indeed, the "
                       "advances help, as the \u201CPact for the Future\u201D says.\n"));
    QCOMPARE(straight.quotes.size(), 1);
    QCOMPARE(straight.quotes.first().text, QStringLiteral("\"seizing the opportunities of safe AI.\u201D"));
    QVERIFY(straight.quotes.first().closed);
}

void TestRecognizer::unpairedSurrogatesKeepTheOffsets()
{
    // A surrogate without its pair (as a broken file may leave one) is read as U+FFFD, of the
    // same length: the mentions after it slice the text as before.
    QString text = QStringLiteral("X The Federal Emergency Management Agency (FEMA) helps. Later FEMA came.");
    text[0] = QChar(0xD800);
    const AnalysisResult result = Recognizer().analyze(text);
    const EntityMention *later = nullptr;
    for (const EntityMention &mention : result.entities) {
        QCOMPARE(mention.text, text.mid(mention.range.start, mention.range.length()));
        if (mention.text == u"FEMA" && mention.range.start > text.indexOf(u"Later"))
            later = &mention;
    }
    QVERIFY(later);
    QCOMPARE(later->canonical, QStringLiteral("Federal Emergency Management Agency"));
}

void TestRecognizer::titlesAreTermsWhoeverNamesThem()
{
    const AnalysisResult result = Recognizer().analyze(QStringLiteral(
        "David Morens and I wrote a two-part article, which we called \u201CA Centenary Tale of Two Pandemics,\u201D "
        "in "
        "which we looked at 1918. He signed H.R. 983, the \u201CMontgomery GI Bill Selected Reserves Tuition Fairness "
        "Act of 2025,\u201D and she was named to Law360\u2019s \u201C40 & Under Hot List.\u201D"));
    QStringList terms;
    for (const QuotedTerm &term : result.terms)
        terms << term.text;
    QCOMPARE(terms,
        QStringList({QStringLiteral("\u201CA Centenary Tale of Two Pandemics,\u201D"),
            QStringLiteral("\u201CMontgomery GI Bill Selected Reserves Tuition Fairness Act of 2025,\u201D"),
            QStringLiteral("\u201C40 & Under Hot List.\u201D")}));
    QVERIFY(result.quotes.isEmpty());
}

void TestRecognizer::yearApostropheIsNoQuote()
{
    const AnalysisResult result = Recognizer().analyze(
        QStringLiteral("It runs into next fiscal year, the entire fiscal year for \u201825. So in the realm of "
                       "the hundreds. He said \u2018we will see\u2019 and left."));
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().text, QStringLiteral("\u2018we will see\u2019"));
}

void TestRecognizer::titlesOfWorksAreTerms()
{
    const AnalysisResult result = Recognizer().analyze(
        QStringLiteral("He launched \u201CTransforming Kenya: Pathways to Devolution and National Unity\u201D today. "
                       "She said \u201CWe will build the Road to Prosperity together\u201D and left."));
    QCOMPARE(result.terms.size(), 1);
    QCOMPARE(result.terms.first().text,
        QStringLiteral("\u201CTransforming Kenya: Pathways to Devolution and National Unity\u201D"));
    QCOMPARE(result.quotes.size(), 1); // lower-case words: a sentence, not a title
    // After a naming word, whatever its words and marks: the name of a robot, a workshop.
    const AnalysisResult named = Recognizer().analyze(
        QStringLiteral("They named their robot \u201CRobogee.\u201D She spoke at a workshop entitled, "
                       "\u201CHow big tech firms exploit children\u201D. He said \u201CWe will win.\u201D"));
    QStringList terms;
    for (const QuotedTerm &term : named.terms)
        terms << term.text;
    QCOMPARE(terms,
        QStringList({QStringLiteral("\u201CRobogee.\u201D"),
            QStringLiteral("\u201CHow big tech firms exploit children\u201D")}));
    QCOMPARE(named.quotes.size(), 1);
}

void TestRecognizer::themesMottosAndPhrasesAreTerms()
{
    // A theme, however long and however cased; a motto that is no sentence; "the phrase" right
    // before. But a motto that is a sentence, "his last words," and "these words:" are speech.
    const AnalysisResult result = Recognizer().analyze(QStringLiteral(
        "The theme of this 79th General Assembly\u2014\u201CLeaving no one behind: acting together for the "
        "advancement of peace, sustainable development and human dignity\u201D\u2014guides us. Our mantra, "
        "\u201CLeaving no one and no place behind\u201D is known. I repeat the phrase \u201CPeace through law,\u201D "
        "always.\n"
        "They had a motto about the police: \u2018Be true to the men in blue.\u2019\n"
        "George Floyd gasped his last words, \u2018I can't breathe,\u2019 and died.\n"
        "Nehru proclaimed our stand in these words: \u201CIndia\u2019s attitude is wholehearted.\u201D\n"
        // "states" after "member" is no speech verb: this is a scare quote.
        "Certain member states act as self-proclaimed \"masters of the world,\" pursuing domination.\n"
        // A notion and "of", and a title with a possessive in lower case.
        "This testifies to our foreign policy of \u201Cfriends to all and enemy to none\u201D today. "
        "He signed H.R. 970, the \u201CFairness for Servicemembers and their Families Act of 2025,\u201D into law.\n"
        "I outlined the vision through what I called -- the \u201C4 Ps.\u201D Representative Boebert called it "
        "\u201Cdangerous for America.\u201D"));
    QStringList terms;
    for (const QuotedTerm &term : result.terms)
        terms << term.text;
    QCOMPARE(terms,
        QStringList({QStringLiteral("\u201CLeaving no one behind: acting together for the advancement of peace, "
                                    "sustainable development and human dignity\u201D"),
            QStringLiteral("\u201CLeaving no one and no place behind\u201D"),
            QStringLiteral("\u201CPeace through law,\u201D"), QStringLiteral("\"masters of the world,\""),
            QStringLiteral("\u201Cfriends to all and enemy to none\u201D"),
            QStringLiteral("\u201CFairness for Servicemembers and their Families Act of 2025,\u201D"),
            QStringLiteral("\u201C4 Ps.\u201D")}));
    QStringList quotes;
    for (const QuoteSpan &quote : result.quotes)
        quotes << quote.text;
    QCOMPARE(quotes,
        QStringList(
            {QStringLiteral("\u2018Be true to the men in blue.\u2019"), QStringLiteral("\u2018I can't breathe,\u2019"),
                QStringLiteral("\u201CIndia\u2019s attitude is wholehearted.\u201D"),
                QStringLiteral("\u201Cdangerous for America.\u201D")}));
}

void TestRecognizer::entities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("a title word as a surname before a generational suffix")
        << QStringLiteral("It was the late Reverend Martin Luther King Jr, who led us.")
        << QStringLiteral("Reverend Martin Luther King Jr") << QStringLiteral("person")
        << QStringLiteral("Martin Luther King Jr");
    QTest::newRow("titled person") << QStringLiteral("Yesterday President Putin spoke.")
                                   << QStringLiteral("President Putin") << QStringLiteral("person")
                                   << QStringLiteral("Putin");
    QTest::newRow("nationality title") << QStringLiteral("He met Japanese Prime Minister Fumio Kishida in Tokyo.")
                                       << QStringLiteral("Japanese Prime Minister Fumio Kishida")
                                       << QStringLiteral("person") << QStringLiteral("Fumio Kishida");
    QTest::newRow("acronym place") << QStringLiteral("The DPRK fired a missile.") << QStringLiteral("The DPRK")
                                   << QStringLiteral("place")
                                   << QStringLiteral("Democratic People's Republic of Korea");
    QTest::newRow("iso official name") << QStringLiteral("The Plurinational State of Bolivia voted.")
                                       << QStringLiteral("The Plurinational State of Bolivia")
                                       << QStringLiteral("place") << QStringLiteral("Bolivia");
    QTest::newRow("iso inverted name") << QStringLiteral("Delegates of the Republic of Moldova came.")
                                       << QStringLiteral("Republic of Moldova") << QStringLiteral("place")
                                       << QStringLiteral("Moldova");
    QTest::newRow("body of water") << QStringLiteral("Ships crossed the Taiwan Strait today.")
                                   << QStringLiteral("the Taiwan Strait") << QStringLiteral("place")
                                   << QStringLiteral("Taiwan Strait");
    QTest::newRow("acronym organisation")
        << QStringLiteral("NATO allies met.") << QStringLiteral("NATO") << QStringLiteral("organization")
        << QStringLiteral("North Atlantic Treaty Organization");
    QTest::newRow("ministry of") << QStringLiteral("The Ministry of Foreign Affairs said so.")
                                 << QStringLiteral("The Ministry of Foreign Affairs") << QStringLiteral("organization")
                                 << QStringLiteral("Ministry of Foreign Affairs");
    QTest::newRow("keyword and head: department of")
        << QStringLiteral("The U.S. Department of Energy announced a grant.")
        << QStringLiteral("The U.S. Department of Energy") << QStringLiteral("organization")
        << QStringLiteral("U.S. Department of Energy");
    QTest::newRow("head's name ends before an officer")
        << QStringLiteral("He met Department of Justice Attorney General Merrick Garland.")
        << QStringLiteral("Department of Justice") << QStringLiteral("organization")
        << QStringLiteral("Department of Justice");
    QTest::newRow("a title after of belongs to the name")
        << QStringLiteral("The Office of the Attorney General announced charges.")
        << QStringLiteral("The Office of the Attorney General") << QStringLiteral("organization")
        << QStringLiteral("Office of the Attorney General");
    QTest::newRow("head's name ends before a date")
        << QStringLiteral("The Supreme Court of Cassation on July 8 ruled.")
        << QStringLiteral("The Supreme Court of Cassation") << QStringLiteral("organization")
        << QStringLiteral("Supreme Court of Cassation");
    QTest::newRow("a sentence's full stop ends a name")
        << QStringLiteral(
               "\u201CWe must act,\u201D said Surgeon General Dr. Vivek Murthy. Office of Science staff met.")
        << QStringLiteral("Office of Science") << QStringLiteral("organization") << QStringLiteral("Office of Science");
    QTest::newRow("honorific after a qualified title")
        << QStringLiteral("said National Institutes of Health Director Dr. Jay Bhattacharya today.")
        << QStringLiteral("National Institutes of Health Director Dr. Jay Bhattacharya") << QStringLiteral("person")
        << QStringLiteral("Jay Bhattacharya");
    QTest::newRow("treaty") << QStringLiteral("They signed the Treaty of Lisbon and the Paris Agreement.")
                            << QStringLiteral("the Paris Agreement") << QStringLiteral("agreement")
                            << QStringLiteral("Paris Agreement");
    QTest::newRow("sanctions") << QStringLiteral("The Russia Harmful Foreign Activities Sanctions apply.")
                               << QStringLiteral("Russia Harmful Foreign Activities Sanctions")
                               << QStringLiteral("agreement")
                               << QStringLiteral("Russia Harmful Foreign Activities Sanctions");
    QTest::newRow("event") << QStringLiteral("Leaders gathered at the G7 Summit in May 2023.")
                           << QStringLiteral("the G7 Summit") << QStringLiteral("event") << QStringLiteral("G7 Summit");
    QTest::newRow("date") << QStringLiteral("Leaders gathered at the G7 Summit on May 19, 2023.")
                          << QStringLiteral("May 19, 2023") << QStringLiteral("date") << QStringLiteral("May 19, 2023");
    QTest::newRow("year after preposition")
        << QStringLiteral("Relations were restored in 1992 by treaty.") << QStringLiteral("1992")
        << QStringLiteral("date") << QStringLiteral("1992");
    QTest::newRow("date in tokenized text")
        << QStringLiteral("It opened on July 21 , 2017 in Washington D.C. .") << QStringLiteral("July 21 , 2017")
        << QStringLiteral("date") << QStringLiteral("July 21 , 2017");
    // Names no gazetteer has, typed from their words.
    QTest::newRow("untitled person") << QStringLiteral("The company was founded by Sergey Brin in a garage.")
                                     << QStringLiteral("Sergey Brin") << QStringLiteral("person")
                                     << QStringLiteral("Sergey Brin");
    QTest::newRow("initial and hyphen") << QStringLiteral("Goals came from L. Ron Hubbard and Kim Shin-Wook late on.")
                                        << QStringLiteral("Kim Shin-Wook") << QStringLiteral("person")
                                        << QStringLiteral("Kim Shin-Wook");
    // The honorific takes its full stop: "Ms Bauchtman" and "Ms. Bauchtman" are one person.
    QTest::newRow("honorific") << QStringLiteral("It was Ms Bauchtman who answered.") << QStringLiteral("Ms Bauchtman")
                               << QStringLiteral("person") << QStringLiteral("Ms. Bauchtman");
    QTest::newRow("role noun") << QStringLiteral("Later actor Jason Beghe joined them.")
                               << QStringLiteral("actor Jason Beghe") << QStringLiteral("person")
                               << QStringLiteral("Jason Beghe");
    QTest::newRow("possessive") << QStringLiteral("We read Dean Kamen's letter.") << QStringLiteral("Dean Kamen's")
                                << QStringLiteral("person") << QStringLiteral("Dean Kamen");
    QTest::newRow("organisation by its head")
        << QStringLiteral("Parents wrote to the Irving Independent School District on Monday.")
        << QStringLiteral("the Irving Independent School District") << QStringLiteral("organization")
        << QStringLiteral("Irving Independent School District");
    QTest::newRow("place by its head") << QStringLiteral("Crowds gathered in Century City Towers at noon.")
                                       << QStringLiteral("Century City Towers") << QStringLiteral("place")
                                       << QStringLiteral("Century City Towers");
    QTest::newRow("sentence word is not part of a name")
        << QStringLiteral("Yesterday Google announced it.") << QStringLiteral("Google")
        << QStringLiteral("organization") << QStringLiteral("Google");
    QTest::newRow("known name inside a run of capitals")
        << QStringLiteral("Delegates of the Republic of Moldova came.") << QStringLiteral("Republic of Moldova")
        << QStringLiteral("place") << QStringLiteral("Moldova");
    QTest::newRow("place nested in an organisation")
        << QStringLiteral("He served in the United States Navy.") << QStringLiteral("United States")
        << QStringLiteral("place") << QStringLiteral("United States");
    QTest::newRow("subdivision from iso-codes")
        << QStringLiteral("She grew up in Texas and Queensland.") << QStringLiteral("Queensland")
        << QStringLiteral("place") << QStringLiteral("Queensland");
    QTest::newRow("country after a sentence word")
        << QStringLiteral("Food Standards Australia New Zealand met.") << QStringLiteral("New Zealand")
        << QStringLiteral("place") << QStringLiteral("New Zealand");
    QTest::newRow("city from tzdata") << QStringLiteral("The convention met in Toronto.") << QStringLiteral("Toronto")
                                      << QStringLiteral("place") << QStringLiteral("Toronto");
    QTest::newRow("article of a name that heads its phrase")
        << QStringLiteral("Officials of the White House said so.") << QStringLiteral("the White House")
        << QStringLiteral("organization") << QStringLiteral("White House");
    QTest::newRow("agency acronym") << QStringLiteral("Delegates of UNESCO met.") << QStringLiteral("UNESCO")
                                    << QStringLiteral("organization") << QStringLiteral("UNESCO");
    QTest::newRow("office holder") << QStringLiteral("The President said so on Monday.")
                                   << QStringLiteral("The President") << QStringLiteral("person")
                                   << QStringLiteral("the President");
    QTest::newRow("office holder of a country")
        << QStringLiteral("He met the Prime Minister of Japan today.") << QStringLiteral("the Prime Minister of Japan")
        << QStringLiteral("person") << QStringLiteral("the Prime Minister of Japan");
    QTest::newRow("office holder addressed")
        << QStringLiteral("Thank you, Madam Speaker.") << QStringLiteral("Madam Speaker") << QStringLiteral("person")
        << QStringLiteral("Madam Speaker");
    QTest::newRow("person a law is named after")
        << QStringLiteral("George Floyd died in 2020. We passed the Floyd Justice in Policing Act.")
        << QStringLiteral("Floyd") << QStringLiteral("person") << QStringLiteral("George Floyd");
    QTest::newRow("organisation nested in an event")
        << QStringLiteral("Leaders met at the NATO Istanbul Summit.") << QStringLiteral("NATO")
        << QStringLiteral("organization") << QStringLiteral("North Atlantic Treaty Organization");
    QTest::newRow("year of a full date") << QStringLiteral("It opened on July 21, 2017.") << QStringLiteral("2017")
                                         << QStringLiteral("date") << QStringLiteral("2017");
    QTest::newRow("span of time") << QStringLiteral("Talks ran for the past 30 days.")
                                  << QStringLiteral("the past 30 days") << QStringLiteral("date")
                                  << QStringLiteral("the past 30 days");
    QTest::newRow("year after an article")
        << QStringLiteral("Before the 2018 World Cup, teams met.") << QStringLiteral("2018") << QStringLiteral("date")
        << QStringLiteral("2018");
    QTest::newRow("fair") << QStringLiteral("She won the Google Science Fair last year.")
                          << QStringLiteral("the Google Science Fair") << QStringLiteral("event")
                          << QStringLiteral("Google Science Fair");
    QTest::newRow("no article when the name qualifies a noun")
        << QStringLiteral("Fans of the Afghanistan team cheered.") << QStringLiteral("Afghanistan")
        << QStringLiteral("place") << QStringLiteral("Afghanistan");
    QTest::newRow("an office holder is the one person with the title")
        << QStringLiteral("President Joe Biden met Prime Minister Kishida. Later the Prime Minister left.")
        << QStringLiteral("the Prime Minister") << QStringLiteral("person") << QStringLiteral("Kishida");
    QTest::newRow("an office holder named after a comma")
        << QStringLiteral("I invited the National Security Advisor, Jake Sullivan, to speak.")
        << QStringLiteral("the National Security Advisor") << QStringLiteral("person")
        << QStringLiteral("Jake Sullivan");
    QTest::newRow("a name of common words the dictionary lists as names")
        << QStringLiteral("Later Bill Gates spoke to reporters.") << QStringLiteral("Bill Gates")
        << QStringLiteral("person") << QStringLiteral("Bill Gates");
    QTest::newRow("a common surname after a first name")
        << QStringLiteral("Later Brian Stone spoke to reporters.") << QStringLiteral("Brian Stone")
        << QStringLiteral("person") << QStringLiteral("Brian Stone");
    QTest::newRow("a surname before a generational suffix")
        << QStringLiteral("Joseph R. Biden Jr. spoke. Then Biden left.") << QStringLiteral("Biden")
        << QStringLiteral("person") << QStringLiteral("Joseph R. Biden Jr");
    QTest::newRow("a known place that ends in a keyword")
        << QStringLiteral("The Russian Federation voted against it.") << QStringLiteral("The Russian Federation")
        << QStringLiteral("place") << QStringLiteral("Russia");
    QTest::newRow("a known territory that ends in a keyword")
        << QStringLiteral("Violence in the West Bank must stop.") << QStringLiteral("the West Bank")
        << QStringLiteral("place") << QStringLiteral("West Bank");
    QTest::newRow("a storm is an event") << QStringLiteral("Then Hurricane Helene hit Florida.")
                                         << QStringLiteral("Hurricane Helene") << QStringLiteral("event")
                                         << QStringLiteral("Hurricane Helene");
    QTest::newRow("an office holder by the title's head")
        << QStringLiteral("Secretary of State Antony Blinken visited Seoul. The Secretary left.")
        << QStringLiteral("The Secretary") << QStringLiteral("person") << QStringLiteral("Antony Blinken");
    QTest::newRow("a title's head two people hold stays an office")
        << QStringLiteral(
               "Secretary of State Antony Blinken met Secretary of Defense Lloyd Austin. The Secretary left.")
        << QStringLiteral("The Secretary") << QStringLiteral("person") << QStringLiteral("the Secretary");
    QTest::newRow("an office two people hold stays an office")
        << QStringLiteral("President Joe Biden met President Yoon Suk Yeol. The President left.")
        << QStringLiteral("The President") << QStringLiteral("person") << QStringLiteral("the President");
    QTest::newRow("a president of an organisation is no president")
        << QStringLiteral("SMART Transportation Division President Jeremy Ferguson spoke. The President left.")
        << QStringLiteral("The President") << QStringLiteral("person") << QStringLiteral("the President");
    QTest::newRow("a vice president is no president")
        << QStringLiteral("Vice President Kamala Harris spoke. The President left.") << QStringLiteral("The President")
        << QStringLiteral("person") << QStringLiteral("the President");
    QTest::newRow("a name in capitals after a title")
        << QStringLiteral("I thank Senator WARNOCK for his work.") << QStringLiteral("Senator WARNOCK")
        << QStringLiteral("person") << QStringLiteral("WARNOCK");
    QTest::newRow("a surname with an honorific of the other sex is not linked")
        << QStringLiteral("John Smith came home. Later Mrs. Smith went out.") << QStringLiteral("Mrs. Smith")
        << QStringLiteral("person") << QStringLiteral("Mrs. Smith");
    QTest::newRow("a surname with an honorific of the same sex is linked")
        << QStringLiteral("John Smith came home. Later Mr. Smith went out.") << QStringLiteral("Mr. Smith")
        << QStringLiteral("person") << QStringLiteral("John Smith");
    QTest::newRow("a form of address is not linked")
        << QStringLiteral("President Joe Biden signed it. Mr. President, I yield the floor.")
        << QStringLiteral("Mr. President") << QStringLiteral("person") << QStringLiteral("Mr. President");
    QTest::newRow("an act with its year")
        << QStringLiteral("They passed the Inflation Reduction Act of 2022 in August.")
        << QStringLiteral("the Inflation Reduction Act of 2022") << QStringLiteral("agreement")
        << QStringLiteral("Inflation Reduction Act");
    QTest::newRow("the year of an act") << QStringLiteral("They passed the Inflation Reduction Act of 2022 in August.")
                                        << QStringLiteral("2022") << QStringLiteral("date") << QStringLiteral("2022");
    QTest::newRow("a company named like a title")
        << QStringLiteral("I talked to Mary Barra of General Motors.") << QStringLiteral("General Motors")
        << QStringLiteral("organization") << QStringLiteral("General Motors");
    QTest::newRow("a reserve") << QStringLiteral("They drew on the Strategic Petroleum Reserve again.")
                               << QStringLiteral("the Strategic Petroleum Reserve") << QStringLiteral("organization")
                               << QStringLiteral("Strategic Petroleum Reserve");
    QTest::newRow("a given name alone is the one person of the text who has it")
        << QStringLiteral("George Floyd died in Minneapolis. We remember George\u2019s family.")
        << QStringLiteral("George\u2019s") << QStringLiteral("person") << QStringLiteral("George Floyd");
    QTest::newRow("a full name without its initial")
        << QStringLiteral("President Donald J. Trump signed it. Later Donald Trump said so.")
        << QStringLiteral("Donald Trump") << QStringLiteral("person") << QStringLiteral("Donald J. Trump");
    QTest::newRow("the House") << QStringLiteral("The bill failed in the House on Monday.")
                               << QStringLiteral("the House") << QStringLiteral("organization")
                               << QStringLiteral("House");
    QTest::newRow("a river basin is a place")
        << QStringLiteral("Salmon returned to the Columbia River Basin this year.")
        << QStringLiteral("the Columbia River Basin") << QStringLiteral("place")
        << QStringLiteral("Columbia River Basin");
    QTest::newRow("a bill is legislation, not a person named Bill")
        << QStringLiteral("She worked on the 2014 Farm Bill task force.") << QStringLiteral("Farm Bill")
        << QStringLiteral("agreement") << QStringLiteral("Farm Bill");
    QTest::newRow("a corridor is a place")
        << QStringLiteral("We invest in the Lobito Corridor in Angola.") << QStringLiteral("the Lobito Corridor")
        << QStringLiteral("place") << QStringLiteral("Lobito Corridor");
    QTest::newRow("a steel maker is an organisation")
        << QStringLiteral("Nippon Steel bought the plant.") << QStringLiteral("Nippon Steel")
        << QStringLiteral("organization") << QStringLiteral("Nippon Steel");
    QTest::newRow("a country with its accents")
        << QStringLiteral("I speak for São Tomé and Príncipe today.") << QStringLiteral("São Tomé and Príncipe")
        << QStringLiteral("place") << QStringLiteral("Sao Tome and Principe");
    QTest::newRow("a fort is a place") << QStringLiteral("We will go into Fort Knox to see the gold.")
                                       << QStringLiteral("Fort Knox") << QStringLiteral("place")
                                       << QStringLiteral("Fort Knox");
    QTest::newRow("a hyphenated surname with an inner capital")
        << QStringLiteral("Yesterday Sheila Cherfilus-McCormick spoke.") << QStringLiteral("Sheila Cherfilus-McCormick")
        << QStringLiteral("person") << QStringLiteral("Sheila Cherfilus-McCormick");
    QTest::newRow("a place word after an initial is a surname")
        << QStringLiteral("We welcome Christopher R. Hill to the talks.") << QStringLiteral("Christopher R. Hill")
        << QStringLiteral("person") << QStringLiteral("Christopher R. Hill");
    QTest::newRow("a hyphenated surname stays a name")
        << QStringLiteral("Director Tracy Stone-Manning spoke.") << QStringLiteral("Director Tracy Stone-Manning")
        << QStringLiteral("person") << QStringLiteral("Tracy Stone-Manning");
    QTest::newRow("a garden is a place") << QStringLiteral("They met in the Rose Garden on Monday.")
                                         << QStringLiteral("the Rose Garden") << QStringLiteral("place")
                                         << QStringLiteral("Rose Garden");
    QTest::newRow("a prime minister addressed")
        << QStringLiteral("In Armenia, Mr Prime Minister, France stands by your side.")
        << QStringLiteral("Mr Prime Minister") << QStringLiteral("person") << QStringLiteral("Mr. Prime Minister");
    QTest::newRow("an honour society is no person")
        << QStringLiteral("She graduated Phi Beta Kappa in 1990.") << QStringLiteral("Phi Beta Kappa")
        << QStringLiteral("organization") << QStringLiteral("Phi Beta Kappa");
    QTest::newRow("a title's retired holder")
        << QStringLiteral("Yesterday Speaker Emerita Nancy Pelosi spoke.")
        << QStringLiteral("Speaker Emerita Nancy Pelosi") << QStringLiteral("person") << QStringLiteral("Nancy Pelosi");
    QTest::newRow("a title after a qualifier")
        << QStringLiteral("Yesterday House Speaker Nancy Pelosi spoke.") << QStringLiteral("Speaker Nancy Pelosi")
        << QStringLiteral("person") << QStringLiteral("Nancy Pelosi");
    QTest::newRow("Bill is a first name")
        << QStringLiteral("Yesterday Bill Gates met them.") << QStringLiteral("Bill Gates") << QStringLiteral("person")
        << QStringLiteral("Bill Gates");
    QTest::newRow("a long qualifier before a title")
        << QStringLiteral("We met Council on Environmental Quality Chairman Katherine Scarlett there.")
        << QStringLiteral("Council on Environmental Quality Chairman Katherine Scarlett") << QStringLiteral("person")
        << QStringLiteral("Katherine Scarlett");
    QTest::newRow("a place named after a title and a name")
        << QStringLiteral("Then Chairman Mao Zedong Memorial Hall opened.")
        << QStringLiteral("Chairman Mao Zedong Memorial Hall") << QStringLiteral("place")
        << QStringLiteral("Chairman Mao Zedong Memorial Hall");
    QTest::newRow("a nation of the United Kingdom")
        << QStringLiteral("Schools in Scotland reopened.") << QStringLiteral("Scotland") << QStringLiteral("place")
        << QStringLiteral("Scotland");
    QTest::newRow("a span of time ago") << QStringLiteral("He was nominated 10 months ago, in this room.")
                                        << QStringLiteral("10 months ago") << QStringLiteral("date")
                                        << QStringLiteral("10 months ago");
    QTest::newRow("a year after By") << QStringLiteral("By 2030, we will have built it.") << QStringLiteral("2030")
                                     << QStringLiteral("date") << QStringLiteral("2030");
    QTest::newRow("the year that ends a range")
        << QStringLiteral("Effects of warming over 2000 - 2050 on wheat.") << QStringLiteral("2050")
        << QStringLiteral("date") << QStringLiteral("2050");
    QTest::newRow("a month placed in time")
        << QStringLiteral("The Istanbul Summit last June commended the progress.") << QStringLiteral("last June")
        << QStringLiteral("date") << QStringLiteral("last June");
    QTest::newRow("the month of a day without its year")
        << QStringLiteral("He brought the clock to school on September 14, and a teacher saw it.")
        << QStringLiteral("September") << QStringLiteral("date") << QStringLiteral("September");
    QTest::newRow("a body named again by its head word")
        << QStringLiteral("The Security Council met on Monday. Later the Council adopted the text.")
        << QStringLiteral("the Council") << QStringLiteral("organization") << QStringLiteral("UN Security Council");
    QTest::newRow("a body named again after this")
        << QStringLiteral("I address the General Assembly today. This Assembly has a duty.")
        << QStringLiteral("This Assembly") << QStringLiteral("organization") << QStringLiteral("UN General Assembly");
    QTest::newRow("a head word before of")
        << QStringLiteral("The Church of Scientology sued. The Church said it was right.")
        << QStringLiteral("The Church") << QStringLiteral("organization") << QStringLiteral("Church of Scientology");
    QTest::newRow("a town and its state")
        << QStringLiteral("A boy in Irving, Texas, built a clock. Police in Irving arrested him.")
        << QStringLiteral("Irving, Texas") << QStringLiteral("place") << QStringLiteral("Irving, Texas");
    QTest::newRow("the state inside a town's name")
        << QStringLiteral("A boy in Irving, Texas, built a clock.") << QStringLiteral("Texas")
        << QStringLiteral("place") << QStringLiteral("Texas");
    QTest::newRow("a town named with its state, alone further on")
        << QStringLiteral("A boy in Irving, Texas, built a clock. Police in Irving arrested him.")
        << QStringLiteral("Irving") << QStringLiteral("place") << QStringLiteral("Irving");
    QTest::newRow("a caucus") << QStringLiteral("He thanked the Congressional Black Caucus for its work.")
                              << QStringLiteral("the Congressional Black Caucus") << QStringLiteral("organization")
                              << QStringLiteral("Congressional Black Caucus");
    QTest::newRow("the body of an office")
        << QStringLiteral("I thank the distinguished Chair of the Judiciary Committee for his work.")
        << QStringLiteral("the Judiciary Committee") << QStringLiteral("organization")
        << QStringLiteral("Judiciary Committee");
    QTest::newRow("the body of an office starts with New")
        << QStringLiteral("He was Chairman of the New Jersey Economic Development Authority in 2020.")
        << QStringLiteral("the New Jersey Economic Development Authority") << QStringLiteral("organization")
        << QStringLiteral("New Jersey Economic Development Authority");
    QTest::newRow("a person after an organisation's head word")
        << QStringLiteral("CEO of the Refugee Council Enver Solomon said so.") << QStringLiteral("Enver Solomon")
        << QStringLiteral("person") << QStringLiteral("Enver Solomon");
    QTest::newRow("a well-known person by surname alone")
        << QStringLiteral("It sends signals to Putin and all the others.") << QStringLiteral("Putin")
        << QStringLiteral("person") << QStringLiteral("Putin");
    QTest::newRow("a surname the text gives another person")
        << QStringLiteral("Mary Trump wrote a book. Trump said it was true.") << QStringLiteral("Trump")
        << QStringLiteral("person") << QStringLiteral("Mary Trump");
    QTest::newRow("an article before a name and an adverb")
        << QStringLiteral("We know the United States strongly supports the plan.")
        << QStringLiteral("the United States") << QStringLiteral("place") << QStringLiteral("United States");
    QTest::newRow("a holiday") << QStringLiteral("Families gathered for Chinese New Year in Taipei.")
                               << QStringLiteral("Chinese New Year") << QStringLiteral("event")
                               << QStringLiteral("Lunar New Year");
    QTest::newRow("a bill by its number")
        << QStringLiteral("She spoke in support of H.R. 1280, the Justice in Policing Act.")
        << QStringLiteral("H.R. 1280") << QStringLiteral("agreement") << QStringLiteral("H.R. 1280");
    QTest::newRow("an event with its organiser and year")
        << QStringLiteral("It was day five of the FIFA World Cup 2018 in Russia.")
        << QStringLiteral("the FIFA World Cup 2018") << QStringLiteral("event")
        << QStringLiteral("FIFA World Cup 2018");
    QTest::newRow("an event with its year before")
        << QStringLiteral("Athletes trained for the 2024 Olympic Games in Paris.")
        << QStringLiteral("the 2024 Olympic Games") << QStringLiteral("event") << QStringLiteral("2024 Olympic Games");
    QTest::newRow("an abbreviated organisation word")
        << QStringLiteral("He left the Sea Org in 2010.") << QStringLiteral("the Sea Org")
        << QStringLiteral("organization") << QStringLiteral("Sea Org");
    QTest::newRow("a person's place in the possessive")
        << QStringLiteral("Today Egypt\u2019s President Anwar Sadat arrived.")
        << QStringLiteral("Egypt\u2019s President Anwar Sadat") << QStringLiteral("person")
        << QStringLiteral("Anwar Sadat");
    QTest::newRow("the body of a plural office")
        << QStringLiteral("We met the Leaders of the Group of Seven in June.") << QStringLiteral("the Group of Seven")
        << QStringLiteral("organization") << QStringLiteral("Group of Seven");
    QTest::newRow("OSCE in American spelling")
        << QStringLiteral("We work in the Organization for Security and Cooperation in Europe since 1995.")
        << QStringLiteral("the Organization for Security and Cooperation in Europe") << QStringLiteral("organization")
        << QStringLiteral("Organization for Security and Co-operation in Europe");
    QTest::newRow("this before a body") << QStringLiteral("This Senate is a place of debate.")
                                        << QStringLiteral("This Senate") << QStringLiteral("organization")
                                        << QStringLiteral("Senate");
    QTest::newRow("a name with D\u2019") << QStringLiteral("My father, Thomas D\u2019Alesandro, was Mayor.")
                                         << QStringLiteral("Thomas D\u2019Alesandro") << QStringLiteral("person")
                                         << QStringLiteral("Thomas D\u2019Alesandro");
    QTest::newRow("an organisation word of another language")
        << QStringLiteral("The catholic school Instituto Gonzaga must pay.") << QStringLiteral("Instituto Gonzaga")
        << QStringLiteral("organization") << QStringLiteral("Instituto Gonzaga");
    QTest::newRow("a mall") << QStringLiteral("Crowds filled the National Mall on Monday.")
                            << QStringLiteral("the National Mall") << QStringLiteral("place")
                            << QStringLiteral("National Mall");
    QTest::newRow("a dateline in capitals")
        << QStringLiteral("WASHINGTON \u2013 Today the President signed the bill.") << QStringLiteral("WASHINGTON")
        << QStringLiteral("place") << QStringLiteral("Washington");
    QTest::newRow("the surname of a titled person further on")
        << QStringLiteral("We heard Senator Warnock today. Later Warnock spoke again.") << QStringLiteral("Warnock")
        << QStringLiteral("person") << QStringLiteral("Warnock");
    QTest::newRow("a country inside a government's name keeps its article")
        << QStringLiteral("The Government of the Republic of Albania will continue.")
        << QStringLiteral("the Republic of Albania") << QStringLiteral("place") << QStringLiteral("Albania");
    QTest::newRow("a newspaper someone spoke to")
        << QStringLiteral("She told The Guardian that it was over.") << QStringLiteral("The Guardian")
        << QStringLiteral("organization") << QStringLiteral("The Guardian");
    QTest::newRow("a newspaper someone writes for")
        << QStringLiteral("Writing in a blog post, Matthew Ingram of The Globe and Mail called it a war.")
        << QStringLiteral("The Globe and Mail") << QStringLiteral("organization")
        << QStringLiteral("The Globe and Mail");
    QTest::newRow("Easter is a holiday, not the time zone's island")
        << QStringLiteral("We celebrated Easter with family.") << QStringLiteral("Easter") << QStringLiteral("event")
        << QStringLiteral("Easter");
    const QString match = QStringLiteral("In the first match of the World Cup in Russia, Sweden defeated Mexico 1 – 0. "
                                         "Sweden's striker scored a penalty; the Mexican goalkeeper was injured.");
    QTest::newRow("a country's team in a sports report")
        << match << QStringLiteral("Mexico") << QStringLiteral("organization") << QStringLiteral("Mexico");
    QTest::newRow("the host country in a sports report")
        << match << QStringLiteral("Russia") << QStringLiteral("place") << QStringLiteral("Russia");
    QTest::newRow("the city of a venue in a sports report")
        << match + QStringLiteral(" They meet England at the Volgograd Arena.") << QStringLiteral("Volgograd")
        << QStringLiteral("place") << QStringLiteral("Volgograd");
    QTest::newRow("a name after a numbered heading")
        << QStringLiteral("CHAPTER I. To Sherlock Holmes she is always the woman.") << QStringLiteral("Sherlock Holmes")
        << QStringLiteral("person") << QStringLiteral("Sherlock Holmes");
    QTest::newRow("a known name goes on past its keyword")
        << QStringLiteral("Troops of the United Nations Interim Administration Mission in Kosovo were praised.")
        << QStringLiteral("the United Nations Interim Administration Mission in Kosovo")
        << QStringLiteral("organization") << QStringLiteral("United Nations Interim Administration Mission in Kosovo");
    QTest::newRow("a body of the United Nations")
        << QStringLiteral("I address the General Assembly of the United Nations today.")
        << QStringLiteral("the General Assembly of the United Nations") << QStringLiteral("organization")
        << QStringLiteral("General Assembly of the United Nations");
    QTest::newRow("the name inside a body of the United Nations")
        << QStringLiteral("I address the General Assembly of the United Nations today.")
        << QStringLiteral("the United Nations") << QStringLiteral("organization") << QStringLiteral("United Nations");
    QTest::newRow("a mission in a country")
        << QStringLiteral("We fund the African Union Transition Mission in Somalia.")
        << QStringLiteral("the African Union Transition Mission in Somalia") << QStringLiteral("organization")
        << QStringLiteral("African Union Transition Mission in Somalia");
    QTest::newRow("a name its acronym defines")
        << QStringLiteral("The Union of Concerned Scientists and Engineers (UCSE) has launched a petition.")
        << QStringLiteral("The Union of Concerned Scientists and Engineers") << QStringLiteral("organization")
        << QStringLiteral("Union of Concerned Scientists and Engineers");
    QTest::newRow("a defined acronym further on")
        << QStringLiteral("The Federal Emergency Management Agency (FEMA) will help. Later FEMA sent teams.")
        << QStringLiteral("FEMA") << QStringLiteral("organization")
        << QStringLiteral("Federal Emergency Management Agency");
    QTest::newRow("a country in a report on politics")
        << QStringLiteral("Sweden defeated the motion in the Council, the minister said.") << QStringLiteral("Sweden")
        << QStringLiteral("place") << QStringLiteral("Sweden");
}

void TestRecognizer::entities()
{
    QFETCH(QString, text);
    QFETCH(QString, mention);
    QFETCH(QString, type);
    QFETCH(QString, canonical);
    const AnalysisResult result = Recognizer().analyze(text);
    const EntityMention *found = findEntity(result, mention);
    QVERIFY2(found, qPrintable(entityList(result).join(u'\n')));
    QCOMPARE(entityTypeName(found->type), type);
    QCOMPARE(found->canonical, canonical);
}

void TestRecognizer::notNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notAMention");
    QTest::newRow("single capitalised word")
        << QStringLiteral("Scientology was mentioned.") << QStringLiteral("Scientology");
    QTest::newRow("sentence start") << QStringLiteral("However Officials disagreed.")
                                    << QStringLiteral("However Officials");
    QTest::newRow("title without a name")
        << QStringLiteral("An Afghan Ambassador to the region spoke.") << QStringLiteral("Afghan Ambassador");
    QTest::newRow("a title's second word is no name")
        << QStringLiteral("We heard the UN Secretary General speak.") << QStringLiteral("UN Secretary General");
    QTest::newRow("a title of two words is no name")
        << QStringLiteral("She served as General Counsel of the agency.") << QStringLiteral("General Counsel");
    QTest::newRow("names joined by and are two")
        << QStringLiteral("Both Mark Hamill and Kevin Conroy spoke.") << QStringLiteral("Mark Hamill and Kevin Conroy");
    QTest::newRow("day after a name") << QStringLiteral("At Prime Minister's Questions Wednesday it came up.")
                                      << QStringLiteral("Questions Wednesday");
    QTest::newRow("common nouns in capitals") << QStringLiteral("They adopted the Sustainable Development Goals.")
                                              << QStringLiteral("Sustainable Development Goals");
    QTest::newRow("an award after a title is no person")
        << QStringLiteral("Bahrain launched the King Hamad Award for Peaceful Coexistence.")
        << QStringLiteral("King Hamad Award");
    QTest::newRow("a nationality and a noun are no person")
        << QStringLiteral("We work with European Allies on this. The Allies agreed.")
        << QStringLiteral("European Allies");
    QTest::newRow("nor what a verb's -ing form opens")
        << QStringLiteral("Allowing Medicare to negotiate helps. Medicare pays.")
        << QStringLiteral("Allowing Medicare");
    QTest::newRow("common words joined before a common noun are no person") << QStringLiteral(
        "I call for a High-Level Meeting at the next session.") << QStringLiteral("High-Level Meeting");
    QTest::newRow("a variant is no place")
        << QStringLiteral("The Delta variant spread fast last summer.") << QStringLiteral("Delta");
    QTest::newRow("an office is no organisation")
        << QStringLiteral("She served as a District Judge for ten years.") << QStringLiteral("District Judge");
    QTest::newRow("a medal is no person")
        << QStringLiteral("He was awarded the Canterbury Medal in 2019.") << QStringLiteral("Canterbury Medal");
    QTest::newRow("a given name two people of the text have")
        << QStringLiteral("George Floyd met George Bush. Later George left.") << QStringLiteral("George");
    QTest::newRow("a given name that is an English word")
        << QStringLiteral("Bill Gates spoke about a Bill in Congress.") << QStringLiteral("Bill");
    QTest::newRow("weekday alone") << QStringLiteral("They met on Friday in Seoul.") << QStringLiteral("Friday");
    QTest::newRow("a sentence goes on after an initial")
        << QStringLiteral("They reached Gen Z. And then they voted.") << QStringLiteral("Gen Z. And");
    QTest::newRow("what ends in an initial before a sentence")
        << QStringLiteral("They reached Gen Z. And then they voted.") << QStringLiteral("Gen Z.");
    QTest::newRow("who people are is no name")
        << QStringLiteral("Many Asian American voters came.") << QStringLiteral("Asian American");
    QTest::newRow("an office has no surname")
        << QStringLiteral("Mr Secretary-General of the United Nations, I greet you. The Nations of the world agree.")
        << QStringLiteral("Nations");
    QTest::newRow("a people is no person")
        << QStringLiteral("An Innocent Palestinian family fled.") << QStringLiteral("Innocent Palestinian");
    QTest::newRow("a capitalised common phrase is no person")
        << QStringLiteral("He signed the Executive Order on Monday.") << QStringLiteral("Executive Order");
    QTest::newRow("common words, one listed as a name, are no person")
        << QStringLiteral("We walked across the Golden Gate that day.") << QStringLiteral("Golden Gate");

    QTest::newRow("title before a name is not an office holder")
        << QStringLiteral("Yesterday the President Joe Biden spoke.") << QStringLiteral("the President");
    QTest::newRow("article before a longer name")
        << QStringLiteral("She won the Google Science Fair.") << QStringLiteral("the Google");
    QTest::newRow("an age is no date") << QStringLiteral("A 19-year-old student and a 2000 year old tradition.")
                                       << QStringLiteral("19-year");
    QTest::newRow("an age is no date, spaced")
        << QStringLiteral("It is a 2000 year old tradition.") << QStringLiteral("2000 year");
    QTest::newRow("a house is no person")
        << QStringLiteral("They met at Lancaster House on Monday.") << QStringLiteral("Lancaster House");
    QTest::newRow("a number and a nationality")
        << QStringLiteral("Five Panamanian players were booked.") << QStringLiteral("Five Panamanian");
    QTest::newRow("a people") << QStringLiteral("Many Black Americans protested.") << QStringLiteral("Black Americans");
    QTest::newRow("a quoted title is no person")
        << QStringLiteral("It is called \u201CAmerican Anthem\u201D and one verse stands out.")
        << QStringLiteral("American Anthem");
    QTest::newRow("an imperative") << QStringLiteral("Let Medicare negotiate the prices.")
                                   << QStringLiteral("Let Medicare");
    QTest::newRow("an adjective in -able")
        << QStringLiteral("They repealed the Affordable Care rules.") << QStringLiteral("Affordable Care");
    QTest::newRow("an honorific last") << QStringLiteral("He met the Chief Scientist Dr. Lee.")
                                       << QStringLiteral("Chief Scientist Dr");
    QTest::newRow("an acronym of no entity")
        << QStringLiteral("Gross Domestic Product (GDP) grew, and GDP rose again.") << QStringLiteral("GDP");
    QTest::newRow("the head of a name with of is no other entity")
        << QStringLiteral("I address the General Assembly of the United Nations today.")
        << QStringLiteral("General Assembly");
    QTest::newRow("a head word met in no name before")
        << QStringLiteral("We spoke. The Council adopted the text.") << QStringLiteral("The Council");
    QTest::newRow("a head word that names no event")
        << QStringLiteral("He gave the State of the Union address. He loves the Union.") << QStringLiteral("the Union");
    QTest::newRow("countries in a list are no town and state")
        << QStringLiteral("Troops came from Japan, Korea, and China.") << QStringLiteral("Japan, Korea");
    QTest::newRow("a country and a possessive are no town and state")
        << QStringLiteral("They fight in Ukraine, Russia\u2019s neighbour.") << QStringLiteral("Ukraine, Russia");
    QTest::newRow("an office is no body")
        << QStringLiteral("I thank the distinguished Chair of the Judiciary Committee for his work.")
        << QStringLiteral("Chair of the Judiciary Committee");
    QTest::newRow("a well-known surname in a compound")
        << QStringLiteral("In 2015, during the Obama-Biden administration, it changed.") << QStringLiteral("Biden");
    QTest::newRow("the initials of a bill are no person")
        << QStringLiteral("She spoke in support of H. R. 1280 , the Act .") << QStringLiteral("H. R.");
    QTest::newRow("a speaker's label in capitals is no dateline")
        << QStringLiteral("MR. SULLIVAN \u2014 Thank you.") << QStringLiteral("SULLIVAN");
    QTest::newRow("a city inside a longer name has no article")
        << QStringLiteral("Patrick Thornton of the New York City Fire Department came.")
        << QStringLiteral("the New York City");
    QTest::newRow("a title with The is no newspaper")
        << QStringLiteral("It is explained in The Oxford Handbook of Women.") << QStringLiteral("The Oxford Handbook");
    QTest::newRow("plural of a title") << QStringLiteral("Nearly all Republican Senators have announced it.")
                                       << QStringLiteral("Republican Senators");
}

void TestRecognizer::notNames()
{
    QFETCH(QString, text);
    QFETCH(QString, notAMention);
    const AnalysisResult result = Recognizer().analyze(text);
    QVERIFY2(!findEntity(result, notAMention), qPrintable(entityList(result).join(u'\n')));
}

void TestRecognizer::aliasesMerge()
{
    const QString text
        = QStringLiteral("The ROK and South Korea and the Republic of Korea are one. The U.S. is the United States. "
                         "Secretary of State Antony Blinken arrived. Blinken spoke; Secretary Blinken left.");
    const AnalysisResult result = Recognizer().analyze(text);
    QSet<QString> korea;
    QSet<QString> blinken;
    for (const EntityMention &mention : result.entities) {
        if (mention.text == QLatin1String("ROK") || mention.text == QLatin1String("South Korea")
            || mention.text == QLatin1String("Republic of Korea"))
            korea.insert(mention.canonical);
        if (mention.text.contains(QLatin1String("Blinken")))
            blinken.insert(mention.canonical);
    }
    QCOMPARE(korea, QSet<QString>({QStringLiteral("Republic of Korea")}));
    QCOMPARE(blinken, QSet<QString>({QStringLiteral("Antony Blinken")}));
    int blinkenMentions = 0;
    for (const EntityMention &mention : result.entities)
        blinkenMentions += mention.canonical == QLatin1String("Antony Blinken");
    QCOMPARE(blinkenMentions, 3);
    // An office without a name is nobody's full name: "President" alone is not that office.
    const AnalysisResult offices = Recognizer().analyze(QStringLiteral(
        "- Brian Bryant, to be a Member of the President\u2019s Export Council\n\nRobert Martinez joined "
        "the Executive Council as General Vice President assigned to the Eastern Territory.\n"));
    for (const EntityMention &mention : offices.entities) {
        if (mention.text.startsWith(QLatin1String("President")))
            QVERIFY2(mention.canonical != QLatin1String("Vice President"), qPrintable(mention.text));
    }
}

void TestRecognizer::spansAreSortedAndInside()
{
    const QString text
        = QStringLiteral("\u201CWe stand with Ukraine,\u201D said President Zelenskyy of Ukraine on Monday.");
    const AnalysisResult result = Recognizer().analyze(text);
    QVERIFY(!result.spans.isEmpty());
    for (qsizetype i = 0; i < result.spans.size(); ++i) {
        const LexicalSpan &span = result.spans.at(i);
        QVERIFY(span.start >= 0 && span.start < span.end && span.end <= text.size());
        if (i > 0)
            QVERIFY(result.spans.at(i - 1).start <= span.start);
    }
    QCOMPARE(result.spans.first().kind, SpanKind::Quote);
    QCOMPARE(result.quotes.first().speaker->canonical, QStringLiteral("Zelenskyy"));
}

void TestRecognizer::themeColoursDifferPerKind()
{
    for (bool dark : {false, true}) {
        const QTextCharFormat quote = spanCharFormat(SpanKind::Quote, dark);
        const QTextCharFormat person = spanCharFormat(SpanKind::Person, dark);
        const QTextCharFormat place = spanCharFormat(SpanKind::Place, dark);
        QVERIFY(quote.hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(person.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(person.foreground().color() != place.foreground().color());
    }
    // The dark palette's quote background is dark, the light one's is light.
    QVERIFY(spanCharFormat(SpanKind::Quote, true).background().color().lightness() < 100);
    QVERIFY(spanCharFormat(SpanKind::Quote, false).background().color().lightness() > 180);
}

void TestRecognizer::emptyAndHugeInput()
{
    QVERIFY(Recognizer().analyze(QString()).quotes.isEmpty());
    QVERIFY(Recognizer().analyze(QStringLiteral("\n\n\n")).entities.isEmpty());
    // A 200,000-character line with an unclosed quote: ends at the paragraph end, no hang.
    const QString line = QStringLiteral("\u201C") + QString(200000, u'a');
    const AnalysisResult result = Recognizer().analyze(line);
    QCOMPARE(result.quotes.size(), 1);
    QCOMPARE(result.quotes.first().range.end, line.size());
}

QTEST_GUILESS_MAIN(TestRecognizer)
#include "tst_recognizer.moc"
