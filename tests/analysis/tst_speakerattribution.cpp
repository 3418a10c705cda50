// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/recognizer.h"

#include <QTest>

using namespace Lectern;

/// Speaker attribution through the whole recogniser: each pattern statements and news use.
class TestSpeakerAttribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data();
    void patterns();
    void noSpeakerIsNull_data();
    void noSpeakerIsNull();
    void continuesPreviousSpeaker();
    void exchangeAlternates();
    void paragraphTurnsAfterAQuestion();
    void firstPersonInATranscriptTurn();
    void cueBeforeTheNextQuote();
    void answerGoesToTheNameSpokenTo();
    void quotesBackToBackWithoutAnExchange();
    void actionBeatBeforeAReply();
    void carriedOnByName();
    void narratorNamedByTheExchange();
    void narratorOfAStory_data();
    void narratorOfAStory();
    void pronounForADescribedSpeaker_data();
    void pronounForADescribedSpeaker();
};

void TestSpeakerAttribution::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker"); // the mention in the text
    QTest::addColumn<QString>("canonical"); // the entity it belongs to

    const QString intro = QStringLiteral("Secretary of State Antony Blinken visited Seoul on Monday. ");
    QTest::newRow("said + titled name") << intro + QStringLiteral("\u201CWe are allies,\u201D said Secretary Blinken.")
                                        << QStringLiteral("Secretary Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("name + said") << intro + QStringLiteral("\u201CWe are allies,\u201D Blinken said.")
                                 << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("name + adverb + said") << intro + QStringLiteral("\u201CWe are allies,\u201D Blinken later said.")
                                          << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("name said colon") << intro + QStringLiteral("Blinken said: \u201CWe are allies.\u201D")
                                     << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("declared") << intro + QStringLiteral("\u201CWe are allies,\u201D declared Secretary Blinken.")
                              << QStringLiteral("Secretary Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("a verb of fiction") << intro + QStringLiteral("\u201CWe are allies,\u201D Blinken chuckled.")
                                       << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("emphasized intro") << intro
            + QStringLiteral("Secretary Blinken emphasized the importance of peace:\n\u201CWe are allies.\u201D")
                                      << QStringLiteral("Secretary Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("intro paragraph said X")
        << intro + QStringLiteral("The two countries remain close, said Secretary Blinken:\n\u201CWe are allies.\u201D")
        << QStringLiteral("Secretary Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("according to") << intro
            + QStringLiteral("\u201CWe are allies,\u201D according to Secretary Blinken.")
                                  << QStringLiteral("Secretary Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("pronoun") << intro + QStringLiteral("\u201CWe are allies,\u201D he said.") << QStringLiteral("he")
                             << QStringLiteral("Antony Blinken");
    QTest::newRow("an institution speaks")
        << QStringLiteral("\u201CThe sanctions are unlawful,\u201D said the Kremlin.") << QStringLiteral("Kremlin")
        << QStringLiteral("Kremlin");
    QTest::newRow("a capital speaks") << QStringLiteral("\u201CWe disagree,\u201D Moscow said on Monday.")
                                      << QStringLiteral("Moscow") << QStringLiteral("Moscow");
    QTest::newRow("described after the verb")
        << QStringLiteral("\u201CNo comment,\u201D said the State Department spokesperson.")
        << QStringLiteral("the State Department spokesperson") << QStringLiteral("the State Department spokesperson");
    QTest::newRow("described before the verb")
        << QStringLiteral("\u201CNo comment,\u201D the spokesperson told reporters.")
        << QStringLiteral("the spokesperson") << QStringLiteral("the spokesperson");
    QTest::newRow("unknown name after verb") << QStringLiteral("\u201CThe talks went well,\u201D said John Kirby.")
                                             << QStringLiteral("John Kirby") << QStringLiteral("John Kirby");
    QTest::newRow("unknown name before verb")
        << QStringLiteral("\u201CThe talks went well,\u201D Kirby told reporters.") << QStringLiteral("Kirby")
        << QStringLiteral("Kirby");
    QTest::newRow("surname links to earlier full name")
        << QStringLiteral("John Kirby spoke first. \u201CThe talks went well,\u201D Kirby said.")
        << QStringLiteral("Kirby") << QStringLiteral("John Kirby");
    // Dialogue, as fiction and reported exchanges write it.
    QTest::newRow("replied + name") << intro + QStringLiteral("\u201CWe are allies,\u201D replied Blinken.")
                                    << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("pronoun + exclaimed") << intro + QStringLiteral("\u201CWe are allies!\u201D he exclaimed.")
                                         << QStringLiteral("he") << QStringLiteral("Antony Blinken");
    QTest::newRow("inverted pronoun") << intro + QStringLiteral("\u201CWe are allies,\u201D cried he.")
                                      << QStringLiteral("he") << QStringLiteral("Antony Blinken");
    // "I" is the one speaking: "the speaker" in the entity list, or the author a title names.
    QTest::newRow("first person") << QStringLiteral("\u201CWe are allies,\u201D I answered.") << QStringLiteral("I")
                                  << QStringLiteral("the speaker");
    QTest::newRow("first person inverted")
        << QStringLiteral("\u201CWe are allies,\u201D said I.") << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("pronoun skips the name spoken to")
        << intro + QStringLiteral("\u201CWe are allies, Secretary Kirby,\u201D he whispered.") << QStringLiteral("he")
        << QStringLiteral("Antony Blinken");
    QTest::newRow("went on") << intro + QStringLiteral("\u201CWe are allies,\u201D went on Blinken.")
                             << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("description cut at to")
        << QStringLiteral("\u201CNo comment,\u201D said the spokesperson to reporters.")
        << QStringLiteral("the spokesperson") << QStringLiteral("the spokesperson");
    QTest::newRow("pronoun skips the other sex")
        << QStringLiteral("Secretary of State Antony Blinken greeted Mrs. Lennox. \u201CWe are allies,\u201D he said.")
        << QStringLiteral("he") << QStringLiteral("Antony Blinken");
    QTest::newRow("pronoun skips a name the narration calls he")
        << QStringLiteral("Irene Adler smiled as she sat down. Irene Adler nodded as she read. Sherlock Holmes lit "
                          "his pipe. Sherlock Holmes took his hat. \u201CYou are late,\u201D she said.")
        << QStringLiteral("she") << QStringLiteral("Irene Adler");
    QTest::newRow("name, then what they are, before a colon")
        << QStringLiteral("Anthony Roberts, Chairman, Yocha Dehe Tribe: \u201CWe thank the President.\u201D")
        << QStringLiteral("Anthony Roberts") << QStringLiteral("Anthony Roberts");
    QTest::newRow("an organisation before a colon")
        << QStringLiteral("National Wildlife Federation: \u201CThank you for listening.\u201D")
        << QStringLiteral("National Wildlife Federation") << QStringLiteral("National Wildlife Federation");
    QTest::newRow("a name with a capital inside")
        << QStringLiteral("Daniel LoPilato, Colusa County Arts Council Member: \u201CIt is a win.\u201D")
        << QStringLiteral("Daniel LoPilato") << QStringLiteral("Daniel LoPilato");
    QTest::newRow("pronoun for an office holder named earlier")
        << QStringLiteral("First Lady Melania Trump spoke in New York. The First Lady reinforced her mission. She "
                          "stated, \u201CGreat minds have turned marbles into microchips.\u201D")
        << QStringLiteral("She") << QStringLiteral("Melania Trump");
    QTest::newRow("the officer of an organisation") << QStringLiteral(
        "\u201CWe need solutions,\u201D said Council on Environmental Quality Chairman Katherine "
        "Scarlett.") << QStringLiteral("Council on Environmental Quality Chairman Katherine Scarlett")
                                                    << QStringLiteral("Katherine Scarlett");
    QTest::newRow("epigraph with a dash")
        << QStringLiteral("\u201CRacial discrimination is a stain.\u201D\n\n\u2014 U.S. Ambassador to the United "
                          "Nations, Linda Thomas-Greenfield\n")
        << QStringLiteral("Linda Thomas-Greenfield") << QStringLiteral("Linda Thomas-Greenfield");
    QTest::newRow("introduction with an abbreviation")
        << QStringLiteral("New York Governor Kathy Hochul, Co-Chair, U.S. Climate Alliance:\n\n\u201CStates are "
                          "leading the way.\u201D")
        << QStringLiteral("New York Governor Kathy Hochul") << QStringLiteral("Kathy Hochul");
    QTest::newRow("a first name links to the full name") << QStringLiteral(
        "We welcome National Security Advisor Jake Sullivan. As Jake says: \u201CWe are allies.\u201D")
                                                         << QStringLiteral("Jake") << QStringLiteral("Jake Sullivan");
    QTest::newRow("as X said, into the quote")
        << QStringLiteral("As Lady Bird Johnson said, it is \u201Ca fleeting chance to do something.\u201D")
        << QStringLiteral("Lady Bird Johnson") << QStringLiteral("Lady Bird Johnson");
    QTest::newRow("as he put it") << QStringLiteral(
        "The late Brent Scowcroft was generous. As he put it, \u201CAmerica is no state.\u201D")
                                  << QStringLiteral("he") << QStringLiteral("Brent Scowcroft");
    QTest::newRow("I'd say") << QStringLiteral("We met in the library. I\u2019d say, \u201CCan I stay?\u201D")
                             << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("a partial quote after the speech verb")
        << QStringLiteral("Prime Minister Boris Johnson said recently there is \u201Ca real Ukraine fatigue.\u201D")
        << QStringLiteral("Prime Minister Boris Johnson") << QStringLiteral("Boris Johnson");
    QTest::newRow("office holder named earlier")
        << QStringLiteral("President Joe Biden visited Seoul. \u201CWe are allies,\u201D the President said.")
        << QStringLiteral("the President") << QStringLiteral("Joe Biden");
    QTest::newRow("officer after a department of")
        << QStringLiteral("\u201CWe act,\u201D said U.S. Department of Energy Under Secretary Dr. Dar\u00edo Gil.")
        << QStringLiteral("U.S. Department of Energy Under Secretary Dr. Dar\u00edo Gil")
        << QStringLiteral("Dar\u00edo Gil");
    QTest::newRow("words qualify a title")
        << QStringLiteral("\u201CWe act,\u201D said U.S. Energy Secretary Chris Wright.")
        << QStringLiteral("U.S. Energy Secretary Chris Wright") << QStringLiteral("Chris Wright");
    QTest::newRow("a sentence word is no qualifier")
        << QStringLiteral("As President Harry Truman said, \u201Cthe buck stops here.\u201D")
        << QStringLiteral("President Harry Truman") << QStringLiteral("Harry Truman");
    QTest::newRow("the cue nearest the quote")
        << QStringLiteral("I met the drug makers. And I said \u2014 they said, \u201CWhat if you find the cure?\u201D")
        << QStringLiteral("they") << QStringLiteral("they");
    QTest::newRow("they is no one person")
        << QStringLiteral("I asked Dr. Anthony Fauci and others. They said, \u201CIt could take years.\u201D")
        << QStringLiteral("They") << QStringLiteral("they");
    QTest::newRow("they for an institution")
        << QStringLiteral("The Kremlin replied on Monday. They said, \u201CThe sanctions are unlawful.\u201D")
        << QStringLiteral("They") << QStringLiteral("Kremlin");
    QTest::newRow("they for no place") << QStringLiteral(
        "I went to South Korea and met the workers. They said, \u201CWe are proud.\u201D")
                                       << QStringLiteral("They") << QStringLiteral("they");
    QTest::newRow("the person a subject's verb is about is no speaker") << QStringLiteral(
        "President Donald Trump praised Senator Lindsey Graham\u2019s skill: \u201CHe got along with "
        "everybody.\u201D") << QStringLiteral("President Donald Trump") << QStringLiteral("Donald Trump");
    QTest::newRow("pronoun for who spoke, not whom they spoke of")
        << QStringLiteral("President Joe Biden said that he received a letter from President Donald Trump. \u201CIt "
                          "was a kind letter,\u201D he said.")
        << QStringLiteral("he") << QStringLiteral("Joe Biden");
    QTest::newRow("pronoun for the one spoken to when nobody spoke")
        << QStringLiteral("I talked to Mary Barra on Monday. \u201CWe will build here,\u201D she said.")
        << QStringLiteral("she") << QStringLiteral("Mary Barra");
    QTest::newRow("pronoun skips a given name of the other sex")
        << QStringLiteral("John Brown met Mary Smith in Seoul. \u201CWe will build here,\u201D he said.")
        << QStringLiteral("he") << QStringLiteral("John Brown");
    QTest::newRow("in the words of") << QStringLiteral(
        "In the words of the great reformer and NCL leader Florence Kelley, \u201CTo live means to "
        "buy.\u201D") << QStringLiteral("Florence Kelley")
                                     << QStringLiteral("Florence Kelley");
    QTest::newRow("in the words of, a partial quotation")
        << QStringLiteral("Our speeches, in the words of Dr. Martin Luther King Jr. \u201Cwill end up as a meaningless "
                          "drama.\u201D")
        << QStringLiteral("Martin Luther King Jr") << QStringLiteral("Martin Luther King Jr");
    QTest::newRow("an organisation and its acronym before a colon")
        << QStringLiteral("American Football Coaches Association (AFCA): \u201CWe thank the President.\u201D")
        << QStringLiteral("American Football Coaches Association")
        << QStringLiteral("American Football Coaches Association");
    QTest::newRow("and I quote in brackets")
        << QStringLiteral(
               "Professor Sir Hilary Beckles, Chairman of the CARICOM Reparations Commission, stated, [and I "
               "quote] \u201Cwe are calling for justice.\u201D")
        << QStringLiteral("Professor Sir Hilary Beckles") << QStringLiteral("Sir Hilary Beckles");
    QTest::newRow("a blockquote after the cue")
        << QStringLiteral("President Miguel D\u00edaz-Canel has declared: > \u201CHistory will not forgive.\u201D")
        << QStringLiteral("President Miguel D\u00edaz-Canel") << QStringLiteral("Miguel D\u00edaz-Canel");
    QTest::newRow("a blockquote after an introducing paragraph") << QStringLiteral(
        "His Majesty King Mohammed VI affirmed in his address that:\n\n> \u201COur focus is at "
        "home.\u201D") << QStringLiteral("King Mohammed VI") << QStringLiteral("Mohammed VI");
    QTest::newRow("quotative with a contraction")
        << QStringLiteral("Kamala Harris smiled at the crowd. She\u2019s like, \u201CI\u2019m coming.\u201D")
        << QStringLiteral("She") << QStringLiteral("Kamala Harris");
    QTest::newRow("quotative goes") << QStringLiteral("Angelo Negri came up and he goes, \u201CJoey, baby!\u201D")
                                    << QStringLiteral("he") << QStringLiteral("Angelo Negri");
    QTest::newRow("quotative was like") << QStringLiteral(
        "They said we should drive. And I was like, \u201CNope.\u201D")
                                        << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("was saying") << intro + QStringLiteral("\u201CWe are allies,\u201D Blinken was saying.")
                                << QStringLiteral("Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("reported speech before the quote")
        << QStringLiteral("But, added Mr. Byrnes, it is better that the world should witness clashes of ideas. "
                          "\u201CWe must co-operate.\u201D")
        << QStringLiteral("Mr. Byrnes") << QStringLiteral("Byrnes");
    QTest::newRow("reported speech, the name first")
        << QStringLiteral("Secretary of State Antony Blinken said the talks went well. \u201CWe are allies.\u201D")
        << QStringLiteral("Secretary of State Antony Blinken") << QStringLiteral("Antony Blinken");
    QTest::newRow("an abbreviation inside the introduction")
        << QStringLiteral("In 1775 Patrick Henry rose in St. John\u2019s Church to speak those words: \u201CGive me "
                          "Liberty, or give me death!\u201D")
        << QStringLiteral("Patrick Henry") << QStringLiteral("Patrick Henry");
    QTest::newRow("the person a colon's sentence opens with")
        << QStringLiteral("\u2022 President Joe Biden reflected on his last talk with Senator Lindsey Graham: "
                          "\u201CIt\u2019s devastating.\u201D")
        << QStringLiteral("President Joe Biden") << QStringLiteral("Joe Biden");
    QTest::newRow("we say") << QStringLiteral("And every four years we say, \u201CThis is the one.\u201D")
                            << QStringLiteral("we") << QStringLiteral("we");
    QTest::newRow("words written by someone")
        << QStringLiteral("This brings to mind the verse written by the great Irish poet, William Yeats, \u201CThink "
                          "where man\u2019s glory most begins.\u201D")
        << QStringLiteral("William Yeats") << QStringLiteral("William Yeats");
    QTest::newRow("a relative used to say")
        << QStringLiteral("He came home for dinner. My dad used to say, \u201CJoey, the measure is whether you pay "
                          "your bills.\u201D")
        << QStringLiteral("My dad") << QStringLiteral("my dad");
    QTest::newRow("pronoun for the relative opening the sentence before") << QStringLiteral(
        "Secretary Marty Walsh is here. My dad used to have an expression. He said, \u201CJoey, a job "
        "is more than a paycheck.\u201D") << QStringLiteral("He") << QStringLiteral("my dad");
    QTest::newRow("a transcript's label") << QStringLiteral("(Applause.) He\u2019s coming. AUDIENCE: \u201CFine by "
                                                            "me!\u201D")
                                          << QStringLiteral("AUDIENCE") << QStringLiteral("AUDIENCE");
    QTest::newRow("lamented") << QStringLiteral("On President Joe Biden\u2019s return, he lamented \u201Cthe filth "
                                                "and the decay\u201D in the capital.")
                              << QStringLiteral("he") << QStringLiteral("Joe Biden");
    QTest::newRow("I'd ask") << QStringLiteral(
        "I\u2019d ask every room, \u201CRaise your hand if you had a drill?\u201D")
                             << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("a title before a name is no description")
        << QStringLiteral("His Majesty King Mohammed VI affirmed, \u201CWe are ready.\u201D")
        << QStringLiteral("King Mohammed VI") << QStringLiteral("Mohammed VI");
    QTest::newRow("as someone, who they are, said")
        << QStringLiteral("As Cardinal Pierbattista Pizzaballa, Latin Patriarch of Jerusalem, rightly stated, it is "
                          "\u201Ca concrete and visible example of how hatred has led to violence.\u201D")
        << QStringLiteral("Cardinal Pierbattista Pizzaballa") << QStringLiteral("Pierbattista Pizzaballa");
    QTest::newRow("said + a relative") << QStringLiteral(
        "Elizabeth was trimming a hat. \u201CWe are not to visit,\u201D said her mother resentfully.")
                                       << QStringLiteral("her mother") << QStringLiteral("her mother");
    QTest::newRow("a relative + said") << QStringLiteral(
        "Jock stood at the door. \u201CI gave it,\u201D his aunt said.")
                                       << QStringLiteral("his aunt") << QStringLiteral("his aunt");
    QTest::newRow("a relative the text names")
        << QStringLiteral("Mrs. Ada Lennox was reading when Mary Lennox came in. \u201CIs it raining?\u201D asked "
                          "her mother.")
        << QStringLiteral("her mother") << QStringLiteral("Ada Lennox");
    QTest::newRow("a partial quote after I said")
        << QStringLiteral("Leadership should guide. This is what I say \u201CLeadership without hegemony.\u201D")
        << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("a list item's label") << QStringLiteral(
        "Media outlets report improvements:\n\n\u2022 CNN:\n  \u201CAbysmal wait times shrank "
        "Monday morning.\u201D") << QStringLiteral("CNN")
                                         << QStringLiteral("CNN");
    QTest::newRow("a name as the appositive of who they are")
        << QStringLiteral("As a great Italian patriot of our Risorgimento, Carlo Pisacane, once said: \u201CI shall "
                          "find every reward in my own conscience.\u201D")
        << QStringLiteral("Carlo Pisacane") << QStringLiteral("Carlo Pisacane");
    QTest::newRow("used to add after the quote")
        << QStringLiteral("Paul Hymans spoke of the League. \u201CAlas,\u201D he used to add.") << QStringLiteral("he")
        << QStringLiteral("Paul Hymans");
    QTest::newRow("you, those addressed")
        << QStringLiteral("I believe this country is about to take off. And you\u2019re saying, \u201CWhen is he going "
                          "to take off?\u201D")
        << QStringLiteral("you") << QStringLiteral("you");
    QTest::newRow("a second verb of the clause's subject")
        << QStringLiteral("I went to see Golda Meir. And all of a sudden, she looked at me and said, \u201CWould you "
                          "like a photograph?\u201D")
        << QStringLiteral("she") << QStringLiteral("Golda Meir");
    QTest::newRow("not the object of a preposition") << QStringLiteral(
        "I went to see Golda Meir. People are going to look at you all and say, \u201CThat is the "
        "grace I want.\u201D") << QString() << QString();
    QTest::newRow("a relative named") << QStringLiteral(
        "I am committed. And as my grandfather Finnegan would say, \u201CThat\u2019s the Irish of "
        "it.\u201D") << QStringLiteral("my grandfather Finnegan")
                                      << QStringLiteral("Finnegan");
    QTest::newRow("strong emphasis of Markdown in plain text")
        << QStringLiteral("To ourselves.\n\nAs a great Italian patriot of our Risorgimento, **Carlo Pisacane**, once "
                          "said:\n\n> **\"I shall find every reward in my own conscience.\"**\n")
        << QStringLiteral("Carlo Pisacane") << QStringLiteral("Carlo Pisacane");
    QTest::newRow("an institution's verb before a partial quote")
        << QStringLiteral("In its remarks, the Nobel Committee noted that Sakharov \u201Cfought against the abuse of "
                          "power and all forms of violation of human dignity\u201D.")
        << QStringLiteral("Nobel Committee") << QStringLiteral("Nobel Committee");
    QTest::newRow("a noun of speech and its owner") << QStringLiteral(
        "President Trump is fulfilling his campaign promise to \u201Cgive America\u2019s founding the "
        "anniversary it truly deserves.\u201D") << QStringLiteral("his")
                                                    << QStringLiteral("Trump");
    QTest::newRow("where or when between subject and verb")
        << QStringLiteral("In the year 1950, Ethiopia in its policy statement stated to this august Assembly, \u201Cwe "
                          "are filled with anxiety.\u201D")
        << QStringLiteral("Ethiopia") << QStringLiteral("Ethiopia");
    QTest::newRow("the following") << QStringLiteral(
        "The National Park Service provided the following in concurrence with the report, "
        "\u201CDespite ongoing preservation efforts, the tree must be removed.\u201D")
                                   << QStringLiteral("National Park Service")
                                   << QStringLiteral("National Park Service");
    QTest::newRow("said + someone not named")
        << QStringLiteral("\u201CWe will remove the tree,\u201D said a White House spokesperson.")
        << QStringLiteral("a White House spokesperson") << QStringLiteral("a White House spokesperson");
    QTest::newRow("yelled") << QStringLiteral("And my grandmother would yell, \u201CNo, Joey, spread it.\u201D")
                            << QStringLiteral("my grandmother") << QStringLiteral("my grandmother");
    QTest::newRow("as expressed by who they are, then the name")
        << QStringLiteral("We remain committed to that \u201Cdesire to remain friendly with all nations\u201D, as "
                          "expressed by our founding Prime Minister, Sir Abubakar Tafawa Balewa.")
        << QStringLiteral("Sir Abubakar Tafawa Balewa") << QStringLiteral("Sir Abubakar Tafawa Balewa");
    QTest::newRow("the end of a relative clause")
        << QStringLiteral("In 1946, Carlos P. Romulo, who would become the first Asian President of the General "
                          "Assembly said: \u201CWe are not here to make peace, but to build for peace.\u201D")
        << QStringLiteral("Carlos P. Romulo") << QStringLiteral("Carlos P. Romulo");
    QTest::newRow("what one does by saying")
        << QStringLiteral("President Truman used these words: \u201CWe will help.\u201D I begin by saying today, in my "
                          "Government\u2019s name, \u201CThe United Kingdom will help.\u201D")
        << QStringLiteral("I") << QStringLiteral("the speaker");
    QTest::newRow("said + institution + titles + name")
        << QStringLiteral("\u201CUSDA is taking steps,\u201D said U.S. Department of Agriculture Under Secretary and "
                          "Chief Scientist Dr. Scott Hutchins.")
        << QStringLiteral("Dr. Scott Hutchins") << QStringLiteral("Scott Hutchins");
    QTest::newRow("said + titles joined by and + name")
        << QStringLiteral("\u201COur contribution is great,\u201D said Under Secretary of Commerce for Standards and "
                          "Technology and NIST Director Dr. Arvind Raman.")
        << QStringLiteral("Arvind Raman") << QStringLiteral("Arvind Raman");
    QTest::newRow("said + title ending in a common word + name")
        << QStringLiteral("\u201CWe are scaling investments,\u201D said Under Secretary of War for Research and "
                          "Engineering Emil Michael.")
        << QStringLiteral("Emil Michael") << QStringLiteral("Emil Michael");
    QTest::newRow("adverb and modal before the verb")
        << QStringLiteral("The family is with Jimmy Carter. I always joked that he always would say to me, "
                          "\u201CYou\u2019re the first person to ever\u2026\u201D")
        << QStringLiteral("he") << QStringLiteral("Jimmy Carter");
    QTest::newRow("a possessive noun of speech and a copula")
        << QStringLiteral("Senator Mike Enzi was guided by his values. When told that people would object, his "
                          "favorite rejoinder was, \u201CLet \u2018em say it.\u201D")
        << QStringLiteral("his") << QStringLiteral("Mike Enzi");
    QTest::newRow("the phrase of a person that")
        << QStringLiteral("It is time to relegate the famous phrase of Winston Churchill that \u201Cthe Balkans "
                          "produce more history than they can consume\u201D to the history books.")
        << QStringLiteral("Winston Churchill") << QStringLiteral("Winston Churchill");
    QTest::newRow("a gerund of speech after a conjunction")
        << QStringLiteral("President Trump signed an Executive Order on his first day in office after promising to "
                          "\u201Cend forever the weaponization of government.\u201D")
        << QStringLiteral("President Trump") << QStringLiteral("Trump");
    QTest::newRow("a pronoun for a person described after the one named") << QStringLiteral(
        "My name is Joe Biden. But I said that a little earlier to the president, and he said, "
        "\u201CAre your dues paid up?\u201D") << QStringLiteral("he") << QStringLiteral("the president");
    QTest::newRow("a pronoun for the person named, not their appositive")
        << QStringLiteral("I was a student of Danny Inouye, the senator from the state of Hawaii, who made it clear. "
                          "He said, \u201CNo, Indian nations.\u201D")
        << QStringLiteral("He") << QStringLiteral("Danny Inouye");
    QTest::newRow("a pronoun for the person named, not a noun's modifier") << QStringLiteral(
        "President Biden spoke about the student loan and his decision. He said by \u201Cthe end "
        "of August, we decide.\u201D") << QStringLiteral("He") << QStringLiteral("Biden");
    QTest::newRow("a gerund of speech after a comma")
        << QStringLiteral("The Ministry of Foreign Affairs issued a statement on Monday, saying: \u201CWe reject the "
                          "claims.\u201D")
        << QStringLiteral("Ministry of Foreign Affairs") << QStringLiteral("Ministry of Foreign Affairs");
    QTest::newRow("a gerund of speech after a document")
        << QStringLiteral("In 2023, in light of acts of aggression by Venezuela, the ICJ issued provisional measures "
                          "stating that: \u201CVenezuela shall refrain from taking any action.\u201D")
        << QStringLiteral("ICJ") << QStringLiteral("International Court of Justice");
    QTest::newRow("a gerund of speech after a comma, nobody named") << QStringLiteral(
        "It is another thing to get a phone call, like I got years ago, saying, \u201CThere\u2019s "
        "been an accident.\u201D") << QString() << QString();
    QTest::newRow("a description with a possessive")
        << QStringLiteral("When one boy was separated from his dad, Clyde helped. The boy\u2019s dad later said, and "
                          "I quote, \u201CYou can be an athlete for only so long.\u201D")
        << QStringLiteral("The boy\u2019s dad") << QStringLiteral("the boy\u2019s dad");
    QTest::newRow("a thought told as it is spoken")
        << QStringLiteral("Senator Strom Thurmond changed his mind. Then Joe Biden thought, \u201CWell, you can "
                          "defeat hate.\u201D")
        << QStringLiteral("Joe Biden") << QStringLiteral("Joe Biden");
    QTest::newRow("a second verb of speech a few words before")
        << QStringLiteral("Representative Boebert called the Infrastructure Law a \u201Cscam,\u201D and claimed it "
                          "was \u201Cpunishment for rural America.\u201D")
        << QStringLiteral("Boebert") << QStringLiteral("Boebert");
    QTest::newRow("a capitalised possessive before a noun of speech")
        << QStringLiteral("He was an ordinary American named Daniel Hodges. \u201CWhat were you fighting "
                          "for?\u201D His spontaneous answer was: \u201CDemocracy.\u201D")
        << QStringLiteral("His") << QStringLiteral("Daniel Hodges");
    QTest::newRow("a label of institution, roles and name")
        << QStringLiteral("Edison Electric Institute President and CEO Drew Maloney: \u201COn behalf of America\u2019s "
                          "electric companies, EEI congratulates him.\u201D")
        << QStringLiteral("Drew Maloney") << QStringLiteral("Drew Maloney");
    QTest::newRow("a pronoun for a given name that no entity took") << QStringLiteral(
        "Secretary Doug Burgum is here. But Lara came \u2014 right after we won, she said, \u201CNow, "
        "Dad, I want to go home to my family.\u201D") << QStringLiteral("she")
                                                                    << QStringLiteral("Lara");
    QTest::newRow("a pronoun not for the name spoken to")
        << QStringLiteral("President Biden spoke. The question he was asked, Jake, though, was different. And he "
                          "answered definitively, \u201CIt\u2019s a red line.\u201D")
        << QStringLiteral("he") << QStringLiteral("Biden");
    QTest::newRow("a second verb right before the quotation, after an earlier cue")
        << QStringLiteral("If I had told you four weeks ago that this would spread, I think you would have looked at "
                          "me and say, \u201CBiden, what are you drinking?\u201D")
        << QStringLiteral("you") << QStringLiteral("you");
    QTest::newRow("just before the verb")
        << QStringLiteral("We are not staying a long time. Q You just said \u201Cif we leave.\u201D Do you think so?")
        << QStringLiteral("You") << QStringLiteral("you");
    QTest::newRow("and said that, reported")
        << QStringLiteral("Today in Kentucky, Senator Mitch McConnell was talking and said that the package, quote, "
                          "\u201Cis not going to get support from our side.\u201D")
        << QStringLiteral("Senator Mitch McConnell") << QStringLiteral("Mitch McConnell");
    QTest::newRow("to say, after the clause's subject")
        << QStringLiteral("President Biden stood up. He went as the first-ever American president in wartime to Israel "
                          "to say, \u201CI have Israel\u2019s back.\u201D")
        << QStringLiteral("He") << QStringLiteral("Biden");
    QTest::newRow("a person of a country")
        << QStringLiteral("Ambassador Linda Thomas-Greenfield of the United States said: \u201CWe stand "
                          "together.\u201D")
        << QStringLiteral("Linda Thomas-Greenfield") << QStringLiteral("Linda Thomas-Greenfield");
    QTest::newRow("a relative clause that speaks")
        << QStringLiteral("To this end, we encourage all States. It was the late Reverend Martin Luther King Jr, who "
                          "once said, \u201CIt is not possible to be in favour of justice for some people.\u201D")
        << QStringLiteral("Martin Luther King Jr") << QStringLiteral("Martin Luther King Jr");
    QTest::newRow("a label after the source note of the quotation before")
        << QStringLiteral("\u201CWe applaud the decision.\u201D \\[Tweet, 4/13/23\\] National Wildlife Federation: "
                          "\u201CThis is a win.\u201D")
        << QStringLiteral("National Wildlife Federation") << QStringLiteral("National Wildlife Federation");
}

void TestSpeakerAttribution::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, canonical);
    const AnalysisResult result = Recognizer().analyze(text);
    // The quotation under test is the last; one before it, if any, sets the scene.
    QVERIFY(!result.quotes.isEmpty());
    const QuoteSpan &quote = result.quotes.last();
    if (speaker.isEmpty()) { // no speaker: null, not a guess
        QVERIFY2(!quote.speaker, qPrintable(quote.speaker ? quote.speaker->text : QString()));
        return;
    }
    QVERIFY2(quote.speaker, "no speaker found");
    QCOMPARE(quote.speaker->text, speaker);
    QCOMPARE(quote.speaker->canonical, canonical);
    QCOMPARE(text.mid(quote.speaker->range.start, quote.speaker->range.length()), speaker);
}

void TestSpeakerAttribution::noSpeakerIsNull_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bare quote") << QStringLiteral("\u201CWe are allies.\u201D");
    QTest::newRow("nobody said") << QStringLiteral("\u201CWe are allies,\u201D Nobody said.");
    QTest::newRow("a question before the quote")
        << QStringLiteral("Do you know what Secretary Blinken said? \u201CWe are allies.\u201D");
    QTest::newRow("a speech verb in the passive")
        << QStringLiteral("The question Secretary Blinken was asked was \u201Cdo you have a red line here?\u201D");
    QTest::newRow("the speech verb too far before the quote")
        << QStringLiteral("Secretary Blinken said that in the long talks of the past days with the allies there "
                          "were \u201Cmany good ideas on the table.\u201D");
    QTest::newRow("two people in the intro")
        << QStringLiteral("Secretary of State Antony Blinken and Foreign Minister Park Jin signed the "
                          "agreement:\n\u201CWe are allies.\u201D");
    QTest::newRow("pronoun with nobody before") << QStringLiteral("\u201CWe are allies,\u201D he said.");
    QTest::newRow("no verb after") << QStringLiteral("\u201CWe are allies,\u201D Secretary Blinken thought, and left.");
    QTest::newRow("reported reply after a question")
        << QStringLiteral("\u201CHave you heard the news?\u201D John Kirby replied that he had not.");
    QTest::newRow("narration before a first quote is no cue")
        << QStringLiteral("Secretary of State Antony Blinken arrived in Seoul. \u201CWe are allies.\u201D");
    QTest::newRow("goes is no speech before other words")
        << QStringLiteral("The money goes to the people, \u201Cwho need it most.\u201D");
    QTest::newRow("a contracted passive is no cue")
        << QStringLiteral("I\u2019m told, \u201CThe vote is on Friday.\u201D");
    QTest::newRow("two speakers reported before")
        << QStringLiteral("Secretary Blinken said the talks went well and Minister Park Jin said they did not. "
                          "\u201CWe are allies.\u201D");
    QTest::newRow("a heading in capitals is no transcript label")
        << QStringLiteral("SECURING OUR HOMELAND: \u201CNo more sanctuary cities!\u201D");
    // (A theme is a term: themesMottosAndPhrasesAreTerms in tst_recognizer.)
    QTest::newRow("a motto after a colon")
        << QStringLiteral("Secretary-General Guterres had a motto: \u201CMultilateral solutions make a better "
                          "tomorrow.\u201D");
    QTest::newRow("a part of someone is no speaker")
        << QStringLiteral("Jock stood at the door. \u201CWe are late,\u201D his face said it all.");
    QTest::newRow("what a response was to ask is nobody's")
        << QStringLiteral("And though I understand that your first response to us hosting this event was to ask, "
                          "\u201CWhy all the fuss?\u201D");
    QTest::newRow("an unknown place after of is no speaker")
        << QStringLiteral("Sceptics predicted the end. Frederick II of Prussia wrote in 1782: \u201CThe American "
                          "Union cannot endure long.\u201D");
    QTest::newRow("a new sentence after a full stop")
        << QStringLiteral("\u201CWe are allies.\u201D John Kirby said the talks would go on.");
}

void TestSpeakerAttribution::noSpeakerIsNull()
{
    QFETCH(QString, text);
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 1);
    QVERIFY2(!result.quotes.first().speaker,
        qPrintable(result.quotes.first().speaker ? result.quotes.first().speaker->text : QString()));
}

void TestSpeakerAttribution::continuesPreviousSpeaker()
{
    const QString text = QStringLiteral(
        "\u201CFor seven decades, our alliance has sustained peace,\u201D declared President Yoon Suk Yeol. "
        "\u201CWe will go on.\u201D\n"
        "\u201CAnd we will prosper together for the next seventy years of our shared history.\u201D\n");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 3);
    for (const QuoteSpan &quote : result.quotes) {
        QVERIFY(quote.speaker);
        QCOMPARE(quote.speaker->canonical, QStringLiteral("Yoon Suk Yeol"));
    }
}

