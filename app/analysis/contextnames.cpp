// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contextnames.h"

#include "analysis/entityregistry.h"
#include "analysis/nameclassifier.h"
#include "analysis/wordlist.h"
#include "analysis/wordset.h"

#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'\'' || c == u'\u2019';
}

void sortByStart(QList<EntityMention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
}

bool overlaps(const EntityMention &mention, qsizetype start, qsizetype end)
{
    return mention.range.start < end && start < mention.range.end;
}

bool overlapsAny(const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    return std::any_of(mentions.cbegin(), mentions.cend(),
        [start, end](const EntityMention &mention) { return overlaps(mention, start, end); });
}

EntityMention mentionOf(QStringView text, qsizetype start, qsizetype end, EntityType type)
{
    EntityMention mention;
    mention.range = {start, end};
    mention.type = type;
    mention.text = text.mid(start, end - start).toString();
    return mention;
}

/// The word that ends at \a end, back to the space before it; empty when \a end is no word's end.
TextRange wordEndingAt(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    return {start, end};
}

/// Lower-case words inside a name that an acronym leaves out: "Department of Homeland Security".
bool isNameConnector(QStringView word)
{
    static const QSet<QString> words = wordSet({u"of", u"and", u"for", u"on", u"in", u"to", u"the", u"&", u"de", u"des",
        u"du", u"la", u"le", u"di", u"del", u"della", u"da", u"do", u"dos", u"das"});
    return containsWord(words, word);
}

/// The initials of a capitalised word as an acronym takes them: "S" of "Security", "C" of
/// "Co-operation", "NP" of "Non-Proliferation", "5" of "5".
QString initialsOf(QStringView word)
{
    QString initials;
    for (const QStringView part : word.split(u'-', Qt::SkipEmptyParts)) {
        if (part.front().isUpper() || part.front().isDigit())
            initials.append(part.front());
    }
    return initials;
}

/// The start of the name that the acronym \a letters abbreviates, the name ending at \a end: its
/// capitalised words give the acronym's letters in order, the connectors none. -1 when the words
/// before \a end do not spell it.
qsizetype nameStartOf(QStringView text, qsizetype end, QStringView letters)
{
    constexpr int MostWords = 12;
    qsizetype unmatched = letters.size(); // the letters not yet matched are [0, unmatched)
    qsizetype pos = end;
    for (int words = 0; words < MostWords && pos > 0; ++words) {
        const TextRange word = wordEndingAt(text, pos);
        if (word.length() == 0)
            return -1;
        const QStringView w = text.mid(word.start, word.length());
        // A hyphen set apart, as tokenized text has it: "American - Islamic".
        if (isNameConnector(w) || w == u"-") {
            if (word.start == 0 || text.at(word.start - 1) != u' ')
                return -1;
            pos = word.start - 1;
            continue;
        }
        const QString initials = initialsOf(w);
        if (initials.isEmpty())
            return -1;
        // All the hyphenated parts' initials ("Non-Proliferation": "NP"), or the first's alone.
        const QString first = initials.left(1);
        if (unmatched >= initials.size()
            && letters.mid(unmatched - initials.size(), initials.size()).compare(initials, Qt::CaseInsensitive) == 0)
            unmatched -= initials.size();
        else if (unmatched >= 1 && letters.mid(unmatched - 1, 1).compare(first, Qt::CaseInsensitive) == 0)
            --unmatched;
        else
            return -1;
        if (unmatched == 0)
            return word.start;
        if (word.start == 0 || text.at(word.start - 1) != u' ')
            return -1;
        pos = word.start - 1;
    }
    return -1;
}

