// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjson.h"
#include "analysis/entitycorrection.h"
#include "analysis/recognizer.h"

#include <QJsonArray>
#include <QTest>

using namespace Lectern;

/// Pronouns that refer to a person the statement names: AnalysisResult::references.
class TestPronounReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirdPerson_data();
    void thirdPerson();
    void nothingToReferTo_data();
    void nothingToReferTo();
    void firstPersonInAQuotation();
    void firstPersonInATranscript();
    void firstPersonOfTheAuthor_data();
    void firstPersonOfTheAuthor();
    void descriptions_data();
    void descriptions();
    void itsForABody();
    void authorFromATitleOutsideTheText();
    void transcriptLabelsNamed();
    void notAnEntityRemovesThem();
    void mergeNamesTheSpeaker();
    void spansSliceTheTextInJson();

private:
    /// "text=canonical" for each reference, in order.
    static QStringList referencesOf(const AnalysisResult &result);
};

QStringList TestPronounReferences::referencesOf(const AnalysisResult &result)
{
    QStringList out;
    for (const EntityMention &reference : result.references)
        out << reference.text + u'=' + reference.canonical;
    return out;
}

void TestPronounReferences::thirdPerson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("he and his") << QStringLiteral(
        "President Joe Biden arrived in Seoul on Friday. He met the troops and thanked them for "
        "his welcome.") << QStringList {QStringLiteral("He=Joe Biden"), QStringLiteral("his=Joe Biden")};
    QTest::newRow("she and her") << QStringLiteral(
        "Ambassador Linda Thomas-Greenfield spoke first. She said that her country would help.")
                                 << QStringList {QStringLiteral("She=Linda Thomas-Greenfield"),
                                        QStringLiteral("her=Linda Thomas-Greenfield")};
    QTest::newRow("the pronoun's sex picks the person")
        << QStringLiteral("Mary Robinson met John Kerry in Dublin. She thanked him.")
        << QStringList {QStringLiteral("She=Mary Robinson"), QStringLiteral("him=John Kerry")};
    QTest::newRow("a style is no reference")
        << QStringLiteral("President Joe Biden welcomed His Excellency the Emir of Qatar.") << QStringList {};
}

void TestPronounReferences::thirdPerson()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(referencesOf(Recognizer().analyze(text)), expected);
}

void TestPronounReferences::nothingToReferTo_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no one named") << QStringLiteral("He said nothing, and she left with her coat.");
    QTest::newRow("named too far before") << QStringLiteral("President Joe Biden arrived. ")
            + QStringLiteral("The weather was fine. ").repeated(40) + QStringLiteral("He left.");
    QTest::newRow("only a person of the other sex")
        << QStringLiteral("Mrs. Smith said that he left the room. ").repeated(200);
    QTest::newRow("inside a quotation") << QStringLiteral(
        "Secretary Antony Blinken said: \u201CWe spoke to him and to her.\u201D");
}

void TestPronounReferences::nothingToReferTo()
{
    QFETCH(QString, text);
    const AnalysisResult result = Recognizer().analyze(text);
    for (const EntityMention &reference : result.references)
        QVERIFY2(reference.text == QLatin1String("I"), qPrintable(reference.text + u'=' + reference.canonical));
    QVERIFY2(result.references.isEmpty(), qPrintable(referencesOf(result).join(u' ')));
}

void TestPronounReferences::firstPersonInAQuotation()
{
    // "I" and "my" inside a quotation are its speaker's, when the text names them; a quotation
    // with no speaker gives none.
    const AnalysisResult result
        = Recognizer().analyze(QStringLiteral("\u201CI am proud of my team,\u201D said Secretary Antony Blinken.\n"));
    QCOMPARE(
        referencesOf(result), (QStringList {QStringLiteral("I=Antony Blinken"), QStringLiteral("my=Antony Blinken")}));
    QVERIFY(Recognizer().analyze(QStringLiteral("\u201CI disagree.\u201D\n")).references.isEmpty());
}

void TestPronounReferences::firstPersonInATranscript()
{
    // The one whose turn it is; a reporter's "I" ("Q") is no one named.
    const AnalysisResult result
        = Recognizer().analyze(QStringLiteral("THE PRESIDENT:\u00A0 Thank you. I said to him, \u201CI will.\u201D\n\n"
                                              "Q\u00A0\u00A0 Did I hear you right?\n\n"
                                              "MS. JEAN-PIERRE:  Let me answer that.\n"));
    QCOMPARE(referencesOf(result),
        (QStringList {QStringLiteral("I=THE PRESIDENT"), QStringLiteral("I=THE PRESIDENT"),
            QStringLiteral("me=MS. JEAN-PIERRE")}));
}

