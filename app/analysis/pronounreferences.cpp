// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The references of SpeakerAttribution: the pronouns and descriptions that stand for an entity the
// text names ("he", "my", "its", "the country"), references() and its helpers.
#include "analysis/entityregistry.h"
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"

#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {
constexpr qsizetype referenceReach = 600; ///< a third-person pronoun's name ends at most this far before it

enum class Person
{
    None,
    First,
    Male,
    Female,
};

Person personOf(QStringView word)
{
    // "I", "me", "my", "myself" and the third persons of one; "her" both object and possessive.
    // The first letter in either case, the others in lower case.
    if (word.size() == 1)
        return word == u'I' ? Person::First : Person::None;
    if (word.size() > 7 || word.front().unicode() > 0x7f)
        return Person::None;
    const QStringView rest = word.mid(1);
    switch (word.front().unicode() | 0x20) {
    case u'm':
        if (rest == u"e" || rest == u"y" || rest == u"yself")
            return Person::First;
        break;
    case u'h':
        if (rest == u"e" || rest == u"is" || rest == u"im" || rest == u"imself")
            return Person::Male;
        if (rest == u"er" || rest == u"erself")
            return Person::Female;
        break;
    case u's':
        if (rest == u"he")
            return Person::Female;
        break;
    default:
        break;
    }
    return Person::None;
}

/// Who "I" is when no title names the author: the entity list shows "the speaker".
QString unnamedSpeaker()
{
    return QStringLiteral("the speaker");
}

bool isWordLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') || u == u'-' : c.isLetter();
}

bool isLabel(QStringView canonical)
{
    // A transcript's label in capitals: "THE PRESIDENT", "MS. BUSH".
    return canonical.size() > 1
        && std::none_of(canonical.begin(), canonical.end(), [](QChar c) { return c.isLower(); });
}

enum class Described
{
    None,
    Country,
    Organization,
    Event,
    Agreement,
};

/// What a description's head noun stands for ("country", "company", "festival", "legislation").
Described describedBy(QStringView head)
{
    if (head.isEmpty() || head.size() > 12)
        return Described::None;
    switch (head.front().unicode() | 0x20) { // by the first letter, before the words
    case u'a':
        return head == u"agreement" || head == u"act" || head == u"accord" || head == u"Act" ? Described::Agreement
                                                                                             : Described::None;
    case u'b':
        return head == u"bill" ? Described::Agreement : Described::None;
    case u'c':
        if (head == u"country" || head == u"Country")
            return Described::Country;
        if (head == u"company" || head == u"church")
            return Described::Organization;
        if (head == u"competition" || head == u"contest" || head == u"conference")
            return Described::Event;
        return head == u"charter" ? Described::Agreement : Described::None;
    case u'e':
        return head == u"event" ? Described::Event : Described::None;
    case u'f':
        return head == u"festival" ? Described::Event : Described::None;
    case u'l':
        return head == u"legislation" ? Described::Agreement : Described::None;
    case u'n':
        return head == u"nation" || head == u"Nation" ? Described::Country : Described::None;
    case u'o':
        return head == u"organization" || head == u"organisation" ? Described::Organization : Described::None;
    case u's':
        return head == u"summit" ? Described::Event : Described::None;
    case u't':
        if (head == u"team")
            return Described::Organization;
        if (head == u"treaty" || head == u"Treaty")
            return Described::Agreement;
        return head == u"tournament" ? Described::Event : Described::None;
    case u'u':
        return head == u"university" ? Described::Organization : Described::None;
    default:
        return Described::None;
    }
}
} // namespace