/// The type of the name [start, end) an acronym abbreviates: that of a mention of all of it, else
/// an organisation when a word of it heads organisations ("Union of Rationalist Atheists and
/// Agnostics", "United Nations Office at Nairobi", not the place its last word names). Nullopt
/// when it names a person or a date, when a mention runs over its edges, or when nothing tells.
std::optional<EntityType> typeOfDefinedName(
    QStringView text, const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    for (const EntityMention &mention : mentions) {
        if (!overlaps(mention, start, end))
            continue;
        if (mention.type == EntityType::Person || mention.type == EntityType::Date || mention.range.start < start
            || mention.range.end > end)
            return std::nullopt;
        if (mention.range.start == start && mention.range.end == end)
            return mention.type;
    }
    for (const QStringView word : text.mid(start, end - start).split(u' ', Qt::SkipEmptyParts)) {
        if (isOrganizationWord(word))
            return EntityType::Organization;
    }
    return std::nullopt;
}

/// The type of the names that \a word heads when a text names one again by it: an organisation
/// ("Council", "Assembly"), an event ("Summit") or an agreement ("Treaty"); nullopt for other words.
std::optional<EntityType> typeHeadedBy(QStringView word)
{
    static const QSet<QString> events = lastWords(gazetteerEntries(QStringLiteral("event-keywords.txt")));
    static const QSet<QString> agreements = lastWords(gazetteerEntries(QStringLiteral("agreement-keywords.txt")));
    static const QSet<QString> bodies
        = lastWords(gazetteerEntries(QStringLiteral("organization-pattern-keywords.txt")));
    if (containsWord(events, word))
        return EntityType::Event;
    if (containsWord(agreements, word))
        return EntityType::Agreement;
    if (containsWord(bodies, word) || isOrganizationWord(word))
        return EntityType::Organization;
    return std::nullopt;
}

/// The head word of a name: its last, or the one before its "of" ("Church" of "the Church of
/// Scientology").
QStringView headOf(QStringView name)
{
    const qsizetype of = name.indexOf(u" of ");
    if (of > 0)
        name = name.left(of);
    const qsizetype space = name.lastIndexOf(u' ');
    return space < 0 ? name : name.sliced(space + 1);
}

} // namespace

void extendToKnownNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    constexpr int MostExtraWords = 5;
    bool changed = false;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const EntityMention &mention = mentions.at(m);
        if (mention.type == EntityType::Person || mention.type == EntityType::Date)
            continue;
        qsizetype end = mention.range.end;
        qsizetype knownEnd = -1;
        EntityType knownType = mention.type;
        for (int words = 0; words < MostExtraWords; ++words) {
            if (end + 1 >= text.size() || text.at(end) != u' ')
                break;
            qsizetype wordEnd = end + 1;
            while (wordEnd < text.size() && isWordCharacter(text.at(wordEnd)))
                ++wordEnd;
            if (!text.at(end + 1).isLetterOrNumber())
                break; // punctuation set apart, as tokenized text has it: "Armenia ."
            end = wordEnd;
            // A sentence's full stop is no part of the name: "Mission in Kosovo."
            const qsizetype nameEnd = text.at(end - 1) == u'.' ? end - 1 : end;
            const QStringView longer = text.mid(mention.range.start, nameEnd - mention.range.start);
            if (const std::optional<EntityType> known = registry.typeOf(longer)) {
                knownEnd = nameEnd;
                knownType = *known;
            }
        }
        if (knownEnd < 0)
            continue;
        const qsizetype start = mention.range.start;
        // The mentions inside the longer name go; one that runs past its end keeps the name short.
        bool crossed = false;
        for (const EntityMention &other : std::as_const(mentions)) {
            if (&other != &mention && overlaps(other, start, knownEnd) && other.range.end > knownEnd)
                crossed = true;
        }
        if (crossed)
            continue;
        EntityMention longer = mentionOf(text, start, knownEnd, knownType);
        mentions.removeIf([start, knownEnd](const EntityMention &other) {
            return other.range.start >= start && other.range.end <= knownEnd;
        });
        mentions.append(longer);
        sortByStart(mentions);
        changed = true;
        m = -1; // the list changed: look again from the start (a text has few such names)
    }
    if (changed)
        sortByStart(mentions);
}

void joinOfNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    for (qsizetype m = 0; m + 1 < mentions.size(); ++m) {
        const EntityMention &head = mentions.at(m);
        const EntityMention &name = mentions.at(m + 1);
        if (head.type != EntityType::Organization
            || (name.type != EntityType::Place && name.type != EntityType::Organization))
            continue;
        const QStringView between = text.mid(head.range.end, name.range.start - head.range.end);
        const QStringView last = text.mid(head.range.start, head.range.length()).split(u' ').constLast();
        const bool of = between == u" of the " || between == u" of ";
        const bool mission = (between == u" in " || between == u" to ") && name.type == EntityType::Place
            && (last == u"Mission" || last == u"Operation");
        // A name of one word is not that of a body: "the Congress of Vienna" met in 1815.
        if ((!of && !mission) || !text.mid(head.range.start, head.range.length()).contains(u' '))
            continue;
        const QStringView known = text.mid(name.range.start, name.range.length());
        if (!registry.typeOf(known))
            continue;
        // The name keeps its article inside the whole: "the General Assembly of [the United Nations]".
        if (between.endsWith(u" the "))
            mentions[m + 1].range.start -= 4;
        mentions[m] = mentionOf(text, head.range.start, name.range.end, EntityType::Organization);
    }
}

void addDefinedAcronyms(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression bracketed(QStringLiteral("\\( ?([A-Z][A-Z0-9&]{1,9}) ?\\)"));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it = bracketed.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView acronym = match.capturedView(1);
        QString letters = acronym.toString();
        letters.remove(u'&');
        qsizetype end = match.capturedStart();
        while (end > 0 && text.at(end - 1) == u' ')
            --end;
        const qsizetype start = nameStartOf(text, end, letters);
        if (start < 0)
            continue;
        const std::optional<EntityType> type = typeOfDefinedName(text, mentions, start, end);
        if (!type)
            continue;
        mentions.removeIf([start, end](const EntityMention &mention) { return overlaps(mention, start, end); });
        EntityMention name = mentionOf(text, start, end, *type);
        name.canonical = name.text.simplified();
        mentions.append(name);
        // The acronym here and further on, where nothing else was found.
        const QString word = acronym.toString();
        for (qsizetype at = text.indexOf(word, match.capturedStart(1)); at >= 0;
             at = text.indexOf(word, at + word.size())) {
            const qsizetype after = at + word.size();
            if ((at > 0 && text.at(at - 1).isLetterOrNumber())
                || (after < text.size() && text.at(after).isLetterOrNumber()))
                continue;
            if (overlapsAny(mentions, at, after) || overlapsAny(added, at, after))
                continue;
            EntityMention abbreviated = mentionOf(text, at, after, *type);
            abbreviated.canonical = name.canonical; // "FEMA" is the Federal Emergency Management Agency
            added.append(abbreviated);
        }
        sortByStart(mentions);
    }
    if (added.isEmpty())
        return;
    mentions.append(added);
    sortByStart(mentions);
}

void addShortForms(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression shortForm(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:[Tt]he|[Tt]his) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}\\-])"));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it = shortForm.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView head = match.capturedView(1);
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        const std::optional<EntityType> type = typeHeadedBy(head);
        if (!type || overlapsAny(mentions, start, end))
            continue;
        // More of a longer name follows: "the Council President", "the Court of Cassation".
        const QStringView after = text.mid(end, 5);
        if ((after.size() >= 2 && after.at(0) == u' ' && after.at(1).isUpper()) || after.startsWith(u" of ")
            || after.startsWith(u" for ") || after.startsWith(u" on "))
            continue;
        // The last name met before with that head word, not a short form itself.
        const EntityMention *named = nullptr;
        for (const EntityMention &mention : std::as_const(mentions)) {
            if (mention.range.end > start)
                break;
            const QString name = mention.text.simplified();
            if (mention.type == *type && name.contains(u' ') && headOf(name) == head)
                named = &mention;
        }
        if (!named)
            continue;
        EntityMention mention = mentionOf(text, start, end, *type);
        mention.canonical = named->canonical;
        added.append(mention);
    }
    if (added.isEmpty())
        return;
    mentions.append(added);
    sortByStart(mentions);
}

