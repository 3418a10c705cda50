// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/nameclassifier.h"

#include "analysis/englishwords.h"
#include "analysis/entityregistry.h"
#include "analysis/wordlist.h"
#include "analysis/wordset.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace Lectern {

namespace {

/// Words that head the names of organisations.
const QSet<QString> &organizationWords()
{
    static const QSet<QString> words = lastWords(gazetteerEntries(QStringLiteral("organization-keywords.txt")))
        + capitalisedWords(gazetteerEntries(QStringLiteral("organization-words.txt")));
    return words;
}

/// Words that head the names of places.
const QSet<QString> &placeWords()
{
    static const QSet<QString> words = capitalisedWords(gazetteerEntries(QStringLiteral("place-words.txt")));
    return words;
}

/// Capitalised words that are not part of a personal name: where they occur, the name is
/// something else (a work, a product, a programme) that this classifier does not type. The
/// keywords of agreements and events ("Memorandum", "Conference") are such words too.
const QSet<QString> &notPersonWords()
{
    static const QSet<QString> words = capitalisedWords(gazetteerEntries(QStringLiteral("not-person-words.txt")))
        + capitalisedWords(gazetteerEntries(QStringLiteral("agreement-keywords.txt")))
        + capitalisedWords(gazetteerEntries(QStringLiteral("event-keywords.txt")));
    return words;
}

/// A capitalised common noun by its ending ("Development", "Presidency", "Leadership"): not a
/// word of a personal name.
bool hasCommonNounEnding(QStringView word)
{
    if (word.size() < 6)
        return false;
    const QStringView stem = word.endsWith(u's') ? word.chopped(1) : word; // "Goals" as "Goal"
    // Views made once: a view made of a pointer at each call measured its length at each call.
    static constexpr QStringView endings[] = {u"tion", u"sion", u"ment", u"ness", u"ship", u"ism", u"ology", u"ities",
        u"ency", u"ancy", u"ences", u"ances", u"ical", u"able", u"ible", u"ative", u"ional"};
    // The last characters compared first: most words end in none of the endings.
    const auto endsIn = [](QStringView w, QStringView ending) {
        return w.back() == ending.back() && w.endsWith(ending);
    };
    return std::any_of(std::cbegin(endings), std::cend(endings),
        [&](QStringView ending) { return endsIn(word, ending) || endsIn(stem, ending); });
}

/// Honorifics that start a person's name: "Ms Bauchtman", "Dr. Jill Biden", "Sir Keir Starmer".
bool isHonorific(QStringView word)
{
    static const QSet<QString> words = wordSet(
        {u"Dame", u"Dr", u"Dr.", u"Lady", u"Lord", u"Miss", u"Mr", u"Mr.", u"Mrs", u"Mrs.", u"Ms", u"Ms.", u"Sir"});
    return containsWord(words, word);
}

/// "Jr.", "Sr.", "III": what follows a surname, never a name by itself.
bool isGenerationalSuffix(QStringView word)
{
    static const QSet<QString> words = wordSet({u"Jr", u"Jr.", u"Sr", u"Sr.", u"II", u"III", u"IV"});
    return containsWord(words, word);
}

/// Titles and honorifics: a name that has one is a title phrase ("Afghan Ambassador"), which
/// the syntax definition's title rule handles when a name follows it.
bool isTitleWord(QStringView word)
{
    // The titles of one word that the syntax definition knows ("Minister", "Gen."), and the
    // words that open titles ("Deputy", "Foreign"), but not the honorifics of titles.txt
    // ("Mr."): those start a person's name. The inner words of longer titles ("State",
    // "National", "Special") are not: they start too many other names.
    static const QSet<QString> words = [] {
        QStringList titles = gazetteerEntries(QStringLiteral("titles.txt"));
        titles.removeIf([](const QString &title) { return title.contains(u' ') || isHonorific(title); });
        return capitalisedWords(titles) + capitalisedWords(gazetteerEntries(QStringLiteral("title-openers.txt")));
    }();
    return containsWord(words, word);
}

/// The plural of a nationality names a group, not a person: "Americans", "Europeans", "Indians".
bool isPluralDemonym(QStringView word)
{
    return word.size() > 5 && (word.endsWith(u"ians") || word.endsWith(u"cans") || word.endsWith(u"eans"));
}

/// The plural of a title names a group, not a person: "Senators", "Republican Senators".
bool isPluralTitle(QStringView word)
{
    return word.size() > 3 && word.endsWith(u's') && isTitleWord(word.chopped(1));
}

/// Nationalities and peoples as adjectives: "Palestinian", "American" (demonyms.txt; not the
/// spelling test of the same name in mentionextent.cpp).
bool isNationality(QStringView word)
{
    static const QSet<QString> words = gazetteerWordSet(QStringLiteral("demonyms.txt"));
    return containsWord(words, word);
}

/// Given names that are also English words: "John", "Bill", "Rose".
bool isGivenName(QStringView word)
{
    static const QSet<QString> words = gazetteerWordSet(QStringLiteral("given-names.txt"));
    return containsWord(words, word);
}

bool isParticle(QStringView word)
{
    static const QSet<QString> words = gazetteerWordSet(QStringLiteral("name-particles.txt"));
    return containsWord(words, word);
}

/// Spelled like a word of a personal name: "Sergey", "O'Brien", "D’Alesandro", "McCain",
/// "Shin-Wook", "L.".
bool isNameWord(QStringView word)
{
    const qsizetype n = word.size();
    if (n == 2 && word.at(0).isUpper() && word.at(1) == u'.')
        return true;
    qsizetype i = 0;
    static constexpr QStringView prefixes[] = {
        u"Mc", u"Mac", u"De", u"Da", u"Du", u"La", u"Le", u"Lo", u"Di", u"Van", u"O'", u"O\u2019", u"D'", u"D\u2019"};
    for (const QStringView p : prefixes) {
        // The first characters compared first: most words start with none of the prefixes.
        if (n > p.size() && word.front() == p.front() && word.startsWith(p) && word.at(p.size()).isUpper()) {
            i = p.size();
            break;
        }
    }
    auto lowerRun = [&] {
        const qsizetype from = i;
        while (i < n && word.at(i).isLower())
            ++i;
        return i > from;
    };
    if (i >= n || !word.at(i).isUpper())
        return false;
    ++i;
    if (!lowerRun())
        return false;
    if (i < n && (word.at(i) == u'\'' || word.at(i) == u'\u2019')) {
        ++i;
        if (i < n && word.at(i).isUpper())
            ++i;
        if (!lowerRun())
            return false;
    }
    while (i < n && word.at(i) == u'-') {
        ++i;
        if (i >= n || !word.at(i).isLetter())
            return false;
        ++i;
        lowerRun();
        // One inner capital, as a prefix has it: "Cherfilus-McCormick".
        if (i < n && word.at(i).isUpper() && i >= 2 && word.at(i - 1).isLower()) {
            ++i;
            if (!lowerRun())
                return false;
        }
    }
    return i == n;
}

struct Word
{
    qsizetype start;
    QStringView text;
    qsizetype end() const { return start + text.size(); }
};

bool isConnector(QStringView word)
{
    return word == u"of" || word == u"the" || word == u"for" || word == u"on" || isParticle(word);
}

class Classifier
{
public:
    Classifier(QStringView text, const EntityRegistry &registry, NameParts &parts, bool speaking)
        : m_text(text)
        , m_registry(registry)
        , m_parts(parts)
        , m_speaking(speaking)
    {
    }

