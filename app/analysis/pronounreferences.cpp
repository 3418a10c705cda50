// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The references of SpeakerAttribution: the pronouns and descriptions that stand for an entity the
// text names ("he", "my", "its", "the country"), references() and its helpers for pronouns; the
// descriptions are in describedreferences.cpp.
#include "analysis/entityregistry.h"
#include "analysis/nameclassifier.h"
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

} // namespace

QString unnamedSpeaker()
{
    return QStringLiteral("the speaker");
}

QString SpeakerAttribution::author() const
{
    if (!m_narrator.isEmpty())
        return m_narrator;
    // A title the importer took out of the text (a front matter's) first.
    if (!m_title.isEmpty()) {
        if (QString named = authorOfTitle(m_title); !named.isEmpty())
            return named;
    }
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
    // "Madam Speaker" (isOfficeHolder()): the one spoken to.
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
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.range.start >= std::min(end, from + 40))
            break;
        if (mention.range.start < from || (by < 0 && !onlyCapitalsBetween(opening, mention.range.start))
            || mention.type != EntityType::Person || mention.canonical.isEmpty() || !mention.canonical.front().isUpper()
            || isDescription(mention.canonical) || isOfficeHolder(mention.canonical))
            continue;
        return mention.canonical;
    }
    // A title in quote marks names no person (a name in a quoted title is a work's): the words
    // after "by" tell.
    const QString byWords = by >= 0 ? authorOfTitle(title) : QString();
    return byWords.isEmpty() ? unnamedSpeaker() : byWords;
}

QString SpeakerAttribution::authorOfTitle(QStringView title, QString *office) const
{
    // The capitalised words after "by" or "from" ("President\\_Biden", with a front matter's
    // escapes; "President Joe Biden" with its no-break spaces), an office or a title first: the
    // person of that surname the text names, else the words as they stand.
    QString plain = title.toString();
    plain.replace(QLatin1String("\\_"), QLatin1String(" "));
    plain.replace(u'\u00A0', u' ');
    plain.replace(u'\\', u' ');
    qsizetype by = plain.indexOf(QLatin1String(" by "));
    qsizetype skip = 4;
    if (by < 0) {
        by = plain.indexOf(QLatin1String(" from "));
        skip = 6;
    }
    if (by < 0)
        return {};
    QStringList words;
    for (qsizetype pos = by + skip; pos < plain.size() && words.size() < 5;) {
        while (pos < plain.size() && (plain.at(pos).isSpace() || plain.at(pos) == u'_'))
            ++pos;
        const qsizetype wordStart = pos;
        while (pos < plain.size() && (plain.at(pos).isLetter() || plain.at(pos) == u'.' || plain.at(pos) == u'-'))
            ++pos;
        if (pos == wordStart || !plain.at(wordStart).isUpper())
            break;
        words << plain.mid(wordStart, pos - wordStart);
    }
    // Only an office or a title opens an author's name here ("President Biden"), not "Ukraine";
    // the name is the capitalised words after the office, up to three, before the title goes on
    // ("President Joe Biden| Marking Four Years", "Vice President Kamala Harris| As Prepared").
    static const QSet<QString> offices = {QStringLiteral("President"), QStringLiteral("Vice"), QStringLiteral("First"),
        QStringLiteral("Secretary"), QStringLiteral("Senator"), QStringLiteral("Governor"),
        QStringLiteral("Ambassador"), QStringLiteral("Prime"), QStringLiteral("Press"), QStringLiteral("Speaker"),
        QStringLiteral("Leader"), QStringLiteral("Representative"), QStringLiteral("Minister"),
        QStringLiteral("Chancellor"), QStringLiteral("King"), QStringLiteral("Queen"), QStringLiteral("Dr."),
        QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms.")};
    static const QSet<QString> titleWords = {QStringLiteral("Lady"), QStringLiteral("Deputy"),
        QStringLiteral("General"), QStringLiteral("Attorney"), QStringLiteral("Adviser"), QStringLiteral("Advisor"),
        QStringLiteral("National"), QStringLiteral("Security"), QStringLiteral("Chief"), QStringLiteral("Majority"),
        QStringLiteral("Minority"), QStringLiteral("Elect"), QStringLiteral("President-Elect")};
    static const QSet<QString> titleGoesOn
        = {QStringLiteral("As"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("In"), QStringLiteral("To"),
            QStringLiteral("For"), QStringLiteral("And"), QStringLiteral("Of"), QStringLiteral("The"),
            QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("During"), QStringLiteral("With"),
            QStringLiteral("Following"), QStringLiteral("Ahead"), QStringLiteral("Upon"), QStringLiteral("Aboard"),
            QStringLiteral("En"), QStringLiteral("Via"), QStringLiteral("From"), QStringLiteral("By")};
    if (words.size() < 2 || !offices.contains(words.constFirst()))
        return {};
    qsizetype first = 1;
    while (first < words.size() && (offices.contains(words.at(first)) || titleWords.contains(words.at(first))))
        ++first;
    QStringList name;
    for (qsizetype i = first; i < words.size() && name.size() < 3; ++i) {
        const QString &word = words.at(i);
        if (titleGoesOn.contains(word) || word.endsWith(QLatin1String("ing")))
            break;
        name << word;
    }
    if (name.isEmpty())
        return {};
    if (office)
        *office = words.mid(0, first).join(u' ');
    // The person of that name the text names, with the title's given name ("Joe Biden", not his
    // mother "Catherine Eugenia Finnegan Biden"), else the title's words as they stand: a surname
    // alone ("President Biden") is not linked to the one full name of it the text gives, which
    // may be anyone's of the family.
    QStringList candidates;
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.type == EntityType::Person && mention.canonical.contains(u' ')
            && mention.canonical.section(u' ', -1) == name.constLast() && !candidates.contains(mention.canonical))
            candidates.append(mention.canonical);
    }
    if (name.size() > 1) {
        for (const QString &candidate : std::as_const(candidates)) {
            if (candidate.section(u' ', 0, 0) == name.constFirst())
                return candidate;
        }
        return name.join(u' ');
    }
    return name.constFirst();
}