void TestSpeakerAttribution::exchangeAlternates()
{
    // Line breaks lost (as in LitBank's text): two quotes with nothing between are two turns.
    const QString text
        = QStringLiteral("\u201CWhere are you going?\u201D asked Tuppence. Tommy answered: \u201CHome.\u201D "
                         "\u201CWhy?\u201D \u201CIt is late.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 4);
    const QStringList expected
        = {QStringLiteral("Tuppence"), QStringLiteral("Tommy"), QStringLiteral("Tuppence"), QStringLiteral("Tommy")};
    for (qsizetype i = 0; i < 4; ++i) {
        QVERIFY2(result.quotes.at(i).speaker, qPrintable(QString::number(i)));
        QCOMPARE(result.quotes.at(i).speaker->text, expected.at(i));
    }
}

void TestSpeakerAttribution::firstPersonInATranscriptTurn()
{
    // "I" is whoever's turn it is, by the transcript's label; outside a transcript it stays "I".
    const QString text = QStringLiteral(
        "THE PRESIDENT:\u00A0 Thank you. I said to him, \u201CI\u2019d love you to take on more.\u201D\n\n"
        "Q\u00A0\u00A0 Did he agree? I asked him, \u201CWhy not?\u201D\n\n"
        "MS. JEAN-PIERRE:  Next question. I said, \u201CWe will see.\u201D\n");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 3);
    const QStringList expected
        = {QStringLiteral("THE PRESIDENT"), QStringLiteral("Q"), QStringLiteral("MS. JEAN-PIERRE")};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(result.quotes.at(i).speaker, qPrintable(QString::number(i)));
        QCOMPARE(result.quotes.at(i).speaker->text, QStringLiteral("I"));
        QCOMPARE(result.quotes.at(i).speaker->canonical, expected.at(i));
    }
    const AnalysisResult plain = Recognizer().analyze(QStringLiteral("I said to him, \u201CTake more.\u201D"));
    QCOMPARE(plain.quotes.size(), 1);
    QVERIFY(plain.quotes.first().speaker);
    QCOMPARE(plain.quotes.first().speaker->canonical, QStringLiteral("the speaker"));
}