void TestPronounReferences::firstPersonOfTheAuthor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");
    QTest::newRow("by in the title") << QStringLiteral(
        "Remarks by President Joe Biden on the Alliance\n\nThank you. I am glad to be here with my friends.\n")
                                     << QStringLiteral("Joe Biden");
    QTest::newRow("title opens with the name")
        << QStringLiteral("Joe Biden Speech on the Budget\n\nI rise today in support of this bill.\n")
        << QString(); // the person the title opens with, as the recogniser names them
    QTest::newRow("front matter title") << QStringLiteral(
        "---\ntags: statements\ntitle: \"Statement from President Joe Biden on the "
        "Summit\"\n---\n\nI welcome the "
        "agreement. President Joe Biden will travel.\n")
                                        << QStringLiteral("Joe Biden");
    QTest::newRow("front matter title, its escapes")
        << QStringLiteral("---\ntitle: \"Remarks by President\\_Harris on Health\"\n---\n\nI welcome you.\n")
        << QStringLiteral("Harris");
    QTest::newRow("no name: the speaker")
        << QStringLiteral("Address to the Nation\n\nGood evening. I have spoken to you many times.\n")
        << QStringLiteral("the speaker");
    QTest::newRow("the one spoken to is not the author")
        << QStringLiteral("Mr. President, I need to catch my breath.\n") << QStringLiteral("the speaker");
}

void TestPronounReferences::firstPersonOfTheAuthor()
{
    QFETCH(QString, text);
    QFETCH(QString, author);
    const AnalysisResult result = Recognizer().analyze(text);
    QVERIFY(!result.references.isEmpty());
    if (author.isEmpty()) {
        QVERIFY(!result.entities.isEmpty());
        QCOMPARE(result.entities.first().type, EntityType::Person);
        QVERIFY(result.entities.first().range.start < 5);
        author = result.entities.first().canonical;
    }
    for (const EntityMention &reference : result.references) {
        QCOMPARE(reference.canonical, author);
        QCOMPARE(reference.type, EntityType::Person);
    }
}

void TestPronounReferences::descriptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("the country: the country named last")
        << QStringLiteral("Japan and the Republic of Korea signed the accord. The country will host the next talks.")
        << QStringList {QStringLiteral("The country=Republic of Korea")};
    QTest::newRow("with its possessive, as a name")
        << QStringLiteral(
               "Japan and the Republic of Korea signed the accord. The country\u2019s envoy will host the talks.")
        << QStringList {QStringLiteral("The country\u2019s=Republic of Korea")};
    QTest::newRow("a city is no country")
        << QStringLiteral("The talks took place in Seoul. The country has no other venue.") << QStringList {};
    QTest::newRow("our nation: the country named most")
        << QStringLiteral("Ghana thanks Kenya. Ghana will lead. Ghana will serve.\n\n")
            + QStringLiteral("x ").repeated(600) + QStringLiteral("Our nation is ready.")
        << QStringList {QStringLiteral("Our nation=Ghana")};
    QTest::newRow("the organization: the organisation named last")
        << QStringLiteral(
               "She joined the World Health Organization in 2010. The organization later sent her to Geneva.")
        << QStringList {QStringLiteral("The organization=World Health Organization")};
    QTest::newRow("this important legislation: the agreement named last")
        << QStringLiteral("The House passed the Inflation Reduction Act. This important legislation lowers costs.")
        << QStringList {QStringLiteral("This important legislation=Inflation Reduction Act")};
    QTest::newRow("not a conjunction and its determiner")
        << QStringLiteral("They signed the Paris Agreement and said that the agreement would hold.")
        << QStringList {QStringLiteral("the agreement=Paris Agreement")};
    QTest::newRow("nothing named before") << QStringLiteral("The company said the country was calm.") << QStringList {};
}

void TestPronounReferences::descriptions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList described;
    for (const EntityMention &reference : Recognizer().analyze(text).references) {
        if (reference.text.contains(u' '))
            described << reference.text + u'=' + reference.canonical;
    }
    QCOMPARE(described, expected);
}

void TestPronounReferences::itsForABody()
{
    // "its" for the organisation or country named before it in the sentence, not across a person
    // or a noun of its own ("the alliance and its").
    const AnalysisResult result = Recognizer().analyze(QStringLiteral(
        "NATO and its allies met. Albania supports its neighbours. NATO praised the alliance and its members. "
        "NATO thanked Joe Biden for its help."));
    QCOMPARE(referencesOf(result),
        (QStringList {QStringLiteral("its=North Atlantic Treaty Organization"), QStringLiteral("its=Albania")}));
}