QString SpeakerAttribution::author() const
{
    // The title is the first line with words, or a front matter's "title:" line.
    qsizetype start = 0;
    qsizetype end = 0;
    while (start < m_text.size()) {
        end = m_text.indexOf(u'\n', start);
        if (end < 0)
            end = m_text.size();
        const QStringView line = m_text.mid(start, end - start).trimmed();
        if (line == u"---" && start == 0) { // front matter: its title
            const qsizetype title = m_text.indexOf(QLatin1String("\ntitle:"));
            if (title < 0 || title > 2000)
                break;
            start = title + 7;
            end = m_text.indexOf(QLatin1String("\n---"), start);
            if (end < 0)
                break;
            end = std::min(end, start + 400);
            break;
        }
        if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetter(); }))
            break;
        start = end + 1;
    }
    // "Remarks by President Biden on ...", "Statement from ...": the person right after "by" or
    // "from"; else a person the title opens with ("Pelosi Floor Speech ..."). Not "Mr. President",
    // "Madam Speaker": the one spoken to.
    while (start < end && m_text.at(start).isSpace())
        ++start;
    const QStringView title = m_text.mid(start, end - start).trimmed();
    // A salutation ("Mr. President,") or a sentence is no title.
    if (title.isEmpty() || title.size() > 200 || title.back() == u',' || title.back() == u'.' || title.back() == u':')
        return unnamedSpeaker();
    // Nor is an address: "Your Excellency Philemon Yang", "His Excellency Mr. ...".
    static const QSet<QString> salutations = {QStringLiteral("Your"), QStringLiteral("His"), QStringLiteral("Her"),
        QStringLiteral("Dear"), QStringLiteral("Excellency"), QStringLiteral("Excellencies"),
        QStringLiteral("Distinguished"), QStringLiteral("Honourable"), QStringLiteral("Honorable"),
        QStringLiteral("Mr"), QStringLiteral("Mr."), QStringLiteral("Madam"), QStringLiteral("Madame"),
        QStringLiteral("Mrs."), QStringLiteral("Ms."), QStringLiteral("H.E."), QStringLiteral("Ladies")};
    if (salutations.contains(title.left(title.indexOf(u' ')).toString()))
        return unnamedSpeaker();
    qsizetype by = title.indexOf(QLatin1String(" by "));
    if (by < 0)
        by = title.indexOf(QLatin1String(" from "));
    // Where the title starts, after a heading's marks.
    qsizetype opening = start;
    while (opening < end
        && (m_text.at(opening).isSpace() || m_text.at(opening) == u'#' || m_text.at(opening) == u'*'
            || m_text.at(opening) == u'"'))
        ++opening;
    const qsizetype from = by >= 0 ? start + by + 1 : opening;
    // Without "by", the title opens with the name, or with capitalised words before it ("Joe|
    // Biden Speech"), not "I called on Jeff Zients".
    const auto onlyCapitalsBetween = [this](qsizetype first, qsizetype to) {
        for (qsizetype at = first; at < to; ++at) {
            if (m_text.at(at).isLetter() && (at == 0 || !m_text.at(at - 1).isLetter())
                && (!m_text.at(at).isUpper()
                    || (m_text.at(at) == u'I' && (at + 1 == to || !m_text.at(at + 1).isLetter()))))
                return false;
        }
        return true;
    };
    static const QSet<QString> addressed = {QStringLiteral("Mr."), QStringLiteral("Mr"), QStringLiteral("Madam"),
        QStringLiteral("Madame"), QStringLiteral("Mrs."), QStringLiteral("Ms.")};
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.range.start >= std::min(end, from + 40))
            break;
        if (mention.range.start < from || (by < 0 && !onlyCapitalsBetween(opening, mention.range.start))
            || mention.type != EntityType::Person || mention.canonical.isEmpty() || !mention.canonical.front().isUpper()
            || isDescription(mention.canonical))
            continue;
        if (addressed.contains(mention.canonical.section(u' ', 0, 0)) && mention.canonical.count(u' ') == 1)
            continue;
        return mention.canonical;
    }
    // A title in quote marks names no person (a name in a quoted title is a work's): read the
    // capitalised words after "by" ("President\\_Biden", with a front matter's escapes), and
    // take the person of that surname the text names, else the words as they stand.
    if (by < 0)
        return unnamedSpeaker();
    qsizetype pos = from;
    while (pos < end && m_text.at(pos).isLetter()) // "by", "from"
        ++pos;
    QStringList words;
    while (pos < end && words.size() < 5) {
        while (pos < end && (m_text.at(pos).isSpace() || m_text.at(pos) == u'\\' || m_text.at(pos) == u'_'))
            ++pos;
        const qsizetype wordStart = pos;
        while (pos < end && (m_text.at(pos).isLetter() || m_text.at(pos) == u'.' || m_text.at(pos) == u'-'))
            ++pos;
        if (pos == wordStart || !m_text.at(wordStart).isUpper())
            break;
        words << m_text.mid(wordStart, pos - wordStart).toString();
    }
    // Only an office or a title opens an author's name here ("President\\_Biden"), not "Ukraine".
    static const QSet<QString> offices = {QStringLiteral("President"), QStringLiteral("Vice"), QStringLiteral("First"),
        QStringLiteral("Secretary"), QStringLiteral("Senator"), QStringLiteral("Governor"),
        QStringLiteral("Ambassador"), QStringLiteral("Prime"), QStringLiteral("Press"), QStringLiteral("Speaker"),
        QStringLiteral("Leader"), QStringLiteral("Representative"), QStringLiteral("Minister"),
        QStringLiteral("Chancellor"), QStringLiteral("King"), QStringLiteral("Queen"), QStringLiteral("Dr."),
        QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms.")};
    if (words.size() < 2 || !offices.contains(words.constFirst()))
        return unnamedSpeaker();
    QString named;
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.type == EntityType::Person && mention.canonical.section(u' ', -1) == words.constLast()
            && mention.canonical.size() > named.size())
            named = mention.canonical;
    }
    return named.isEmpty() ? words.join(u' ') : named;
}

