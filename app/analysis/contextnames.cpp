// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contextnames.h"

#include "analysis/entityregistry.h"
#include "analysis/mentionlist.h"
#include "analysis/nameclassifier.h"
#include "analysis/wordlist.h"
#include "analysis/wordset.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

using namespace MentionList;

namespace {

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

/// The first \a acronym of \a text from \a from, or -1, as QStringView::indexOf() finds it: by its
/// first character, a capital that few places of a text have, where the search for the whole
/// acronym read every character of the text at several times the cost.
qsizetype indexOfAcronym(QStringView text, QStringView acronym, qsizetype from)
{
    for (qsizetype at = text.indexOf(acronym.front(), from); at >= 0; at = text.indexOf(acronym.front(), at + 1)) {
        if (text.sliced(at).startsWith(acronym))
            return at;
    }
    return -1;
}

} // namespace

// The text has no unpaired surrogate (Recognizer::analyze sees to it): PCRE2 need not check it
// on every search, which would cost as much as the search.
constexpr auto wholeTextOption = QRegularExpression::DontCheckSubjectStringMatchOption;

void addDefinedAcronyms(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression bracketed(QStringLiteral("\\( ?([A-Z][A-Z0-9&]{1,9}) ?\\)"));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it
        = bracketed.globalMatchView(text, 0, QRegularExpression::NormalMatch, wholeTextOption);
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
        for (qsizetype at = indexOfAcronym(text, word, match.capturedStart(1)); at >= 0;
             at = indexOfAcronym(text, word, at + word.size())) {
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
    addSorted(mentions, added);
}

namespace {

bool isAscii(QChar c)
{
    return c.unicode() < 0x80;
}

/// The marks set around words that are neither letters, digits nor hyphens in any version of
/// Unicode: the no-break space, dashes, curly quotes and the ellipsis.
bool isTypographicMark(QChar c)
{
    switch (c.unicode()) {
    case u'\u00A0':
    case u'\u2013':
    case u'\u2014':
    case u'\u2018':
    case u'\u2019':
    case u'\u201C':
    case u'\u201D':
    case u'\u2026':
        return true;
    default:
        return false;
    }
}

/// A character whose properties shortFormHeadAt() knows without the expression.
bool isKnownHere(QChar c)
{
    return isAscii(c) || isTypographicMark(c);
}

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

/// A short form: "the" or "this", then a capitalised word (its head) that ends there.
const QRegularExpression &shortFormExpression()
{
    static const QRegularExpression shortForm(QStringLiteral(
        "[Tt]h(?:e|is)(?<![\\p{L}\\p{N}][Tt]he|[\\p{L}\\p{N}][Tt]his) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}\\-])"));
    return shortForm;
}

/// The head word of the short form that starts at \a at ("the |Council|", "this |Assembly|"), as
/// shortFormExpression() matches it there; empty when none starts there. Where only ASCII
/// characters and typographic marks decide, they are read here; another character beyond ASCII
/// before the form, or at the head word's start or end, is left to the expression and its
/// Unicode properties. Running the expression over the whole text cost 1.4% of the recogniser.
TextRange shortFormHeadAt(QStringView text, qsizetype at)
{
    const qsizetype size = text.size();
    if (at + 1 >= size || (text.at(at) != u'T' && text.at(at) != u't') || text.at(at + 1) != u'h')
        return {};
    qsizetype head = -1;
    if (at + 3 < size && text.at(at + 2) == u'e' && text.at(at + 3) == u' ')
        head = at + 4;
    else if (at + 4 < size && text.at(at + 2) == u'i' && text.at(at + 3) == u's' && text.at(at + 4) == u' ')
        head = at + 5;
    if (head < 0 || head >= size)
        return {};
    const QChar first = text.at(head);
    if (isAscii(first) && !(first >= u'A' && first <= u'Z'))
        return {};
    if (at > 0 && isAsciiLetterOrDigit(text.at(at - 1)))
        return {};
    qsizetype end = head + 1;
    while (end < size && text.at(end) >= u'a' && text.at(end) <= u'z')
        ++end;
    if (end < size && isAscii(text.at(end)) && (isAsciiLetterOrDigit(text.at(end)) || text.at(end) == u'-'))
        return {};
    if ((at == 0 || isKnownHere(text.at(at - 1))) && isAscii(first) && (end == size || isKnownHere(text.at(end))))
        return end > head + 1 ? TextRange {head, end} : TextRange {};
    const QRegularExpressionMatch match = shortFormExpression().matchView(
        text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption | wholeTextOption);
    return match.hasMatch() ? TextRange {match.capturedStart(1), match.capturedEnd(1)} : TextRange {};
}

} // namespace

void addShortForms(QStringView text, QList<EntityMention> &mentions)
{
    QList<EntityMention> added;
    qsizetype passed = 0; // the mentions read for lastNamed
    QHash<std::pair<EntityType, QString>, const EntityMention *> lastNamed; // by type and head word
    // From left to right, as a global match of shortFormExpression(): every short form has an
    // "h" second.
    for (qsizetype h = text.indexOf(u'h', 1); h >= 0; h = text.indexOf(u'h', h + 1)) {
        const qsizetype start = h - 1;
        const TextRange headRange = shortFormHeadAt(text, start);
        if (headRange.length() == 0)
            continue;
        const QStringView head = text.mid(headRange.start, headRange.length());
        const qsizetype end = headRange.end;
        h = end; // the next form starts after this one
        const std::optional<EntityType> type = typeHeadedBy(head);
        if (!type || overlapsAny(mentions, start, end))
            continue;
        // More of a longer name follows: "the Council President", "the Court of Cassation".
        const QStringView after = text.mid(end, 5);
        if ((after.size() >= 2 && after.at(0) == u' ' && after.at(1).isUpper()) || after.startsWith(u" of ")
            || after.startsWith(u" for ") || after.startsWith(u" on "))
            continue;
        // The last name met before with that head word, not a short form itself: the mentions are
        // read once, in order, up to the first that ends after this one starts.
        for (; passed < mentions.size() && mentions.at(passed).range.end <= start; ++passed) {
            const EntityMention &mention = mentions.at(passed);
            // Only a name of several words counts: one without white space has none simplified.
            if (std::none_of(mention.text.cbegin(), mention.text.cend(), [](QChar c) { return c.isSpace(); }))
                continue;
            const QString name = mention.text.simplified();
            if (name.contains(u' '))
                lastNamed.insert({mention.type, headOf(name).toString()}, &mention);
        }
        const EntityMention *named = lastNamed.value({*type, head.toString()});
        if (!named)
            continue;
        EntityMention mention = mentionOf(text, start, end, *type);
        mention.canonical = named->canonical;
        added.append(mention);
    }
    addSorted(mentions, added);
}

void addBillNumbers(QStringView text, QList<EntityMention> &mentions)
{
    static const QRegularExpression bill(
        QStringLiteral("H(?<![\\p{L}\\p{N}]H)\\. ?(?:R\\.|Res\\.|J\\. ?Res\\.) ?\\d{1,5}(?![\\p{L}\\p{N}])"));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it
        = bill.globalMatchView(text, 0, QRegularExpression::NormalMatch, wholeTextOption);
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
    addSorted(mentions, added);
}

void addDatelines(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    static const QRegularExpression dateline(QStringLiteral(
        "(?m)^[ \\t]*(\\p{Lu}{3,}(?: \\p{Lu}{2,}){0,2})(?:, [\\p{Lu}.]+)? ?[\\x{2014}\\x{2013}-]{1,2} "));
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it
        = dateline.globalMatchView(text, 0, QRegularExpression::NormalMatch, wholeTextOption);
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
    addSorted(mentions, added);
}

void addMediaNames(QStringView text, QList<EntityMention> &mentions)
{
    // "The" first, so that PCRE2 looks for its letters only; the word before is checked below.
    static const QRegularExpression mediaName(
        QStringLiteral("The(?<![\\p{L}\\p{N}]The) (?:\\p{Lu}[\\p{L}\\p{N}.]*)(?: (?:and "
                       ")?\\p{Lu}[\\p{L}\\p{N}.]*){0,3}(?![\\p{L}\\p{N}])"));
    static const QSet<QString> prepositions = wordSet({u"told", u"in", u"with", u"to", u"by", u"of"});
    static const QSet<QString> wordsBefore = wordSet({u"wrote", u"writing", u"published", u"op-ed", u"interview",
        u"interviews", u"according", u"speaking", u"said", u"told", u"reported", u"column", u"article"});
    QList<EntityMention> added;
    QRegularExpressionMatchIterator it
        = mediaName.globalMatchView(text, 0, QRegularExpression::NormalMatch, wholeTextOption);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        qsizetype end = match.capturedEnd();
        if (start < 2 || text.at(start - 1) != u' ')
            continue;
        const TextRange before = wordEndingAt(text, start - 1);
        const QStringView preposition = text.mid(before.start, before.length());
        if (!prepositions.contains(preposition.toString()))
            continue;
        if (text.at(end - 1) == u'.')
            --end; // the sentence's full stop
        if (overlapsAny(mentions, start, end) || overlapsAny(added, start, end))
            continue;
        bool media = preposition == u"told";
        if (!media && preposition == u"of") {
            // "Matthew Ingram of The Globe and Mail": a person's name of two words right before
            // (the people are not all found yet), not a body ("Department of The ...").
            const TextRange surname = wordEndingAt(text, before.start - 1);
            const TextRange given = wordEndingAt(text, surname.start - 1);
            const QStringView last = text.mid(surname.start, surname.length());
            const QStringView first = text.mid(given.start, given.length());
            const auto nameLike = [](QStringView w) {
                return w.size() >= 2 && w.front().isUpper() && w.back().isLower() && !isOrganizationWord(w);
            };
            media = surname.start > 0 && nameLike(last) && nameLike(first);
        } else if (!media) {
            // "wrote in", "an interview with", "according to", "said to", up to two words before.
            qsizetype pos = before.start - 1;
            for (int words = 0; words < 2 && pos > 0 && !media; ++words) {
                const TextRange word = wordEndingAt(text, pos);
                if (word.length() == 0)
                    break;
                media = containsWord(wordsBefore, text.mid(word.start, word.length()));
                pos = word.start - 1;
            }
        }
        if (media)
            added.append(mentionOf(text, start, end, EntityType::Organization));
    }
    addSorted(mentions, added);
}

} // namespace Lectern