void TestPronounReferences::authorFromATitleOutsideTheText()
{
    // The importer keeps a Markdown front matter's title out of the text: the title passed with
    // it names the author, by the person of that surname the text names, else as it stands.
    const QString text = QStringLiteral("I welcome the agreement. Joe Biden will travel to Seoul.\n");
    const AnalysisResult named
        = Recognizer().analyze(text, {}, QStringLiteral("Statement from President Joe\u00A0Biden on the Summit"));
    QCOMPARE(referencesOf(named), QStringList {QStringLiteral("I=Joe Biden")});
    // A surname alone is no one else of the family the text names in full.
    const AnalysisResult surname = Recognizer().analyze(QStringLiteral("I thank Catherine Eugenia Finnegan Biden.\n"),
        {}, QStringLiteral("Remarks by President Biden"));
    QCOMPARE(referencesOf(surname).constFirst(), QStringLiteral("I=Biden"));
    const AnalysisResult escaped = Recognizer().analyze(QStringLiteral("I thank you all.\n"), {},
        QStringLiteral("Remarks by Vice President\\_Harris As Prepared for Delivery"));
    QCOMPARE(referencesOf(escaped), QStringList {QStringLiteral("I=Harris")});
    // A title that names nobody after "by" leaves the text's own reading.
    const AnalysisResult none
        = Recognizer().analyze(QStringLiteral("I thank you all.\n"), {}, QStringLiteral("Readout of a Call"));
    QCOMPARE(referencesOf(none), QStringList {QStringLiteral("I=the speaker")});
}

void TestPronounReferences::transcriptLabelsNamed()
{
    // "THE PRESIDENT" is the president the title names; "MR. KIRBY" the John Kirby the text
    // names; both as the speaker of a quotation and as what "I" refers to.
    const QString text = QStringLiteral("THE PRESIDENT:\u00A0 Thank you. I said to him, \u201CWe will.\u201D\n\n"
                                        "MR. KIRBY:  As John Kirby, I can tell you that.\n");
    const AnalysisResult result
        = Recognizer().analyze(text, {}, QStringLiteral("Remarks by President Joe Biden at the Summit"));
    QCOMPARE(result.quotes.size(), 1);
    QVERIFY(result.quotes.first().speaker);
    QCOMPARE(result.quotes.first().speaker->canonical, QStringLiteral("Joe Biden"));
    QVERIFY2(referencesOf(result).contains(QStringLiteral("I=Joe Biden")), qPrintable(referencesOf(result).join(u' ')));
    QVERIFY2(
        referencesOf(result).contains(QStringLiteral("I=John Kirby")), qPrintable(referencesOf(result).join(u' ')));
    // Without a title that names the president, the label stays.
    const AnalysisResult untitled = Recognizer().analyze(text);
    QCOMPARE(untitled.quotes.first().speaker->canonical, QStringLiteral("THE PRESIDENT"));
}

void TestPronounReferences::notAnEntityRemovesThem()
{
    const QString text = QStringLiteral("Address to the Nation\n\nGood evening. I have spoken to you many times.\n");
    QCOMPARE(Recognizer().analyze(text).references.size(), 1);
    const EntityCorrection notAnEntity {
        {}, EntityCorrection::Kind::NotAnEntity, QStringLiteral("the speaker"), {}, EntityType::Person};
    QVERIFY(Recognizer().analyze(text, {notAnEntity}).references.isEmpty());
}

void TestPronounReferences::mergeNamesTheSpeaker()
{
    // The analyst tells who "the speaker" is: the references follow.
    const QString text = QStringLiteral("Address to the Nation\n\nGood evening. I have spoken to you many times.\n");
    const EntityCorrection merge {{}, EntityCorrection::Kind::Merge, QStringLiteral("the speaker"),
        QStringLiteral("Richard Nixon"), EntityType::Person};
    const AnalysisResult result = Recognizer().analyze(text, {merge});
    QCOMPARE(referencesOf(result), QStringList {QStringLiteral("I=Richard Nixon")});
    // So does a quotation's speaker named so.
    const AnalysisResult quoted = Recognizer().analyze(
        QStringLiteral("Address to the Nation\n\nGood evening. I said, \u201CWe will leave.\u201D\n"), {merge});
    QCOMPARE(quoted.quotes.size(), 1);
    QVERIFY(quoted.quotes.constFirst().speaker);
    QCOMPARE(quoted.quotes.constFirst().speaker->canonical, QStringLiteral("Richard Nixon"));
}

void TestPronounReferences::spansSliceTheTextInJson()
{
    // Offsets in code points, as for entities: an emoji before the pronoun shifts UTF-16 only.
    const QString text
        = QStringLiteral("President Joe Biden \U0001F600 arrived. He spoke, and \u201CI am glad,\u201D he said.");
    const AnalysisResult result = Recognizer().analyze(text);
    QVERIFY(result.references.size() >= 2);
    for (const EntityMention &reference : result.references)
        QCOMPARE(text.mid(reference.range.start, reference.range.length()), reference.text);
    const QJsonArray json
        = analysisToJson(QStringLiteral("f.txt"), text, result).value(QStringLiteral("references")).toArray();
    QCOMPARE(json.size(), result.references.size());
    const QList<uint> codePoints = text.toUcs4();
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        const qsizetype start = object.value(QStringLiteral("start")).toInteger();
        const qsizetype end = object.value(QStringLiteral("end")).toInteger();
        QString slice;
        for (qsizetype i = start; i < end; ++i)
            slice += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints.at(i)), 1);
        QCOMPARE(slice, object.value(QStringLiteral("text")).toString());
        QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
        QVERIFY(!object.value(QStringLiteral("canonical")).toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPronounReferences)
#include "tst_pronounreferences.moc"