void joinPlaceAndRegion(QStringView text, QList<EntityMention> &mentions)
{
    constexpr int MostNameWords = 3;
    QList<EntityMention> joined;
    QList<qsizetype> replaced; // the mentions of the places' own names
    QStringList names; // the places' own names that no mention had
    for (qsizetype r = 0; r < mentions.size(); ++r) {
        const EntityMention &region = mentions.at(r);
        if (region.type != EntityType::Place)
            continue;
        // The comma before the region, as running or tokenized text has it.
        qsizetype nameEnd = region.range.start;
        if (nameEnd >= 2 && text.mid(nameEnd - 2, 2) == u", ")
            nameEnd -= 2;
        else
            continue;
        if (nameEnd > 0 && text.at(nameEnd - 1) == u' ')
            --nameEnd;
        // A list goes on after it: "Japan, Korea, and China".
        QStringView after = text.mid(region.range.end, 6);
        if (after.startsWith(u' '))
            after = after.sliced(1);
        if (after.startsWith(u", ") && after.size() > 2 && !after.at(2).isLower())
            continue;
        if (after.startsWith(u", and") || after.startsWith(u", or") || after.startsWith(u"and ")
            || after.startsWith(u"or "))
            continue;
        // Nor does the region go on: "in Ukraine, Russia’s war".
        if (!after.isEmpty() && !after.front().isSpace() && !after.front().isPunct())
            continue;
        if (after.startsWith(u'\u2019') || after.startsWith(u'\''))
            continue;
        // The place: a place mention that ends there, or capitalised words no mention has.
        qsizetype nameStart = -1;
        qsizetype own = -1;
        for (qsizetype m = r - 1; m >= 0; --m) {
            if (mentions.at(m).range.end == nameEnd && mentions.at(m).type == EntityType::Place) {
                own = m;
                nameStart = mentions.at(m).range.start;
            }
            if (mentions.at(m).range.end <= nameEnd - 40)
                break;
        }
        if (own < 0) {
            qsizetype pos = nameEnd;
            for (int words = 0; words < MostNameWords; ++words) {
                const TextRange word = wordEndingAt(text, pos);
                const QStringView w = text.mid(word.start, word.length());
                if (w.isEmpty() || !w.front().isUpper() || isSentenceWord(w))
                    break;
                nameStart = word.start;
                if (word.start == 0 || text.at(word.start - 1) != u' ')
                    break;
                pos = word.start - 1;
            }
            if (nameStart < 0 || overlapsAny(mentions, nameStart, nameEnd))
                continue;
        }
        // After a word of place ("in Irving, Texas"), not at a sentence's start ("However, Texas").
        const TextRange before = wordEndingAt(text, nameStart > 0 ? nameStart - 1 : 0);
        static const QSet<QString> locative
            = wordSet({u"in", u"at", u"from", u"near", u"outside", u"to", u"of", u"across", u"around", u"into"});
        if (nameStart == 0 || text.at(nameStart - 1) != u' '
            || !containsWord(locative, text.mid(before.start, before.length())))
            continue;
        joined.append(mentionOf(text, nameStart, region.range.end, EntityType::Place));
        if (own >= 0)
            replaced.append(own);
        else
            names.append(text.mid(nameStart, nameEnd - nameStart).toString());
    }
    if (joined.isEmpty())
        return;
    std::sort(replaced.begin(), replaced.end());
    for (qsizetype k = replaced.size() - 1; k >= 0; --k)
        mentions.removeAt(replaced.at(k));
    mentions.append(joined);
    sortByStart(mentions);
    // The place's own name further on: "Irving" after "Irving, Texas".
    QList<EntityMention> added;
    for (const QString &name : std::as_const(names)) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size())) {
            const qsizetype end = at + name.size();
            if ((at > 0 && text.at(at - 1).isLetterOrNumber()) || (end < text.size() && text.at(end).isLetterOrNumber())
                || overlapsAny(mentions, at, end) || overlapsAny(added, at, end))
                continue;
            added.append(mentionOf(text, at, end, EntityType::Place));
        }
    }
    mentions.append(added);
    sortByStart(mentions);
}

