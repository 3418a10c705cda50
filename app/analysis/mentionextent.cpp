// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/mentionextent.h"

#include "analysis/entityregistry.h"
#include "analysis/speakerattribution.h"
#include "analysis/wordlist.h"
#include "analysis/wordset.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Lectern {

namespace {

/// Words that may follow "the <name>" when the name is the head of its phrase ("the United
/// States and", "the White House said"); any other lower-case word after the name makes the
/// name a modifier ("the U.S. team").
bool isFunctionWord(QStringView word)
{
    static const QSet<QString> words = wordSet({u"a", u"about", u"after", u"again", u"against", u"already", u"also",
        u"am", u"an", u"and", u"are", u"as", u"at", u"be", u"because", u"been", u"before", u"between", u"both", u"but",
        u"by", u"called", u"can", u"could", u"did", u"do", u"does", u"during", u"earlier", u"for", u"from", u"had",
        u"has", u"have", u"he", u"her", u"his", u"how", u"if", u"in", u"into", u"is", u"it", u"its", u"last", u"later",
        u"may", u"might", u"must", u"next", u"not", u"now", u"of", u"on", u"once", u"or", u"over", u"said", u"says",
        u"shall", u"she", u"should", u"since", u"so", u"still", u"than", u"that", u"the", u"their", u"them", u"then",
        u"there", u"these", u"they", u"this", u"those", u"through", u"to", u"today", u"tomorrow", u"too", u"under",
        u"until", u"up", u"very", u"was", u"we", u"were", u"what", u"when", u"where", u"which", u"while", u"who",
        u"whom", u"whose", u"why", u"will", u"with", u"within", u"without", u"would", u"yesterday", u"yet", u"you"});
    return containsWord(words, word);
}

/// Lower-case words that qualify a role noun in front of a name: "team captain", "science
/// fiction writer", "former minister".
bool isRoleModifier(QStringView word)
{
    static const QSet<QString> words = gazetteerWordSet(QStringLiteral("role-modifiers.txt"));
    return containsWord(words, word);
}

bool isLetter(QChar c)
{
    return c.isLetterOrNumber();
}

/// The word (letters, digits, '.', '-', apostrophes) that ends at \a end, or an empty range.
TextRange wordBefore(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0) {
        const QChar c = text.at(start - 1);
        if (isLetter(c) || c == u'.' || c == u'-' || c == u'\'' || c == u'\u2019')
            --start;
        else
            break;
    }
    return {start, end};
}

/// The start of the word that ends before the single run of spaces before \a pos, or -1 when
/// there is none on the same line.
qsizetype endOfWordBefore(QStringView text, qsizetype pos)
{
    qsizetype i = pos;
    while (i > 0 && (text.at(i - 1) == u' ' || text.at(i - 1) == u'\t' || text.at(i - 1) == u'\u00A0'))
        --i;
    return i == pos || i == 0 ? -1 : i;
}

/// An adverb in -ly, which goes with a verb, not with the name before it: "the Act fundamentally
/// transforms". Not a verb ("apply", "comply") nor an adjective or noun ("the UN daily briefing",
/// "the Ford family").
bool isAdverb(QStringView word)
{
    static const QSet<QString> notAdverbs = wordSet({u"family", u"daily", u"weekly", u"monthly", u"yearly",
        u"quarterly", u"early", u"friendly", u"holy", u"assembly", u"ugly", u"lonely", u"costly", u"elderly"});
    return word.size() >= 6 && word.endsWith(u"ly") && !word.endsWith(u"ply") && !containsWord(notAdverbs, word);
}

/// Whether the name that ends at \a end heads its phrase, so that an article before it belongs
/// to it: it is followed by punctuation, the line end, a function word, a verb or an adverb ("the
/// White House said", "the Taliban seized", "the Act fundamentally transforms"), not by a noun it qualifies ("the U.S.
/// team") or by more of a longer name ("the Google Science Fair").
bool headsPhrase(QStringView text, qsizetype end)
{
    qsizetype i = end;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    if (i >= text.size() || !isLetter(text.at(i)))
        return true;
    if (i == end || !text.at(i).isLower())
        return false;
    qsizetype j = i;
    while (j < text.size() && isLetter(text.at(j)))
        ++j;
    const QStringView word = text.mid(i, j - i);
    return isFunctionWord(word) || isSpeechVerb(word) || word.endsWith(u"ed") || isAdverb(word);
}

bool isDemonym(QStringView word)
{
    if (word.size() < 4 || !word.front().isUpper())
        return false;
    for (const QChar c : word.mid(1)) {
        if (!c.isLower())
            return false;
    }
    return word.endsWith(u"an") || word.endsWith(u"ese") || word.endsWith(u"ish") || word.endsWith(u"i")
        || word.endsWith(u"ch");
}