void TestSpeakerAttribution::paragraphTurnsAfterAQuestion()
{
    // A paragraph a turn: the answer to a question is the other party's, and the turns then go
    // back and forth; the vocative "parson" names the one described as "the parson" before.
    const QString text = QStringLiteral("\"Good night, Sir John,\" said the parson.\n\n"
                                        "\"Then where do we live now, parson?\" said Durbeyfield.\n\n"
                                        "\"You don't live anywhere.\"\n\n"
                                        "\"That's bad.\"\n\n"
                                        "\"Yes, it is.\"\n\n"
                                        "\"And what had I better do about it, sir?\"\n"
                                        "asked Durbeyfield, after a pause.\n\n"
                                        "\"Oh, nothing, nothing.\"\n");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 7);
    const QStringList expected = {QStringLiteral("the parson"), QStringLiteral("Durbeyfield"),
        QStringLiteral("the parson"), QStringLiteral("Durbeyfield"), QStringLiteral("the parson"),
        QStringLiteral("Durbeyfield"), QStringLiteral("the parson")};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(result.quotes.at(i).speaker, qPrintable(QString::number(i)));
        QCOMPARE(result.quotes.at(i).speaker->canonical, expected.at(i));
    }
    // Statements: a quotation that is no question leaves the speaker as it was.
    const QString statement = QStringLiteral("\"We will stay,\" said Antony Blinken.\n\n"
                                             "\"We are allies,\" said Park Jin.\n\n"
                                             "\"And we will prosper.\"\n");
    const AnalysisResult same = Recognizer().analyze(statement);
    QCOMPARE(same.quotes.size(), 3);
    QVERIFY(same.quotes.at(2).speaker);
    QCOMPARE(same.quotes.at(2).speaker->canonical, QStringLiteral("Park Jin"));
}