void addBillNumbers(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression bill(
        QStringLiteral("(?<![\\p{L}\\p{N}])H\\. ?(?:R\\.|Res\\.|J\\. ?Res\\.) ?\\d{1,5}(?![\\p{L}\\p{N}])"));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it = bill.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        // Its initials are no person's ("H. R." of tokenized text).
        mentions.removeIf([start, end](const EntityMention &mention) {
            return mention.type == EntityType::Person && mention.range.start >= start && mention.range.end <= end;
        });
        if (!overlapsAny(mentions, start, end))
            added.append(mentionOf(text, start, end, EntityType::Agreement));
    }
    if (added.isEmpty())
        return;
    mentions.append(added);
    sortByStart(mentions);
}

void addEventYears(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression yearBefore(QStringLiteral("(?<![\\p{L}\\p{N}])[12]\\d{3} \\z"));
    static const QRegularExpression yearAfter(QStringLiteral("\\A [12]\\d{3}(?![\\p{L}\\p{N}])"));
    const auto isAcronym = [](QStringView word) {
        return word.size() >= 2
            && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper() || c.isDigit(); });
    };
    QList<EntityMention> years;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        if (mentions.at(m).type != EntityType::Event)
            continue;
        TextRange range = mentions.at(m).range;
        // The organiser's acronym: "FIFA| World Cup".
        if (m > 0 && mentions.at(m - 1).type == EntityType::Organization
            && mentions.at(m - 1).range.end + 1 == range.start && text.at(range.start - 1) == u' '
            && isAcronym(text.mid(mentions.at(m - 1).range.start, mentions.at(m - 1).range.length()))) {
            range.start = mentions.at(m - 1).range.start;
            mentions.removeAt(m - 1);
            --m;
        }
        const QRegularExpressionMatch before
            = yearBefore.matchView(text.first(range.start).last(std::min<qsizetype>(range.start, 6)));
        if (before.hasMatch()) {
            range.start -= before.capturedLength();
            if (!overlapsAny(mentions, range.start, range.start + 4)
                && !overlapsAny(years, range.start, range.start + 4))
                years.append(mentionOf(text, range.start, range.start + 4, EntityType::Date));
        }
        const QRegularExpressionMatch after = yearAfter.matchView(text.mid(range.end, 6));
        // Not the year of a longer name: "Pacific Islands Forum| 2050 Strategy".
        const QStringView next = text.mid(range.end + 5, 2);
        if (after.hasMatch() && !(next.size() == 2 && next.at(0) == u' ' && next.at(1).isUpper()))
            range.end += after.capturedLength();
        if (range.start == mentions.at(m).range.start && range.end == mentions.at(m).range.end)
            continue;
        mentions[m] = mentionOf(text, range.start, range.end, EntityType::Event);
    }
    mentions.append(years);
    sortByStart(mentions);
}

void addDatelines(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    static const QRegularExpression dateline(QStringLiteral(
        "(?m)^[ \\t]*(\\p{Lu}{3,}(?: \\p{Lu}{2,}){0,2})(?:, [\\p{Lu}.]+)? ?[\\x{2014}\\x{2013}-]{1,2} "));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it = dateline.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // "NEW YORK" as the gazetteers write it: "New York".
        QStringList words = match.captured(1).split(u' ');
        for (QString &word : words)
            word = word.left(1) + word.mid(1).toLower();
        const QString name = words.join(u' ');
        if (registry.typeOf(name) != EntityType::Place)
            continue;
        const qsizetype start = match.capturedStart(1);
        const qsizetype end = match.capturedEnd(1);
        if (overlapsAny(mentions, start, end))
            continue;
        EntityMention place = mentionOf(text, start, end, EntityType::Place);
        place.canonical = registry.canonical(EntityType::Place, name);
        added.append(place);
    }
    if (added.isEmpty())
        return;
    mentions.append(added);
    sortByStart(mentions);
}

} // namespace Lectern
