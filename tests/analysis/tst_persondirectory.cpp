// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// People across the statements of a project: a surname in one statement links to the full
// name another statement gave, through the recogniser's real output.
#include "analysis/persondirectory.h"
#include "analysis/recognizer.h"

#include <QTest>

using namespace Lectern;

namespace {

QStringList canonicalsOf(const AnalysisResult &result, QStringView text)
{
    QStringList names;
    for (const EntityMention &m : result.entities) {
        if (m.type == EntityType::Person && m.text == text)
            names.append(m.canonical);
    }
    return names;
}

} // namespace

class TestPersonDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surnameLinksAcrossStatements()
    {
        const Recognizer recognizer;
        const AnalysisResult first = recognizer.analyze(
            QStringLiteral("Secretary of State Antony Blinken met Foreign Minister Park Jin in Seoul.\n"));
        AnalysisResult second = recognizer.analyze(
            QStringLiteral("\u201CThe alliance is ironclad,\u201D Secretary Blinken said. Park agreed.\n"));
        // Alone, the second statement knows only surnames.
        QCOMPARE(canonicalsOf(second, u"Secretary Blinken"), QStringList {QStringLiteral("Blinken")});
        QVERIFY(second.quotes.size() == 1 && second.quotes.constFirst().speaker);
        QCOMPARE(second.quotes.constFirst().speaker->canonical, QStringLiteral("Blinken"));

        const PersonDirectory directory = PersonDirectory::of({&first, &second});
        QCOMPARE(directory.fullName(u"Blinken"), QStringLiteral("Antony Blinken"));
        QCOMPARE(directory.fullName(u"Park"), QStringLiteral("Park Jin")); // family name first
        QVERIFY(directory.fullName(u"Antony Blinken").isEmpty()); // already full
        QVERIFY(directory.fullName(u"Smith").isEmpty());

        QVERIFY(directory.wouldChange(second));
        QVERIFY(directory.link(second));
        QCOMPARE(canonicalsOf(second, u"Secretary Blinken"), QStringList {QStringLiteral("Antony Blinken")});
        QCOMPARE(second.quotes.constFirst().speaker->canonical, QStringLiteral("Antony Blinken"));
        QCOMPARE(second.quotes.constFirst().speaker->text, QStringLiteral("Secretary Blinken")); // the mention stays
        // Linking twice changes nothing more.
        QVERIFY(!directory.wouldChange(second));
        QVERIFY(!directory.link(second));
        // The statement that named them in full is unchanged.
        AnalysisResult firstCopy = first;
        QVERIFY(!directory.link(firstCopy));
    }

    void fullNamesAlikeButForInitials()
    {
        const Recognizer recognizer;
        const AnalysisResult first
            = recognizer.analyze(QStringLiteral("President Donald J. Trump signed the order.\n"));
        AnalysisResult second = recognizer.analyze(QStringLiteral("Yesterday Donald Trump spoke.\n"));
        AnalysisResult third = recognizer.analyze(QStringLiteral("\u201CIt is done,\u201D Trump said.\n"));
        const PersonDirectory directory = PersonDirectory::of({&first, &second, &third});
        QCOMPARE(directory.fullName(u"Donald Trump"), QStringLiteral("Donald J. Trump"));
        QCOMPARE(directory.fullName(u"Trump"), QStringLiteral("Donald J. Trump")); // one person, not two
        QVERIFY(directory.link(second));
        QCOMPARE(canonicalsOf(second, u"Donald Trump"), QStringList {QStringLiteral("Donald J. Trump")});
        QVERIFY(directory.link(third));
        QCOMPARE(third.quotes.constFirst().speaker->canonical, QStringLiteral("Donald J. Trump"));
    }

    void honorificsAndAccentsMakeNoOtherPerson()
    {
        const Recognizer recognizer;
        // Within a statement, an honorific before a full name is no part of the person's name,
        // and an address keeps its honorific with its full stop.
        const AnalysisResult first = recognizer.analyze(
            QStringLiteral("Mr President, I congratulate H.E. Mr. Philemon Yang on his election.\n"));
        QCOMPARE(canonicalsOf(first, u"Mr. Philemon Yang"), QStringList {QStringLiteral("Philemon Yang")});
        QCOMPARE(canonicalsOf(first, u"Mr President"), QStringList {QStringLiteral("Mr. President")});
        // Across statements, a name spelt without its accents is the same person.
        AnalysisResult second
            = recognizer.analyze(QStringLiteral("We thank Mr Philémon Yang, President of the Assembly.\n"));
        QCOMPARE(canonicalsOf(second, u"Mr Philémon Yang"), QStringList {QStringLiteral("Philémon Yang")});
        const PersonDirectory directory = PersonDirectory::of({&first, &second});
        QCOMPARE(directory.fullName(u"Philémon Yang"), QStringLiteral("Philemon Yang"));
        QVERIFY(directory.link(second));
        QCOMPARE(canonicalsOf(second, u"Mr Philémon Yang"), QStringList {QStringLiteral("Philemon Yang")});
    }

    void sharedSurnameLinksToNobody()
    {
        const Recognizer recognizer;
        const AnalysisResult a = recognizer.analyze(QStringLiteral("President Joe Biden spoke on Monday.\n"));
        const AnalysisResult b = recognizer.analyze(QStringLiteral("Senator Hunter Biden did not attend.\n"));
        AnalysisResult c = recognizer.analyze(QStringLiteral("President Biden thanked the crew.\n"));
        const PersonDirectory directory = PersonDirectory::of({&a, &b, &c});
        QVERIFY2(directory.size() >= 2, qPrintable(QString::number(directory.size())));
        QVERIFY(directory.fullName(u"Biden").isEmpty());
        QVERIFY(!directory.link(c));
        QCOMPARE(canonicalsOf(c, u"President Biden"), QStringList {QStringLiteral("Biden")});
    }

    void otherTypesUntouched()
    {
        AnalysisResult result;
        EntityMention place;
        place.type = EntityType::Place;
        place.text = QStringLiteral("Jordan");
        place.canonical = QStringLiteral("Jordan");
        result.entities.append(place);
        AnalysisResult people;
        EntityMention person;
        person.type = EntityType::Person;
        person.text = person.canonical = QStringLiteral("Michael Jordan");
        people.entities.append(person);
        const PersonDirectory directory = PersonDirectory::of({&people});
        QCOMPARE(directory.fullName(u"Jordan"), QStringLiteral("Michael Jordan"));
        QVERIFY(!directory.link(result)); // a place called Jordan is not the person
        QCOMPARE(result.entities.constFirst().canonical, QStringLiteral("Jordan"));
    }
};

QTEST_GUILESS_MAIN(TestPersonDirectory)
#include "tst_persondirectory.moc"