/// The ends of a text's places and organisations, and of its titles of office, for the
/// lookups of personPhraseStart() in constant time.
struct PhraseIndex
{
    QHash<qsizetype, qsizetype> qualifierStartByEnd;
    QHash<qsizetype, qsizetype> titleByEnd;
};

/// The mention (place or organisation) that ends right before \a pos, or -1.
qsizetype qualifierEndingBefore(QStringView text, const PhraseIndex &index, qsizetype pos)
{
    const qsizetype end = endOfWordBefore(text, pos);
    if (end < 0)
        return -1;
    if (const auto it = index.qualifierStartByEnd.constFind(end); it != index.qualifierStartByEnd.cend())
        return *it;
    const TextRange word = wordBefore(text, end);
    if (word.length() > 0 && isDemonym(text.mid(word.start, word.length())))
        return word.start;
    return -1;
}

/// The start of the place or organisation in the possessive right before \a pos ("Korea's |",
/// "Korea 's |" of tokenized text), or -1.
qsizetype possessorBefore(QStringView text, const PhraseIndex &index, qsizetype pos)
{
    qsizetype end = pos;
    if (end < 3 || text.at(end - 1) != u' ' || text.at(end - 2) != u's'
        || (text.at(end - 3) != u'\'' && text.at(end - 3) != u'\u2019'))
        return -1;
    end -= 3;
    if (end > 0 && text.at(end - 1) == u' ')
        --end;
    const auto it = index.qualifierStartByEnd.constFind(end);
    return it == index.qualifierStartByEnd.cend() ? -1 : *it;
}

/// Where a person's phrase starts: the titles or role nouns right before the name, and what
/// qualifies them; \a titlesUsed receives the titles taken. Returns the mention's own start when
/// nothing precedes it.
qsizetype personPhraseStart(QStringView text, const PhraseIndex &index, const QList<LexicalSpan> &titles,
    qsizetype start, QList<qsizetype> *titlesUsed)
{
    if (endOfWordBefore(text, start) < 0)
        return start;
    qsizetype phraseStart = start;
    // The title right before the name, and one right before that ("Speaker| Emerita| Nancy Pelosi").
    for (qsizetype end = endOfWordBefore(text, phraseStart); end >= 0; end = endOfWordBefore(text, phraseStart)) {
        const auto it = index.titleByEnd.constFind(end);
        if (it == index.titleByEnd.cend())
            break;
        phraseStart = titles.at(*it).start;
        titlesUsed->append(*it);
    }
    if (phraseStart == start) {
        // Role nouns in lower case: "actor Jason Beghe", "team captain Harry Kane".
        qsizetype pos = start;
        bool sawRole = false;
        for (int words = 0; words < 3; ++words) {
            const qsizetype wordEnd = endOfWordBefore(text, pos);
            if (wordEnd < 0)
                break;
            const TextRange word = wordBefore(text, wordEnd);
            const QStringView w = text.mid(word.start, word.length());
            if (w.isEmpty() || !w.front().isLower())
                break;
            if (isRoleNoun(w) || (sawRole && isRoleModifier(w))) {
                sawRole = true;
                pos = word.start;
                continue;
            }
            break;
        }
        phraseStart = pos;
    }
    if (phraseStart != start) {
        if (const qsizetype qualifier = qualifierEndingBefore(text, index, phraseStart); qualifier >= 0)
            phraseStart = qualifier;
    }
    // A place or body whose the person is: "Korea's Kim Shin-Wook", "Israel’s Prime Minister
    // Benjamin Netanyahu".
    if (const qsizetype owner = possessorBefore(text, index, phraseStart); owner >= 0)
        phraseStart = owner;
    return phraseStart;
}

} // namespace

qsizetype possessiveAt(QStringView text, qsizetype end)
{
    qsizetype i = end;
    if (i < text.size() && text.at(i) == u' ' && i + 1 < text.size()
        && (text.at(i + 1) == u'\'' || text.at(i + 1) == u'\u2019'))
        ++i;
    if (i + 1 < text.size() && (text.at(i) == u'\'' || text.at(i) == u'\u2019') && text.at(i + 1) == u's'
        && (i + 2 == text.size() || !isLetter(text.at(i + 2))))
        return i + 2 - end;
    return 0;
}

bool isRoleNoun(QStringView word)
{
    static const QSet<QString> words = gazetteerWordSet(QStringLiteral("role-nouns.txt"));
    return containsLowerCaseWord(words, word);
}