    /// Types words [first, last) of a name; \a atStart when they may start a sentence, whose
    /// first word may then have its capital only for that ("Yesterday").
    void classify(const QList<Word> &words, qsizetype first, qsizetype last, bool atStart = true)
    {
        // A sentence ends inside the run: "CHAPTER I.| To Sherlock Holmes she is ...". A word
        // ending in a full stop, then one that only starts sentences, is two names or none. What
        // ends in an initial there ("Gen Z.| And") is no name.
        for (qsizetype k = first + 1; k < last; ++k) {
            const QStringView end = words.at(k - 1).text;
            if (end.endsWith(u'.') && isSentenceWord(words.at(k).text) && !isParticle(words.at(k).text)) {
                if (end.size() > 2)
                    classify(words, first, k);
                classify(words, k, last);
                return;
            }
        }
        const qsizetype wholeFirst = first;
        const qsizetype wholeLast = last;
        if (first < last) {
            // Before a sentence word is stripped: "New Zealand", "The Hague".
            if (const std::optional<EntityType> known = knownType(words, first, last)) {
                add(words, first, last, *known);
                return;
            }
        }
        // A style of address is no part of the name: "His Majesty| King Mohammed VI", "His
        // Excellency| President ...".
        while (first < last
            && ((atStart && isSentenceWord(words.at(first).text)) || isConnector(words.at(first).text)
                || isStyleOfAddress(words.at(first).text)))
            ++first;
        while (last > first && !words.at(last - 1).text.front().isUpper())
            --last;
        if (first >= last)
            return;
        if (last - first == 1 && isTheHouse(words.at(first))) {
            add(words, first, last, EntityType::Organization);
            return;
        }
        // Looked up above when nothing was stripped.
        const bool stripped = first != wholeFirst || last != wholeLast;
        if (const std::optional<EntityType> known = stripped ? knownType(words, first, last) : std::nullopt) {
            add(words, first, last, *known);
            return;
        }
        if (splitAtTitle(words, first, last))
            return;
        // An office "of" a body is no name; the body is: "Chair of the| Judiciary Committee",
        // "Executive Director of the| Congressional Black Caucus", "Members of| Congress".
        qsizetype of = first;
        while (of < last && (isTitleWord(words.at(of).text) || isPluralTitle(words.at(of).text)))
            ++of;
        if (of > first && of + 1 < last && words.at(of).text == u"of") {
            qsizetype body = of + 1;
            if (body + 1 < last && words.at(body).text == u"the")
                ++body;
            // Only a body the gazetteers know or its head word tells, not a field ("Professor of
            // Art History").
            if (knownType(words, body, last) || (last - body >= 2 && typeByHead(words, body, last))) {
                classify(words, body, last, false);
                return;
            }
        }
        if (last - first >= 2) {
            if (const std::optional<EntityType> type = typeByHead(words, first, last)) {
                if (*type == EntityType::Organization && splitAtPersonAfterHead(words, first, last))
                    return;
                add(words, first, last, *type);
                return;
            }
        }
        // "Dr." or "Mr." within the run opens the person's name, after what they are: "Chief
        // Scientist| Dr. Scott Hutchins", "H.E.| Mr. Philemon Yang". What they are names no one.
        static const QSet<QString> addresses = wordSet({u"Dr", u"Dr.", u"Mr", u"Mr.", u"Mrs", u"Mrs.", u"Ms", u"Ms."});
        for (qsizetype k = first + 1; k + 1 < last; ++k) {
            if (containsWord(addresses, words.at(k).text) && isPersonName(words, k, last, false)) {
                const qsizetype before = m_parts.mentions.size();
                classify(words, first, k);
                for (qsizetype m = m_parts.mentions.size() - 1; m >= before; --m) {
                    if (m_parts.mentions.at(m).type == EntityType::Person)
                        m_parts.mentions.removeAt(m);
                }
                add(words, k, last, EntityType::Person);
                return;
            }
        }
        // A name the gazetteers know inside it: "Delegates of the [Republic of Moldova]".
        for (qsizetype a = first; a < last; ++a) {
            for (qsizetype b = std::min(last, a + LongestKnownWords); b > a; --b) {
                if (b - a == last - first)
                    continue;
                if (const std::optional<EntityType> known = knownType(words, a, b)) {
                    classify(words, first, a);
                    add(words, a, b, *known);
                    classify(words, b, last);
                    return;
                }
            }
        }
        // A title phrase joined by "and" or "for" goes on into the run: "Under Secretary of War for
        // Research and| Engineering| Emil Michael". Its last word is a common word, no given name.
        const auto nameLike = [](QStringView w) {
            return (!isCommonWord(w) || isGivenName(w)) && !isNationality(w);
        };
        if (last - first == 3 && isCommonWord(words.at(first).text) && !isGivenName(words.at(first).text)
            && nameLike(words.at(first + 1).text) && nameLike(words.at(first + 2).text)
            && isPersonName(words, first + 1, last, false)) {
            qsizetype before = words.at(first).start;
            while (before > 0 && m_text.at(before - 1).isSpace())
                --before;
            const QStringView joiner = m_text.mid(std::max<qsizetype>(0, before - 4), std::min<qsizetype>(before, 4));
            if (joiner.endsWith(QLatin1String(" and")) || joiner.endsWith(QLatin1String(" for"))) {
                add(words, first + 1, last, EntityType::Person);
                return;
            }
        }
        // A common phrase is no name, unless it speaks: "said Big Medicine".
        if (last - first >= 2 && isPersonName(words, first, last, false)
            && (m_speaking || isHonorific(words.at(first).text) || !isCommonPhrase(words, first, last)))
            add(words, first, last, EntityType::Person);
    }

private:
    static constexpr qsizetype LongestKnownWords = 6;