std::optional<EntityMention> SpeakerAttribution::bodyBefore(qsizetype at) const
{
    // "its", "itself": the organisation or country named last in the sentence or the one before
    // ("NATO and its allies"), when no lower-case noun stands between that could be it ("the
    // alliance and its").
    const qsizetype from = sentenceBefore(at, std::max<qsizetype>(0, at - 300));
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), at,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    while (it != m_mentions.cbegin()) {
        --it;
        if (it->range.start < from)
            break;
        if (it->type == EntityType::Organization
            || (it->type == EntityType::Place && m_registry.isCountry(it->canonical))) {
            // A noun after "the" between the name and "its" is more likely what "its" stands for.
            for (qsizetype pos = it->range.end; pos + 4 < at; ++pos) {
                if ((m_text.at(pos) == u't' || m_text.at(pos) == u'T') && m_text.mid(pos, 4) == u"the "
                    && (pos == 0 || !m_text.at(pos - 1).isLetter()))
                    return std::nullopt;
            }
            return *it;
        }
        if (it->type == EntityType::Person)
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::describedEntityAt(qsizetype at, qsizetype end) const
{
    // "the country", "the nation": the country named last; "the organization", "the company", ...:
    // the organisation named last; "the festival", "the competition": the event; "this
    // legislation", "the treaty": the agreement; within reach. "Our country", "this Nation" and
    // a country or nation with no country named within reach: the country the statement names
    // most. An event's or an agreement's head may follow one adjective ("this important
    // legislation").
    constexpr qsizetype reach = 1000;
    qsizetype headEnd = 0;
    const qsizetype headStart = skipSpaces(end, std::min(m_text.size(), end + 3));
    if (headStart >= m_text.size() || !m_text.at(headStart).isLetter())
        return std::nullopt;
    QStringView head = wordAt(headStart, &headEnd);
    Described kind = describedBy(head);
    // (Not a determiner read as one: "that the agreement", "that such act".)
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("such"), QStringLiteral("any"), QStringLiteral("every"), QStringLiteral("no"),
        QStringLiteral("our"), QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"),
        QStringLiteral("her"), QStringLiteral("my"), QStringLiteral("your"), QStringLiteral("which")};
    if (kind == Described::None && head.size() <= 12 && head.front().isLower()
        && !determiners.contains(head.toString())) {
        qsizetype nextEnd = 0;
        const qsizetype next = skipSpaces(headEnd, std::min(m_text.size(), headEnd + 2));
        if (next < m_text.size() && m_text.at(next).isLetter()) {
            head = wordAt(next, &nextEnd);
            kind = describedBy(head);
            if (kind != Described::Event && kind != Described::Agreement)
                return std::nullopt;
            headEnd = nextEnd;
        }
    }
    if (kind == Described::None)
        return std::nullopt;
    const bool country = kind == Described::Country;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), at,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    if (it != m_mentions.cbegin() && std::prev(it)->range.end > at)
        return std::nullopt; // inside a name
    if (it != m_mentions.cend() && it->range.start < headEnd)
        return std::nullopt; // the start of one ("the Nation of Islam")
    const bool our = (m_text.at(at).unicode() | 0x20) == u'o';
    EntityMention described;
    described.range = {at, headEnd};
    described.text = m_text.mid(at, headEnd - at).toString();
    while (!our && it != m_mentions.cbegin()) {
        --it;
        if (at - it->range.end > reach)
            break;
        bool fits = false;
        switch (kind) {
        case Described::Country:
            fits = it->type == EntityType::Place && m_registry.isCountry(it->canonical);
            break;
        case Described::Organization:
            fits = it->type == EntityType::Organization;
            break;
        case Described::Event:
            fits = it->type == EntityType::Event;
            break;
        case Described::Agreement:
            fits = it->type == EntityType::Agreement;
            break;
        case Described::None:
            break;
        }
        if (!fits)
            continue;
        described.type = it->type;
        described.canonical = it->canonical;
        return described;
    }
    if (!country)
        return std::nullopt;
    if (!m_mainCountryFound) {
        m_mainCountryFound = true;
        QHash<QString, int> counts;
        int most = 0;
        for (const EntityMention &mention : std::as_const(m_mentions)) {
            if (mention.type != EntityType::Place || !m_registry.isCountry(mention.canonical))
                continue;
            const int count = ++counts[mention.canonical];
            if (count > most) {
                most = count;
                m_mainCountry = mention.canonical;
            }
        }
    }
    if (m_mainCountry.isEmpty())
        return std::nullopt;
    described.type = EntityType::Place;
    described.canonical = m_mainCountry;
    return described;
}