void TestSpeakerAttribution::cueBeforeTheNextQuote()
{
    // An anecdote: after a quotation that ends its sentence, "He said," introduces the next one.
    const QString text = QStringLiteral("I went to Bob Dole and I said, \u201CBob, when is the vote?\u201D He said, "
                                        "\u201CWhy?\u201D I said, \u201CMy daughter is upset.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 3);
    // "I" takes turns with another: the one who tells the exchange, "the narrator".
    const QStringList expected
        = {QStringLiteral("the narrator"), QStringLiteral("Bob Dole"), QStringLiteral("the narrator")};
    for (qsizetype i = 0; i < 3; ++i) {
        QVERIFY2(result.quotes.at(i).speaker, qPrintable(QString::number(i)));
        QCOMPARE(result.quotes.at(i).speaker->canonical, expected.at(i));
    }
    // After a quotation that ends with a comma, when it has its own introduction.
    const AnalysisResult comma = Recognizer().analyze(
        QStringLiteral("I met Senator Jane Carper. When I said, \u201CIt\u2019s good to meet you,\u201D she said, "
                       "\u201CI know you.\u201D"));
    QCOMPARE(comma.quotes.size(), 2);
    QVERIFY(comma.quotes.at(0).speaker && comma.quotes.at(1).speaker);
    QCOMPARE(comma.quotes.at(0).speaker->text, QStringLiteral("I"));
    QCOMPARE(comma.quotes.at(1).speaker->canonical, QStringLiteral("Jane Carper"));
}

void TestSpeakerAttribution::answerGoesToTheNameSpokenTo()
{
    const QString text = QStringLiteral("\u201COh, Tommy!\u201D \u201CNo, old thing, not today.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 2);
    QVERIFY(!result.quotes.at(0).speaker);
    QVERIFY(result.quotes.at(1).speaker);
    QCOMPARE(result.quotes.at(1).speaker->text, QStringLiteral("Tommy"));
    QCOMPARE(text.mid(result.quotes.at(1).speaker->range.start, 5), QStringLiteral("Tommy"));
    // A paragraph that answers a question goes to the one the exchange spoke to, also when the
    // name opens a quotation after an endearment; a word opening a sentence is no name.
    const QString asked = QStringLiteral(
        "\u201CMy dear Mr. Bennet,\u201D said his lady to him one day, \u201Chave you heard that Netherfield "
        "Park is let at last?\u201D\n\n\u201CYes.\u201D\n\n\u201CDesign! Nonsense, how can you talk so?\u201D "
        "cried his lady.\n\n\u201CI see no occasion for that.\u201D\n");
    const AnalysisResult exchange = Recognizer().analyze(asked);
    QCOMPARE(exchange.quotes.size(), 5);
    QVERIFY(exchange.quotes.at(2).speaker);
    QCOMPARE(exchange.quotes.at(2).speaker->text, QStringLiteral("Mr. Bennet"));
    QVERIFY(exchange.quotes.at(4).speaker);
    QCOMPARE(exchange.quotes.at(4).speaker->text, QStringLiteral("Mr. Bennet"));
}

void TestSpeakerAttribution::quotesBackToBackWithoutAnExchange()
{
    // One speaker and nobody else: a statement's quotes run on with the same speaker.
    const QString text = QStringLiteral("\u201CWe are allies,\u201D said Antony Blinken. \u201CWe will stay.\u201D "
                                        "\u201CAnd we will prosper.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 3);
    for (const QuoteSpan &quote : result.quotes) {
        QVERIFY(quote.speaker);
        QCOMPARE(quote.speaker->canonical, QStringLiteral("Antony Blinken"));
    }
}

void TestSpeakerAttribution::actionBeatBeforeAReply()
{
    // Between two quotations, one short sentence whose subject does something: the next quote is theirs.
    const QString text
        = QStringLiteral("\u201CYou too?\u201D asked Tuppence. Tommy nodded. \u201CTwo months ago.\u201D "
                         "\u201CGratuity?\u201D The girl smiled. \u201CSpent.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 4);
    QVERIFY(result.quotes.at(1).speaker);
    QCOMPARE(result.quotes.at(1).speaker->text, QStringLiteral("Tommy"));
    QVERIFY(result.quotes.at(3).speaker);
    QCOMPARE(result.quotes.at(3).speaker->text, QStringLiteral("The girl"));

    // A pronoun as the subject: the quote goes by the name it stands for.
    const QString pronoun
        = QStringLiteral("Secretary of State Antony Blinken visited Seoul. \u201CWe are allies,\u201D "
                         "said Blinken. He smiled. \u201CWe will stay.\u201D");
    const AnalysisResult second = Recognizer().analyze(pronoun);
    QCOMPARE(second.quotes.size(), 2);
    QVERIFY(second.quotes.at(1).speaker);
    QCOMPARE(second.quotes.at(1).speaker->canonical, QStringLiteral("Antony Blinken"));
    QVERIFY(second.quotes.at(1).speaker->text != QLatin1String("He"));
}

void TestSpeakerAttribution::carriedOnByName()
{
    // The second quote has no cue of its own: its speaker is the name "he" stands for.
    const QString text = QStringLiteral("Secretary of State Antony Blinken visited Seoul on Monday. "
                                        "\u201CWe are allies,\u201D he said. \u201CWe will stay.\u201D");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 2);
    QVERIFY(result.quotes.at(0).speaker && result.quotes.at(1).speaker);
    QCOMPARE(result.quotes.at(0).speaker->text, QStringLiteral("he"));
    const EntityMention &carried = *result.quotes.at(1).speaker;
    QCOMPARE(carried.canonical, QStringLiteral("Antony Blinken"));
    QVERIFY(carried.text.endsWith(QLatin1String("Antony Blinken")));
    QCOMPARE(text.mid(carried.range.start, carried.range.length()), carried.text);
}

void TestSpeakerAttribution::narratorNamedByTheExchange()
{
    const QString text
        = QStringLiteral("\u201CI think, Watson, that you look well.\u201D \u201CSeven!\u201D I answered. "
                         "\u201CIt is late,\u201D I said.");
    const AnalysisResult result = Recognizer().analyze(text);
    QCOMPARE(result.quotes.size(), 3);
    QVERIFY(result.quotes.at(1).speaker && result.quotes.at(2).speaker);
    QCOMPARE(result.quotes.at(1).speaker->text, QStringLiteral("Watson")); // a reply, named by the exchange
    QCOMPARE(result.quotes.at(2).speaker->text, QStringLiteral("I")); // not a reply: its own cue
}

void TestSpeakerAttribution::narratorOfAStory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("narrator"); // the canonical name of each "I" who speaks

    QTest::newRow("named by the narration")
        << QStringLiteral("So, I called myself Pip. \u201CHold your noise!\u201D cried a man. "
                          "\u201CDon\u2019t cut my throat, sir,\u201D I pleaded. \u201CTell us your name!\u201D "
                          "said the man. \u201CPip, sir,\u201D I said.")
        << QStringLiteral("Pip");
    QTest::newRow("named as the others address them") << QStringLiteral(
        "\u201CMy dear Watson, you look well,\u201D said Holmes. \u201CI am,\u201D I "
        "answered. \u201CIndeed, Watson, a trifle more,\u201D said Holmes. \u201CI think not,\u201D "
        "I said.") << QStringLiteral("Watson");
    QTest::newRow("unnamed") << QStringLiteral("\u201CWho is there?\u201D cried the old man. \u201CA friend,\u201D I "
                                               "said. \u201CCome in, then,\u201D said the old man. \u201CThank "
                                               "you,\u201D I replied.")
                             << QStringLiteral("the narrator");
    // A speech quoting its speaker's earlier words tells no story: "I" is the one speaking.
    QTest::newRow("a speech") << QStringLiteral("Peace is our goal. As I said at the summit, \u201CPeace needs "
                                                "work.\u201D We did that work. Last year I said, \u201CWe will act "
                                                "together.\u201D")
                              << QStringLiteral("the speaker");
    QTest::newRow("a speech whose title names its speaker")
        << QStringLiteral("Remarks by President Joe Biden on the Economy\n\nAs I said last year, \u201CWe will "
                          "build.\u201D \u201CWhen?\u201D asked a reporter. \u201CNow,\u201D I said. "
                          "\u201CHow?\u201D asked another. \u201CTogether,\u201D I answered.")
        << QStringLiteral("Joe Biden");
}

void TestSpeakerAttribution::narratorOfAStory()
{
    QFETCH(QString, text);
    QFETCH(QString, narrator);
    const AnalysisResult result = Recognizer().analyze(text);
    int told = 0;
    for (const QuoteSpan &quote : result.quotes) {
        if (!quote.speaker || quote.speaker->text != QLatin1String("I"))
            continue;
        ++told;
        QCOMPARE(quote.speaker->canonical, narrator);
    }
    QVERIFY(told >= 2);
    // The narration's "my", and "I" in the narrator's own words, are the narrator's too.
    for (const EntityMention &reference : result.references) {
        if (reference.text == QLatin1String("I") || reference.text == QLatin1String("my"))
            QCOMPARE(reference.canonical, narrator);
    }
}

void TestSpeakerAttribution::pronounForADescribedSpeaker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("pronoun stands for a described speaker")
        << QStringLiteral("Billy Smith sat by the fire. \u201CGood evening,\u201D said the girl. "
                          "\u201CWhere are you from?\u201D she asked.")
        << QStringLiteral("she") << QStringLiteral("the girl");
    QTest::newRow("the way a thing is said is no one")
        << QStringLiteral("\u201CGood evening,\u201D said the girl. \u201CYes.\u201D The tone was cold. "
                          "\u201CWhere to?\u201D she asked.")
        << QStringLiteral("she") << QStringLiteral("the girl");
    QTest::newRow("pronoun skips a described speaker of the other sex")
        << QStringLiteral("\u201CGood evening,\u201D said the girl. Then the old man stood up. "
                          "\u201CHome,\u201D said the old man. \u201CWhere to?\u201D she asked.")
        << QStringLiteral("she") << QStringLiteral("the girl");
    // With nobody named, the person of the pronoun's sex the narration brought in as a subject.
    QTest::newRow("pronoun stands for a person brought in by the narration")
        << QStringLiteral("The boy dropped his bundle. Amid the light, a girl was dancing. She sang. "
                          "\u201CWho are you?\u201D he asked. \u201CWhat you run for?\u201D she asked.")
        << QStringLiteral("she") << QStringLiteral("the girl");
    QTest::newRow("and is of its sex") << QStringLiteral(
        "The boy dropped his bundle. Amid the light, a girl was dancing. She sang. "
        "\u201CWhat you run for?\u201D she asked. \u201CI was afraid,\u201D he said.")
                                       << QStringLiteral("he") << QStringLiteral("the boy");
}

void TestSpeakerAttribution::pronounForADescribedSpeaker()
{
    // The last quote's pronoun stands for a speaker met as a description ("said the girl").
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, canonical);
    const AnalysisResult result = Recognizer().analyze(text);
    QVERIFY(result.quotes.size() >= 2);
    const QuoteSpan &quote = result.quotes.constLast();
    QVERIFY2(quote.speaker, "no speaker found");
    QCOMPARE(quote.speaker->text, speaker);
    QCOMPARE(quote.speaker->canonical, canonical);
}

QTEST_GUILESS_MAIN(TestSpeakerAttribution)
#include "tst_speakerattribution.moc"