    QStringView slice(const QList<Word> &words, qsizetype first, qsizetype last) const
    {
        return m_text.mid(words.at(first).start, words.at(last - 1).end() - words.at(first).start);
    }

    std::optional<EntityType> knownType(const QList<Word> &words, qsizetype first, qsizetype last) const
    {
        return m_registry.typeOf(slice(words, first, last));
    }

    /// A title of office before a name, and what qualifies the title before it: "President
    /// Putin", "House Speaker Nancy Pelosi", "Council on Environmental Quality Chairman Katherine
    /// Scarlett" (the qualifier is typed on its own).
    bool splitAtTitle(const QList<Word> &words, qsizetype first, qsizetype last)
    {
        qsizetype title = first;
        // Not a surname that is also a title: "Martin Luther King Jr.".
        while (title < last
            && (!isTitleWord(words.at(title).text)
                || (title + 1 < last && isGenerationalSuffix(words.at(title + 1).text))))
            ++title;
        qsizetype name = title;
        while (name < last && isTitleWord(words.at(name).text))
            ++name;
        // An honorific after the title is part of the title phrase: "Director Dr.| Jay Bhattacharya".
        while (name > title && name < last - 1 && isHonorific(words.at(name).text))
            ++name;
        if (name == title || name == last || !isPersonName(words, name, last, true)
            || (last - name >= 2 && typeByHead(words, name, last)))
            return false;
        // "General Motors" is a company, not General Motors.
        for (qsizetype end = std::min(last, title + LongestKnownWords); end > title; --end) {
            if (knownType(words, title, end))
                return false;
        }
        classify(words, first, title);
        m_parts.titles.append({words.at(title).start, words.at(name - 1).end()});
        add(words, name, last, EntityType::Person);
        return true;
    }