void widenMentions(QStringView text, QList<EntityMention> &mentions, QList<LexicalSpan> &titles)
{
    QList<bool> titleUsed(titles.size(), false);
    PhraseIndex index;
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type == EntityType::Place || mention.type == EntityType::Organization)
            index.qualifierStartByEnd.insert(mention.range.end, mention.range.start);
    }
    for (qsizetype i = 0; i < titles.size(); ++i)
        index.titleByEnd.insert(titles.at(i).end, i);
    // The mentions inside longer ones keep their extent: one sweep in order of start, longest
    // first.
    QList<qsizetype> order(mentions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&mentions](qsizetype a, qsizetype b) {
        const TextRange &ra = mentions.at(a).range;
        const TextRange &rb = mentions.at(b).range;
        return ra.start != rb.start ? ra.start < rb.start : ra.end > rb.end;
    });
    QList<bool> nested(mentions.size(), false);
    qsizetype reach = -1;
    TextRange reachOf {-1, -1};
    for (const qsizetype i : std::as_const(order)) {
        const TextRange &range = mentions.at(i).range;
        nested[i] = reach >= range.end && !(reachOf.start == range.start && reachOf.end == range.end);
        if (range.end > reach) {
            reach = range.end;
            reachOf = range;
        }
    }
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        EntityMention &mention = mentions[m];
        TextRange range = mention.range;
        if (nested.at(m))
            continue;
        switch (mention.type) {
        case EntityType::Person: {
            QList<qsizetype> titlesUsed;
            range.start = personPhraseStart(text, index, titles, range.start, &titlesUsed);
            for (const qsizetype used : std::as_const(titlesUsed))
                titleUsed[used] = true;
            range.end += possessiveAt(text, range.end);
            break;
        }
        case EntityType::Place:
        case EntityType::Organization:
        case EntityType::Agreement:
        case EntityType::Event: {
            const qsizetype possessive = mention.type == EntityType::Place || mention.type == EntityType::Organization
                ? possessiveAt(text, range.end)
                : 0;
            const qsizetype articleEnd = endOfWordBefore(text, range.start);
            if (articleEnd >= 0) {
                const TextRange article = wordBefore(text, articleEnd);
                const QStringView word = text.mid(article.start, article.length());
                // "this" points at a body as "the" does: "This Senate", "this House".
                const bool demonstrative
                    = mention.type == EntityType::Organization && (word == u"this" || word == u"This");
                if ((word == u"the" || word == u"The" || demonstrative)
                    && (possessive > 0 || headsPhrase(text, range.end)))
                    range.start = article.start;
            }
            range.end += possessive;
            break;
        }
        case EntityType::Date:
            break;
        }
        mention.range = range;
    }
    std::stable_sort(mentions.begin(), mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
    for (qsizetype i = titles.size() - 1; i >= 0; --i) {
        if (titleUsed.at(i))
            titles.removeAt(i);
    }
}

void addNestedNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    constexpr int LongestPlaceWords = 6; // "Democratic Republic of the Congo"
    // The people the text names, by full name and by surname: "the George Floyd Justice in
    // Policing Act" and "the Harris Administration" name a person too.
    QHash<QString, QString> people; // name or surname -> canonical; empty when two share it
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type != EntityType::Person)
            continue;
        const QList<QStringView> words = QStringView(mention.canonical).split(u' ', Qt::SkipEmptyParts);
        // An office is no name: "Mr Secretary-General of the United Nations" has no surname.
        if (words.size() < 2 || !words.constFirst().front().isUpper() || isOfficeHolder(mention.canonical))
            continue;
        people.insert(mention.canonical, mention.canonical);
        const QString surname = words.constLast().toString();
        const auto known = people.constFind(surname);
        if (known == people.cend())
            people.insert(surname, mention.canonical);
        else if (*known != mention.canonical)
            people[surname] = QString();
    }
    // Where the mentions end, for the names already found inside a longer one ("the General
    // Assembly of [the United Nations]"): not to be found again.
    QMultiHash<qsizetype, qsizetype> startsByEnd;
    for (const EntityMention &mention : std::as_const(mentions))
        startsByEnd.insert(mention.range.end, mention.range.start);
    QList<EntityMention> nested;
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type == EntityType::Date) {
            // The year of a full date is a date too: "2017" in "July 21, 2017".
            static const QRegularExpression year(QStringLiteral("(?<![\\p{L}\\p{N}])[12]\\d{3}(?![\\p{L}\\p{N}])"));
            const QStringView date = text.mid(mention.range.start, mention.range.length());
            const QRegularExpressionMatch match = year.matchView(date);
            // The month of a day named without its year is a date too: "September" in "on
            // September 14".
            static const QRegularExpression monthDay(
                QStringLiteral("\\A(\\p{Lu}\\p{Ll}+) \\d{1,2}(?:st|nd|rd|th)?\\z"));
            if (const QRegularExpressionMatch day = monthDay.matchView(date); day.hasMatch()) {
                EntityMention month;
                month.range = {mention.range.start, mention.range.start + day.capturedLength(1)};
                month.type = EntityType::Date;
                month.text = day.captured(1);
                month.canonical = month.text;
                nested.append(month);
            }
            if (match.hasMatch() && match.capturedLength() < date.size()) {
                EntityMention inner;
                inner.range = {mention.range.start + match.capturedStart(), mention.range.start + match.capturedEnd()};
                inner.type = EntityType::Date;
                inner.text = match.captured();
                inner.canonical = inner.text;
                nested.append(inner);
            }
            continue;
        }
        if (mention.type == EntityType::Agreement) {
            // The year of an act named with it is a date: "2021" in "... Policing Act of 2021".
            const QStringView name = text.mid(mention.range.start, mention.range.length());
            if (name.size() > 8 && name.at(name.size() - 8) == u' ' && name.mid(name.size() - 7, 3) == u"of "
                && name.back().isDigit()) {
                EntityMention year;
                year.range = {mention.range.end - 4, mention.range.end};
                year.type = EntityType::Date;
                year.text = text.mid(year.range.start, 4).toString();
                year.canonical = year.text;
                nested.append(year);
            }
        }
        const bool officeHolder = mention.type == EntityType::Person && mention.canonical.startsWith(u"the ");
        // In a place's name, only the person it is named after: "Chiang Kai-shek Memorial Hall".
        const bool personsOnly = mention.type == EntityType::Place;
        if (mention.type != EntityType::Organization && mention.type != EntityType::Event
            && mention.type != EntityType::Agreement && !officeHolder && !personsOnly)
            continue;
        // The words of the name, as ranges.
        QList<TextRange> words;
        for (qsizetype i = mention.range.start; i < mention.range.end;) {
            while (i < mention.range.end && !isLetter(text.at(i)))
                ++i;
            const qsizetype start = i;
            // "U.S.-Republic of Korea" is two names; "Indo-Pacific" is one word.
            while (i < mention.range.end && (isLetter(text.at(i)) || text.at(i) == u'.' || text.at(i) == u'-')
                && !(text.at(i) == u'-' && i + 1 < mention.range.end && text.at(i + 1).isUpper() && i > start
                    && text.at(i - 1) == u'.'))
                ++i;
            if (i > start)
                words.append({start, i});
        }
        for (qsizetype first = 0; first < words.size(); ++first) {
            if (!text.at(words.at(first).start).isUpper())
                continue;
            for (qsizetype last = std::min<qsizetype>(words.size(), first + LongestPlaceWords) - 1; last >= first;
                 --last) {
                const TextRange candidate {words.at(first).start, words.at(last).end};
                if (candidate.start == mention.range.start && candidate.end == mention.range.end)
                    continue;
                // The head of "<head> of <name>" is the whole, not another entity: "General
                // Assembly" of "the General Assembly of the United Nations".
                const bool headOfName
                    = candidate.start == mention.range.start && text.mid(candidate.end).startsWith(u" of ");
                const auto [found, foundEnd] = std::as_const(startsByEnd).equal_range(candidate.end);
                if (std::any_of(found, foundEnd,
                        [&](qsizetype start) { return start > mention.range.start && start <= candidate.start; }))
                    continue;
                const QStringView name = text.mid(candidate.start, candidate.length());
                // Every name of the registry has a type (typeOf()): one look-up settles the many
                // candidates that are neither a place nor a body it knows.
                const bool registered = !personsOnly && registry.typeOf(name).has_value();
                EntityType type = EntityType::Place;
                QString canonical = registered ? registry.canonical(type, name) : QString();
                if (canonical.isEmpty() && !personsOnly) {
                    type = EntityType::Organization;
                    if (registered)
                        canonical = registry.canonical(type, name);
                }
                if (canonical.isEmpty() && mention.type != EntityType::Person) {
                    type = EntityType::Person;
                    canonical = people.value(name.toString());
                }
                if (canonical.isEmpty() || canonical == mention.canonical) // "New York Times" in "The New York Times"
                    continue;
                if (headOfName && type != EntityType::Person)
                    continue;
                EntityMention inner;
                inner.range = candidate;
                // A place or body after "of the" inside the name keeps its article, as it would on
                // its own, when it ends the name's phrase: "The Government of [the Republic of
                // Albania]", not "... of the [New York City] Fire Department".
                const QStringView after = text.mid(candidate.end, 2);
                if (type != EntityType::Person && candidate.start - 4 > mention.range.start
                    && text.mid(candidate.start - 8, 8) == u" of the "
                    && !(after.size() == 2 && after.at(0).isSpace() && after.at(1).isUpper()))
                    inner.range.start -= 4;
                inner.type = type;
                inner.text = text.mid(inner.range.start, inner.range.length()).toString();
                inner.canonical = canonical;
                nested.append(inner);
                first = last;
                break;
            }
        }
    }
    if (nested.isEmpty())
        return;
    mentions.append(nested);
    std::stable_sort(mentions.begin(), mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
}

} // namespace Lectern
