// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/namejoins.h"

#include "analysis/entityregistry.h"
#include "analysis/mentionlist.h"
#include "analysis/nameclassifier.h"
#include "analysis/wordset.h"

#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

using namespace MentionList;

void extendToKnownNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    constexpr int MostExtraWords = 5;
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const EntityMention &mention = mentions.at(m);
        if (mention.type == EntityType::Person || mention.type == EntityType::Date)
            continue;
        qsizetype end = mention.range.end;
        qsizetype knownEnd = -1;
        EntityType knownType = mention.type;
        // Each name looked up goes on from the words before it: once the registry has no name
        // that goes on from them, it has none of the longer ones.
        for (int words = 0;
             words < MostExtraWords && registry.hasLongerName(text.mid(mention.range.start, end - mention.range.start));
             ++words) {
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
        m = -1; // the list changed: look again from the start (a text has few such names)
    }
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
    addSorted(mentions, added);
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

} // namespace Lectern