    /// A person's name right after an organisation's head word is no part of the organisation:
    /// "Refugee Council| Enver Solomon", "Office of Intergovernmental Affairs| Julie Rodriguez"; a
    /// common phrase or a known name there is ("Post Office Building", "... Center Los Angeles").
    bool splitAtPersonAfterHead(const QList<Word> &words, qsizetype first, qsizetype last)
    {
        qsizetype head = last - 1;
        while (head >= first && !isOrganizationWord(words.at(head).text))
            --head;
        const qsizetype name = head + 1;
        if (head < first || last - name < 2 || last - name > 3 || !isPersonName(words, name, last, false)
            || isCommonPhrase(words, name, last) || knownType(words, name, last))
            return false;
        classify(words, first, name, false);
        add(words, name, last, EntityType::Person);
        return true;
    }

    /// "the House": a parliament's chamber, as its members and the news call it.
    bool isTheHouse(const Word &word) const
    {
        if (word.text != u"House" || word.start < 4)
            return false;
        const QStringView before = m_text.mid(word.start - 4, 4);
        return before == u"the " || before == u"The ";
    }

    static std::optional<EntityType> typeByHead(const QList<Word> &words, qsizetype first, qsizetype last)
    {
        // A place word heads the name at its end ("Mountain View" is a city, "Park Joo-Ho" a
        // person), except the few that come first ("Mount Everest", "Lake Victoria").
        static const QSet<QString> leadingPlaceWords = wordSet({u"Cape", u"Fort", u"Lake", u"Mount", u"Port", u"Camp"});
        // A storm is named like a person, after its kind: "Hurricane Helene", "Typhoon Yagi".
        static const QSet<QString> storms = wordSet(
            {u"Hurricane", u"Hurricanes", u"Typhoon", u"Typhoons", u"Cyclone", u"Cyclones", u"Storm", u"Storms"});
        if (last - first == 2 && containsWord(storms, words.at(first).text))
            return EntityType::Event;
        // An initial before the last word makes a place word there a surname: "Christopher R. Hill".
        const QStringView beforeLast = last - first >= 3 ? words.at(last - 2).text : QStringView();
        const bool initialBeforeLast
            = beforeLast.size() == 2 && beforeLast.front().isUpper() && beforeLast.back() == u'.';
        // An office, not a body: "District Judge", "Press Secretary", "Cabinet Secretaries".
        if (last - first == 2 && (isTitleWord(words.at(last - 1).text) || isPluralTitle(words.at(last - 1).text)))
            return std::nullopt;
        // A bill: "Bill" last is legislation, first a given name ("the Farm Bill", "Bill Gates").
        if (last - first >= 2 && words.at(last - 1).text == u"Bill")
            return EntityType::Agreement;
        for (qsizetype k = first; k < last; ++k) {
            const QStringView w = words.at(k).text;
            if (isOrganizationWord(w))
                return EntityType::Organization;
            if (containsWord(placeWords(), w)
                && ((k == last - 1 && !initialBeforeLast) || (k == first && containsWord(leadingPlaceWords, w))))
                return EntityType::Place;
        }
        return std::nullopt;
    }