QList<EntityMention> SpeakerAttribution::references(const QList<QuoteSpan> &quotes) const
{
    QList<EntityMention> found;
    // The people the text names: only a pronoun of theirs is a reference.
    QSet<QString> named;
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.type == EntityType::Person && !mention.canonical.isEmpty() && mention.canonical.front().isUpper()
            && !isDescription(mention.canonical) && !isPronoun(mention.canonical))
            named.insert(mention.canonical);
    }
    QString authorName; // on first use
    const auto inMention = [this](qsizetype at) {
        auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), at,
            [](qsizetype p, const EntityMention &m) { return p < m.range.start; });
        return it != m_mentions.cbegin() && std::prev(it)->range.end > at;
    };
    // Whether a person the text names is mentioned within reach before \a at: else no name can
    // be the pronoun's, and the search for one is not made.
    // (The search walks back to the nearest person who fits: with none within reach it would
    // walk to the text's start for every pronoun, "Mrs. Smith ... he" a million times over.)
    const auto namedWithinReach = [this, &named](qsizetype at, Person person) {
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), at - referenceReach,
            [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        for (; it != m_mentions.cend() && it->range.start < at; ++it) {
            if (it->type != EntityType::Person || !named.contains(it->canonical) || insideQuote(it->range.start))
                continue;
            const QChar sex = sexOf(*it);
            if (sex.isNull() || sex == (person == Person::Male ? u'm' : u'f'))
                return true;
        }
        return false;
    };
    const auto quoteAt = [&quotes](qsizetype at) -> const QuoteSpan * {
        auto it = std::upper_bound(quotes.cbegin(), quotes.cend(), at,
            [](qsizetype p, const QuoteSpan &quote) { return p < quote.range.start; });
        return it != quotes.cbegin() && std::prev(it)->range.end > at ? &*std::prev(it) : nullptr;
    };
    for (qsizetype pos = 0; pos < m_text.size();) {
        const QChar c = m_text.at(pos);
        if (!c.isLetter()) {
            ++pos;
            continue;
        }
        // A word that cannot be one of the pronouns is passed over whole.
        // By their first two letters: "I", "me", "my", "he", "his", "her", "she", "the", "this",
        // "our", "its".
        const char16_t initial = c.unicode() | 0x20;
        const char16_t second = pos + 1 < m_text.size() ? m_text.at(pos + 1).unicode() : u' ';
        const bool mayRefer = c == u'I' || initial == u'm' || initial == u'h' || (initial == u's' && second == u'h')
            || (initial == u't' && second == u'h') || (initial == u'o' && second == u'u')
            || (initial == u'i' && second == u't');
        if (!mayRefer) {
            ++pos;
            while (pos < m_text.size() && isWordLetter(m_text.at(pos)))
                ++pos;
            continue;
        }
        qsizetype end = pos;
        const QStringView word = wordAt(pos, &end);
        const qsizetype start = pos;
        pos = end;
        if (start > 0
            && (m_text.at(start - 1).isLetterOrNumber() || m_text.at(start - 1) == u'\''
                || m_text.at(start - 1) == u'\u2019'))
            continue;
        if (word == u"the" || word == u"The" || word == u"this" || word == u"This" || word == u"that" || word == u"That"
            || word == u"our" || word == u"Our") {
            if (std::optional<EntityMention> described = describedEntityAt(start, end)) {
                found.append(*described);
                pos = described->range.end;
            }
            continue;
        }
        if (word == u"its" || word == u"Its" || word == u"itself") {
            if (std::optional<EntityMention> owner = bodyBefore(start)) {
                owner->range = {start, end};
                owner->text = word.toString();
                found.append(*owner);
            }
            continue;
        }
        const Person person = personOf(word);
        if (person == Person::None || inMention(start))
            continue;
        // "World War I", "Elizabeth I", "Phase I": a numeral after a capitalised word.
        if (word == u'I') {
            qsizetype before = start;
            QStringView previous = wordBefore(&before, std::max<qsizetype>(0, start - 40));
            if (!previous.isEmpty() && previous.front().isUpper() && before + previous.size() + 1 == start
                && !(before > 1 && (m_text.at(before - 2) == u'.' || m_text.at(before - 2) == u'\n')))
                continue;
        }
        // "His Excellency", "Her Majesty": a style, not a reference.
        if (person != Person::First && word.front().isUpper()) {
            qsizetype after = end;
            const QStringView next = wordAt(skipSpaces(end, m_text.size()), &after);
            if (next == u"Excellency" || next == u"Majesty" || next == u"Highness" || next == u"Holiness"
                || next == u"Royal" || next == u"Eminence")
                continue;
        }
        EntityMention reference;
        reference.range = {start, end};
        reference.type = EntityType::Person;
        reference.text = word.toString();
        const QuoteSpan *quote = quoteAt(start);
        if (person == Person::First) {
            QString who;
            if (quote) {
                // The quotation's speaker, when the text names them or a transcript's label does;
                // "I" quoting themselves ("I said, “I will”") is the author.
                if (!quote->speaker)
                    continue;
                const QString &speaker = quote->speaker->canonical;
                if (speaker == QLatin1String("I")) {
                    if (authorName.isEmpty())
                        authorName = author();
                    who = authorName;
                } else if (named.contains(speaker) || (isLabel(speaker) && speaker != QLatin1String("Q"))) {
                    who = speaker;
                }
            } else {
                who = turnAt(start);
                if (who == QLatin1String("Q")) // a reporter
                    continue;
                if (who.isEmpty()) {
                    if (authorName.isEmpty())
                        authorName = author();
                    who = authorName;
                }
            }
            if (who.isEmpty())
                continue;
            reference.canonical = who;
        } else {
            if (quote)
                continue; // spoken: "he" inside a quotation has its antecedent in the speaker's words
            if (!namedWithinReach(start, person))
                continue;
            const std::optional<EntityMention> antecedent
                = antecedentOf(start, person == Person::Male ? QStringView(u"he") : QStringView(u"she"),
                    std::max<qsizetype>(0, start - referenceReach));
            if (!antecedent || !named.contains(antecedent->canonical) || start - antecedent->range.end > referenceReach)
                continue;
            reference.canonical = antecedent->canonical;
        }
        found.append(reference);
    }
    return found;
}

} // namespace Lectern