QString SpeakerAttribution::personOfLabel(const QString &label) const
{
    // "THE PRESIDENT" of "Remarks by President Biden ...": the title's author, by their office;
    // "PRESIDENT BIDEN", "MR. KIRBY": the one person the text (or the title) names with that
    // surname.
    QString office;
    const QString author = m_title.isEmpty() ? QString() : authorOfTitle(m_title, &office);
    if (label.startsWith(QLatin1String("THE ")))
        return !author.isEmpty() && label.mid(4) == office.toUpper() ? author : QString();
    QString surname = label.section(u' ', -1);
    if (surname.size() < 2 || label == surname)
        return {};
    if (!author.isEmpty() && author.section(u' ', -1).toUpper() == surname)
        return author; // "PRESIDENT BIDEN" of "Remarks by President Biden ..."
    QString found;
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.type != EntityType::Person || !mention.canonical.contains(u' ')
            || mention.canonical.section(u' ', -1).toUpper() != surname || mention.canonical == found)
            continue;
        if (!found.isEmpty())
            return {}; // two people of that surname: do not guess
        found = mention.canonical;
    }
    return found;
}

void SpeakerAttribution::nameLabels(QList<QuoteSpan> &quotes, QList<EntityMention> &references) const
{
    QHash<QString, QString> named; // label -> person, or empty
    const auto nameOf = [&](const QString &label) {
        auto it = named.constFind(label);
        if (it == named.cend())
            it = named.insert(label, personOfLabel(label));
        return *it;
    };
    for (QuoteSpan &quote : quotes) {
        if (quote.speaker && isLabel(quote.speaker->canonical)) {
            if (const QString person = nameOf(quote.speaker->canonical); !person.isEmpty())
                quote.speaker->canonical = person;
        }
    }
    for (EntityMention &reference : references) {
        if (isLabel(reference.canonical)) {
            if (const QString person = nameOf(reference.canonical); !person.isEmpty())
                reference.canonical = person;
        }
    }
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
            if (isStyleOfAddress(next))
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
                if (speaker == QLatin1String("I") || (!m_narrator.isEmpty() && speaker == m_narrator)) {
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