    /// Two to four words spelled like a personal name (one is enough after a title).
    static bool isPersonName(const QList<Word> &words, qsizetype first, qsizetype last, bool titled)
    {
        const bool honorific = isHonorific(words.at(first).text);
        if (last - first > 4 || (!titled && !honorific && last - first < 2))
            return false;
        // A regnal number ends a name: "Mohammed VI", "Charles III".
        static const QSet<QString> regnal = wordSet({u"II", u"III", u"IV", u"V", u"VI", u"VII", u"VIII", u"IX", u"X",
            u"XI", u"XII", u"XIII", u"XIV", u"XV", u"XVI"});
        // So does a generational suffix, after which a title word is a surname: "Martin Luther King
        // Jr".
        const bool suffixed = last - first >= 3 && isGenerationalSuffix(words.at(last - 1).text);
        if (last - first >= 2 && (containsWord(regnal, words.at(last - 1).text) || suffixed))
            --last;
        for (qsizetype k = honorific ? first + 1 : first; k < last; ++k) {
            const QStringView w = words.at(k).text;
            const bool surname = suffixed && k == last - 1 && k > first;
            if (containsWord(notPersonWords(), w) || (isTitleWord(w) && !surname) || isPluralTitle(w)
                || isPluralDemonym(w) || hasCommonNounEnding(w) || !(isNameWord(w) || isParticle(w)))
                return false;
            // "High-Level Meeting", "Gender-Based Violence": common words joined before a common
            // noun, no name ("Tracy Stone-Manning", "Kim Min-Woo", "the Rabbit-Hole Alice").
            if (k + 1 < last && isCommonCompound(w) && isCommonWord(words.at(k + 1).text)
                && !isGivenName(words.at(k + 1).text))
                return false;
            // "Gen Z. And": a sentence goes on, no name does.
            if (k > first && isSentenceWord(w) && !isParticle(w))
                return false;
        }
        // "African American", "Gazan Palestinian": who they are, not their names; nor are "European
        // Allies", "Arab Peoples" (a nationality first), or "Allowing Medicare" (a verb's -ing form).
        if (!titled && !honorific
            && (isNationality(words.at(last - 1).text) || isNationality(words.at(first).text)
                || isGerund(words.at(first).text)))
            return false;
        return isNameWord(words.at(last - 1).text) && !isHonorific(words.at(last - 1).text)
            && (honorific || isNameWord(words.at(first).text));
    }

    static bool isCommonCompound(QStringView word)
    {
        if (!word.contains(u'-'))
            return false;
        for (const QStringView part : word.split(u'-', Qt::SkipEmptyParts)) {
            if (!isCommonWord(part) || isGivenName(part) || isTitleWord(part))
                return false;
        }
        return true;
    }

    /// A verb's -ing form opening a sentence ("Allowing", "Building"), not a given name ("Sterling").
    static bool isGerund(QStringView word)
    {
        return word.size() > 5 && word.endsWith(u"ing") && isCommonWord(word) && !isGivenName(word);
    }

    /// Every word an English word, and one at least no name by the dictionary: a capitalised
    /// common phrase ("Executive Order", "Golden Gate", "Child Tax Credit"), not a name ("Bill
    /// Gates", "Rose Park", "Brian Stone").
    static bool isCommonPhrase(const QList<Word> &words, qsizetype first, qsizetype last)
    {
        bool someNoName = false;
        for (qsizetype k = first; k < last; ++k) {
            const QStringView w = words.at(k).text;
            if (isParticle(w))
                continue;
            if (!isCommonWord(w) || isGivenName(w))
                return false;
            someNoName = someNoName || !isListedCapitalised(w);
        }
        return someNoName;
    }

    void add(const QList<Word> &words, qsizetype first, qsizetype last, EntityType type)
    {
        EntityMention mention;
        mention.range = {words.at(first).start, words.at(last - 1).end()};
        mention.type = type;
        mention.text = slice(words, first, last).toString();
        m_parts.mentions.append(mention);
    }

    QStringView m_text;
    const EntityRegistry &m_registry;
    NameParts &m_parts;
    bool m_speaking;
};

} // namespace

NameParts classifyName(QStringView text, TextRange range, const EntityRegistry &registry, bool speaking)
{
    QList<Word> words;
    const QStringView name = text.mid(range.start, range.length());
    qsizetype i = 0;
    while (i < name.size()) {
        while (i < name.size() && name.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < name.size() && !name.at(i).isSpace())
            ++i;
        if (i > start)
            words.append({range.start + start, name.mid(start, i - start)});
    }
    NameParts parts;
    Classifier(text, registry, parts, speaking).classify(words, 0, words.size());
    return parts;
}

QChar sexOfHonorific(QStringView word)
{
    static const QSet<QString> male = wordSet({u"Mr", u"Sir", u"Lord", u"Mister", u"Monsieur", u"Senor", u"Herr"});
    static const QSet<QString> female
        = wordSet({u"Mrs", u"Miss", u"Ms", u"Lady", u"Dame", u"Madame", u"Madam", u"Mme", u"Senora", u"Frau"});
    if (word.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0 || containsWord(male, word))
        return u'm';
    if (word.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0 || containsWord(female, word))
        return u'f';
    return {};
}

QStringView honorificOf(QStringView text, const EntityMention &mention)
{
    qsizetype firstEnd = mention.range.start;
    while (firstEnd < mention.range.end && text.at(firstEnd).isLetter())
        ++firstEnd;
    const QStringView first = text.mid(mention.range.start, firstEnd - mention.range.start);
    if (!sexOfHonorific(first).isNull())
        return first;
    qsizetype before = mention.range.start;
    while (before > 0 && (text.at(before - 1).isSpace() || text.at(before - 1) == u'.'))
        --before;
    qsizetype start = before;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    return text.mid(start, before - start);
}

QChar sexOfGivenName(QStringView name)
{
    static const QSet<QString> femaleNames = gazetteerWordSet(QStringLiteral("female-names.txt"));
    static const QSet<QString> maleNames = gazetteerWordSet(QStringLiteral("male-names.txt"));
    return containsWord(femaleNames, name) ? u'f' : containsWord(maleNames, name) ? u'm' : QChar();
}

bool isOrganizationWord(QStringView word)
{
    return containsWord(organizationWords(), word)
        || (word.size() > 3 && word.endsWith(u's') && containsWord(organizationWords(), word.chopped(1)));
}

bool isStyleOfAddress(QStringView word)
{
    static const QSet<QString> words = wordSet(
        {u"Majesty", u"Excellency", u"Highness", u"Holiness", u"Majesty’s", u"Excellency’s", u"Royal", u"Eminence"});
    return containsWord(words, word);
}

bool isSentenceWord(QStringView word)
{
    static const QSet<QString> words = wordSet({u"a", u"about", u"above", u"according", u"across", u"after",
        u"afterwards", u"against", u"ahead", u"all", u"also", u"although", u"among", u"an", u"and", u"another", u"any",
        u"anyone", u"ask", u"everybody", u"everyone", u"happy", u"let", u"nobody", u"somebody", u"someone", u"around",
        u"as", u"at", u"back", u"because", u"before", u"behind", u"below", u"besides", u"between", u"both", u"but",
        u"by", u"can", u"clearly", u"could", u"dear", u"despite", u"did", u"do", u"does", u"during", u"each",
        u"earlier", u"either", u"even", u"every", u"few", u"finally", u"first", u"for", u"former", u"from", u"further",
        u"furthermore", u"had", u"has", u"have", u"he", u"her", u"here", u"his", u"how", u"however", u"i", u"if", u"in",
        u"including", u"indeed", u"instead", u"into", u"is", u"it", u"its", u"just", u"last", u"later", u"like",
        u"many", u"meanwhile", u"more", u"moreover", u"most", u"much", u"my", u"near", u"neither", u"never", u"new",
        u"next", u"no", u"nor", u"not", u"now", u"of", u"on", u"once", u"one", u"only", u"or", u"other", u"our",
        u"over", u"perhaps", u"please", u"recently", u"several", u"she", u"since", u"so", u"some", u"still", u"such",
        u"thank", u"thanks", u"that", u"the", u"their", u"then", u"there", u"these", u"they", u"this", u"those",
        u"though", u"through", u"thus", u"to", u"today", u"together", u"tomorrow", u"tonight", u"two", u"three",
        u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve", u"twenty", u"hundred",
        u"hundreds", u"thousand", u"thousands", u"millions", u"under", u"unlike", u"until", u"upon", u"we", u"what",
        u"when", u"where", u"whether", u"which", u"while", u"who", u"why", u"will", u"with", u"within", u"without",
        u"would", u"yes", u"yesterday", u"yet", u"you", u"your"});
    return containsLowerCaseWord(words, word);
}

} // namespace Lectern
