// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who a mention is, for SpeakerAttribution: names with their titles, pronouns and the person they
// stand for, descriptions ("the spokesperson"), and names only an attribution reveals.
#include "analysis/englishwords.h"
#include "analysis/nameclassifier.h"
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"
#include "analysis/wordset.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Lectern {

std::optional<EntityMention> SpeakerAttribution::personAt(qsizetype pos) const
{
    qsizetype nameStart = pos;
    qsizetype titleStart = -1;
    const auto titleAt = [this](qsizetype at) {
        const auto title = std::lower_bound(m_titles.cbegin(), m_titles.cend(), at,
            [](const LexicalSpan &span, qsizetype p) { return span.start < p; });
        return (title != m_titles.cend() && title->start == at) ? title : m_titles.cend();
    };
    auto title = titleAt(pos);
    if (title == m_titles.cend()) {
        // What qualifies a title: an organisation or a place ("Council on Environmental Quality
        // Chairman ..."), and a few capitalised words ("U.S. Energy Secretary Chris Wright",
        // "Transportation Secretary Sean Duffy"), within the sentence; not "As" or "His" ("As
        // President Truman said").
        qsizetype at = pos;
        const auto qualifier = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
            [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        const bool mentionHere = qualifier != m_mentions.cend() && qualifier->range.start == pos;
        if (mentionHere && (qualifier->type == EntityType::Organization || qualifier->type == EntityType::Place))
            at = skipSpaces(qualifier->range.end, m_text.size());
        title = titleAt(at);
        if (!mentionHere || at != pos) {
            for (int words = 0; title == m_titles.cend() && words < 3; ++words) {
                qsizetype wordEnd = at;
                const QStringView word = wordAt(at, &wordEnd);
                if (word.isEmpty() || !word.front().isUpper() || isSentenceWord(word) || isStyleOfAddress(word)
                    || wordEnd >= m_text.size() || !m_text.at(wordEnd).isSpace())
                    break;
                at = skipSpaces(wordEnd, m_text.size());
                title = titleAt(at);
            }
        }
    }
    if (title != m_titles.cend()) {
        titleStart = pos;
        nameStart = skipSpaces(title->end, m_text.size());
        // A title after the title: "Speaker Emerita| Nancy Pelosi".
        for (auto next = titleAt(nameStart); next != m_titles.cend(); next = titleAt(nameStart))
            nameStart = skipSpaces(next->end, m_text.size());
    }
    auto person = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), nameStart,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    // A speaker is a person, or an institution that speaks ("said the Kremlin", "Washington
    // said"); a title of office must be followed by a person.
    if (person == m_mentions.cend() || person->range.start != nameStart || !canSpeak(person->type)
        || (titleStart >= 0 && person->type != EntityType::Person))
        return std::nullopt;
    EntityMention speaker = *person;
    if (titleStart >= 0) {
        speaker.range.start = titleStart;
        speaker.text = m_text.mid(titleStart, speaker.range.end - titleStart).toString();
    }
    return speaker;
}

std::optional<EntityMention> SpeakerAttribution::personEndingAt(qsizetype pos) const
{
    auto person = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
        [](const EntityMention &m, qsizetype p) { return m.range.end < p; });
    if (person == m_mentions.cend() || person->range.end != pos || person->type != EntityType::Person)
        return std::nullopt;
    // Include a title of office right before the name.
    auto title = std::lower_bound(m_titles.cbegin(), m_titles.cend(), person->range.start,
        [](const LexicalSpan &span, qsizetype p) { return span.end < p; });
    for (auto it = title; it != m_titles.cend() && it->start < person->range.start; ++it) {
        if (skipSpaces(it->end, person->range.start) == person->range.start)
            return personAt(it->start);
    }
    return *person;
}

std::optional<EntityMention> SpeakerAttribution::pronounAt(qsizetype pos, qsizetype *end) const
{
    const QStringView word = wordAt(pos, end);
    if (!isPronoun(word))
        return std::nullopt;
    // "we", and "you" of those addressed: "And you’re saying, “When ...?”".
    const bool we = word.compare(QLatin1String("we"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("you"), Qt::CaseInsensitive) == 0;
    std::optional<EntityMention> speaker = word == u'I' || we ? std::nullopt : antecedentOf(pos, word);
    // The narrator, or the author of a statement quoting themselves, and those they speak for
    // ("every four years we say, “This is the one.”"); "they" for no institution: the people
    // spoken of, who are no entity ("They said, “Thank you.”").
    if (word == u'I' || we || (!speaker && word.compare(QLatin1String("they"), Qt::CaseInsensitive) == 0)) {
        EntityMention self;
        self.range = {pos, *end};
        self.type = EntityType::Person;
        self.text = word.toString();
        self.canonical = word == u'I' ? self.text : self.text.toLower();
        if (word == u'I') {
            // In a transcript, the one whose turn it is: "THE PRESIDENT:  ... I said to him, “...”".
            if (const QString turn = turnAt(pos); !turn.isEmpty())
                self.canonical = turn;
        }
        return self;
    }
    if (speaker) {
        speaker->range = {pos, *end};
        speaker->text = word.toString();
    }
    return speaker;
}

QString SpeakerAttribution::turnAt(qsizetype pos) const
{
    if (!m_turnsFound) {
        m_turnsFound = true;
        // A line that opens with a speaker's label: "THE PRESIDENT:  Thank you.", "Q    Welcome back."
        static const QRegularExpression label(
            QStringLiteral("^[ \\t\u00A0]*(?:(Q)[ \\t\u00A0]|([A-Z][A-Z.\\-\u2019' ]{1,38}):[ \\t\u00A0])"),
            QRegularExpression::MultilineOption);
        QRegularExpressionMatchIterator it = label.globalMatchView(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(1) > 0)
                m_turns.append({match.capturedStart(1), QStringLiteral("Q")});
            else if (const std::optional<EntityMention> speaker
                = transcriptLabel(match.capturedStart(2), match.capturedEnd(2)))
                m_turns.append({speaker->range.start, speaker->text});
        }
    }
    auto it = std::upper_bound(m_turns.cbegin(), m_turns.cend(), pos,
        [](qsizetype p, const std::pair<qsizetype, QString> &turn) { return p < turn.first; });
    return it == m_turns.cbegin() ? QString() : std::prev(it)->second;
}

std::optional<EntityMention> SpeakerAttribution::subjectAt(qsizetype pos, qsizetype *end) const
{
    if (std::optional<EntityMention> person = personAt(pos)) {
        *end = person->range.end;
        // A person "of" a country or a body heads the phrase: "Ambassador Linda Thomas-Greenfield
        // of the United States said:", "Frederick II of Prussia wrote".
        if (person->type != EntityType::Person) {
            qsizetype before = pos;
            while (before > 0 && m_text.at(before - 1).isSpace())
                --before;
            if (before >= 4 && m_text.mid(before - 3, 3) == u"the" && m_text.at(before - 4).isSpace()) {
                before -= 3;
                while (before > 0 && m_text.at(before - 1).isSpace())
                    --before;
            }
            if (before >= 3 && m_text.mid(before - 2, 2) == u"of" && m_text.at(before - 3).isSpace()) {
                if (std::optional<EntityMention> owner = personEndingAt(before - 3);
                    owner && owner->type == EntityType::Person)
                    return owner;
            }
        }
        return person;
    }
    return pronounAt(pos, end);
}

const EntityMention *SpeakerAttribution::speakerBeforeObject(
    const EntityMention *nearest, const std::function<bool(const EntityMention &)> &fits) const
{
    // "President Biden said that he received a letter from President Trump. “...,” he said.": the
    // person after a preposition is what the sentence is about; the one who spoke just before is
    // the pronoun's. Only a person who is the subject of a speech verb in that sentence or the
    // one before counts, so "I talked to Mary Barra. ... she called" keeps Mary Barra.
    static const QSet<QString> prepositions = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("with"),
        QStringLiteral("by"), QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("about"),
        QStringLiteral("at"), QStringLiteral("on")};
    // The word before the name and its title ("from President Trump").
    qsizetype before = nearest->range.start;
    qsizetype wordStart = before;
    for (int words = 0; words < 5; ++words) {
        before = wordStart;
        while (before > 0 && m_text.at(before - 1).isSpace())
            --before;
        wordStart = before;
        while (wordStart > 0 && (m_text.at(wordStart - 1).isLetter() || m_text.at(wordStart - 1) == u'.'))
            --wordStart;
        if (wordStart == before || !m_text.at(wordStart).isUpper())
            break;
    }
    if (!prepositions.contains(m_text.mid(wordStart, before - wordStart).toString()))
        return nearest;
    // Back to the start of the sentence before the person's.
    qsizetype limit = wordStart;
    for (int sentenceEnds = 0; limit > 0 && sentenceEnds < 2; --limit) {
        const QChar c = m_text.at(limit - 1);
        if ((c == u'.' || c == u'!' || c == u'?') && limit < m_text.size() && m_text.at(limit).isSpace())
            ++sentenceEnds;
    }
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), nearest->range.start,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    while (it != m_mentions.cbegin()) {
        --it;
        if (it->range.start < limit)
            break;
        if (!fits(*it) || it->canonical == nearest->canonical)
            continue;
        qsizetype verbEnd = skipSpaces(it->range.end, m_text.size());
        QStringView verb = wordAt(verbEnd, &verbEnd);
        if (isAdverb(verb)) {
            verbEnd = skipSpaces(verbEnd, m_text.size());
            verb = wordAt(verbEnd, &verbEnd);
        }
        if (isSpeechVerb(verb))
            return &*it;
    }
    return nearest;
}

std::optional<EntityMention> SpeakerAttribution::antecedentOf(qsizetype pos, QStringView pronoun, qsizetype after) const
{
    // A bound on the walk back: without one, a long text of "“Yes,” said the woman. “No,” he
    // said." walked back over every woman for every "he".
    constexpr qsizetype antecedentReach = 5000;
    if (after < 0)
        after = std::max<qsizetype>(0, pos - antecedentReach);
    // The nearest person named before the pronoun, outside the quotations: a name inside one is
    // mostly the person spoken to ("... , Pa'son Tringham?" he said).
    // A speaker described, not named ("the girl"), counts too when it is nearer.
    const bool plural = pronoun.compare(QLatin1String("they"), Qt::CaseInsensitive) == 0;
    const auto fits = [&](const EntityMention &candidate) {
        // A pronoun of the other sex does not stand for Mr. Fortescue, Mrs. Lennox or the girl.
        const QChar sex = sexOf(candidate);
        const bool otherSex = !sex.isNull()
            && ((sex == u'm' && pronoun.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0)
                || (sex == u'f' && pronoun.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0));
        if (insideQuote(candidate.range.start))
            return false;
        // "They" is no one person ("asking Dr. Fauci and others. They said, ..."), but may be an
        // institution named just before ("The Kremlin replied. They said ..."); not a place ("I
        // was down in Washington ... a phone call from the first responders in my state. They
        // said,", "I went to South Korea ... They said,").
        if (plural)
            return candidate.type == EntityType::Organization && pos - candidate.range.end < 200;
        return candidate.type == EntityType::Person && !otherSex;
    };
    const auto nearest = [&](const QList<EntityMention> &list) -> const EntityMention * {
        auto before = std::lower_bound(
            list.cbegin(), list.cend(), pos, [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        while (before != list.cbegin()) {
            --before;
            if (before->range.start < after)
                break;
            if (fits(*before))
                return &*before;
        }
        return nullptr;
    };
    const EntityMention *named = nearest(m_mentions);
    if (named && !plural)
        named = speakerBeforeObject(named, fits);
    const EntityMention *described = nearest(m_described);
    if (described && (!named || described->range.start > named->range.start))
        return *described;
    if (!plural) {
        if (const std::optional<EntityMention> nearer = describedBefore(pos, named ? named->range.end : 0, fits))
            return nearer;
        if (const std::optional<EntityMention> nearer = givenNameBefore(pos, named ? named->range.end : 0, pronoun))
            return nearer;
    }
    if (named)
        return *named;
    if (!plural)
        return introducedBefore(pos, after, sexOfHonorific(pronoun));
    return std::nullopt;
}

qsizetype SpeakerAttribution::sentenceBefore(qsizetype pos, qsizetype after) const
{
    // The start of the sentence before the one \a pos is in, or \a after if later.
    qsizetype from = pos;
    for (int sentences = 0; from > after && sentences < 2;) {
        --from;
        const QChar c = m_text.at(from);
        if (c == u'\n' || ((c == u'.' || c == u'!' || c == u'?') && from + 1 < pos && m_text.at(from + 1).isSpace()))
            ++sentences;
    }
    return std::max(from, after);
}

std::optional<EntityMention> SpeakerAttribution::givenNameBefore(
    qsizetype pos, qsizetype after, QStringView pronoun) const
{
    // A given name of the pronoun's sex alone, that no entity took, in the pronoun's sentence or
    // the one before, after the person last named: "But Lara came — right after we won, she said,".
    const QChar sex = sexOfHonorific(pronoun);
    const qsizetype from = sentenceBefore(pos, after);
    const auto inMention = [this](qsizetype at) {
        auto it = std::upper_bound(m_mentions.cbegin(), m_mentions.cend(), at,
            [](qsizetype p, const EntityMention &m) { return p < m.range.start; });
        return it != m_mentions.cbegin() && std::prev(it)->range.end > at;
    };
    static const QSet<QString> prepositions
        = wordSet({u"at", u"in", u"of", u"from", u"to", u"for", u"with", u"by", u"on", u"about"});
    // The one person named before in full with this given name ("Barack" is Barack Obama), else
    // the name as it stands ("Joe" when Joe Biden and Joe Manchin are both named).
    const auto fullNameOf = [this](QStringView given, qsizetype before) {
        QString found;
        for (const EntityMention &m : m_mentions) {
            if (m.range.start >= before)
                break;
            if (m.type != EntityType::Person || !m.canonical.contains(u' ')
                || QStringView(m.canonical).left(m.canonical.indexOf(u' ')) != given || m.canonical == found)
                continue;
            if (!found.isEmpty())
                return given.toString();
            found = m.canonical;
        }
        return found.isEmpty() ? given.toString() : found;
    };
    // A name between commas after anything but a person's noun is the one spoken to: "the
    // question he was asked, Jake, though, was" (but "Daniel’s mother, Sabrina, was").
    const auto isVocative = [this](qsizetype start, qsizetype end) {
        qsizetype before = start;
        while (before > 0 && m_text.at(before - 1).isSpace())
            --before;
        if (before == 0 || m_text.at(before - 1) != u',' || end >= m_text.size() || m_text.at(end) != u',')
            return false;
        qsizetype wordStart = before - 1;
        while (wordStart > 0 && m_text.at(wordStart - 1).isLetter())
            --wordStart;
        return !isPersonNoun(m_text.mid(wordStart, before - 1 - wordStart));
    };
    std::optional<EntityMention> last;
    QStringView previous;
    for (qsizetype at = from; at < pos;) {
        if (!m_text.at(at).isLetter()) {
            ++at;
            continue;
        }
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        const qsizetype next = skipSpaces(wordEnd, m_text.size());
        const bool alone
            = (next >= m_text.size() || !m_text.at(next).isUpper()) && (at == 0 || !m_text.at(at - 1).isLetter());
        // Not the object of a preposition ("a public lesson for Joey. And he said,", "The Cure at
        // Troy"), nor a word of the language ("Christian").
        if (!sex.isNull() && word.front().isUpper() && alone && !containsLowerCaseWord(prepositions, previous)
            && sexOfGivenName(word) == sex && !isCommonWord(word) && !insideQuote(at) && !inMention(at)
            && !isVocative(at, wordEnd)) {
            EntityMention person;
            person.range = {at, wordEnd};
            person.type = EntityType::Person;
            person.text = word.toString();
            person.canonical = fullNameOf(word, at);
            last = person;
        }
        previous = word;
        at = wordEnd;
    }
    return last;
}

std::optional<EntityMention> SpeakerAttribution::describedBefore(
    qsizetype pos, qsizetype after, const std::function<bool(const EntityMention &)> &fits) const
{
    // One person described in lower case ("the", "my", "our" or "your" and a person's noun) in
    // the pronoun's sentence or the one before, after the person last named: "I said that a
    // little earlier to the president, and he said, “...”", "the dangerous statements made by the
    // previous president ... He said". Not the noun of a longer noun ("the student loan"), nor
    // who the person named is ("Danny Inouye, the senator from the state of Hawaii").
    const auto headsDescription = [this](qsizetype end) {
        static const QSet<QString> functionWords = wordSet({u"and", u"or", u"but", u"who", u"that", u"which", u"of",
            u"at", u"in", u"to", u"from", u"with", u"on", u"for", u"would", u"will", u"could", u"can", u"had", u"has",
            u"was", u"is", u"then", u"once", u"always", u"never", u"just"});
        qsizetype nextEnd = end;
        const QStringView next = wordAt(skipSpaces(end, m_text.size()), &nextEnd);
        return next.isEmpty() || !next.front().isLower() || containsWord(functionWords, next) || next.endsWith(u"ed")
            || next.endsWith(u's');
    };
    const auto isAppositive = [this](qsizetype namedEnd, qsizetype start) {
        return namedEnd > 0 && start > namedEnd && m_text.mid(namedEnd, start - namedEnd).trimmed() == u",";
    };
    static const QSet<QString> groups
        = wordSet({u"crowd", u"audience", u"court", u"press", u"people", u"children", u"folks", u"kids"});
    static const QSet<QString> relative = wordSet({u"his", u"her", u"their"});
    static const QSet<QString> firstPersons = wordSet({u"my", u"our"});
    const qsizetype from = sentenceBefore(pos, after);
    std::optional<EntityMention> last;
    for (qsizetype at = from; at < pos;) {
        if (!m_text.at(at).isLetter()) {
            ++at;
            continue;
        }
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        // Not "his father" or "her chair", told from another person, whom the pronoun more likely
        // stands for. Opening a sentence, the speaker's own: "My dad used to have an expression. He
        // said,".
        if ((word.front().isLower() || (opensSentence(at) && containsLowerCaseWord(firstPersons, word)))
            && opensDescription(word) && !containsLowerCaseWord(relative, word) && !insideQuote(at)) {
            if (std::optional<EntityMention> person = personDescriptionAt(at, pos)) {
                const QStringView noun
                    = m_text.mid(person->range.start, person->range.length()).split(u' ').constLast();
                if (noun.front().isLower() && !noun.endsWith(u's') && !containsWord(groups, noun) && fits(*person)
                    && headsDescription(person->range.end) && !isAppositive(after, person->range.start))
                    last = person;
            }
        }
        at = wordEnd;
    }
    return last;
}

std::optional<EntityMention> SpeakerAttribution::carried(const std::optional<EntityMention> &speaker) const
{
    // A quote without a cue of its own takes the previous speaker: by name, not by a pronoun
    // that stands in another sentence.
    if (!speaker)
        return speaker;
    const QStringView word = m_text.mid(speaker->range.start, speaker->range.length());
    if (word == u'I' || word.compare(QLatin1String("we"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("you"), Qt::CaseInsensitive) == 0 || !isPronoun(word))
        return speaker;
    const std::optional<EntityMention> named = antecedentOf(speaker->range.start, word);
    return named ? named : speaker;
}

std::optional<EntityMention> SpeakerAttribution::newPersonAt(qsizetype pos, bool addToMentions)
{
    static const QRegularExpression name(
        QStringLiteral("\\A\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{"
                       "Ll}+)?){0,3}(?![\\p{L}\\p{N}])"));
    // A short window: PCRE2 checks the whole subject for valid UTF-16 on every call, so the
    // subject must not be the whole document.
    const QStringView window = m_text.mid(pos, std::min<qsizetype>(400, m_text.size() - pos));
    const QRegularExpressionMatch windowMatch = name.matchView(window);
    if (!windowMatch.hasMatch() || windowMatch.capturedStart() != 0)
        return std::nullopt;
    const QRegularExpressionMatch &match = windowMatch;
    if (!match.hasMatch() || isNotAName(match.capturedView().split(u' ').constFirst()))
        return std::nullopt;
    // Words that name a person by the name classifier's judgement ("Strategic Petroleum Reserve"
    // is none); a single word is taken on the cue's word, as in "Kirby said".
    const TextRange candidate {pos + match.capturedStart(), pos + match.capturedEnd()};
    if (match.capturedView().contains(u' ')) {
        const NameParts parts = classifyName(m_text, candidate, m_registry, true);
        if (parts.mentions.size() != 1 || parts.mentions.constFirst().type != EntityType::Person
            || parts.mentions.constFirst().range.end != candidate.end)
            return std::nullopt;
    }
    EntityMention mention;
    mention.range = candidate;
    mention.type = EntityType::Person;
    mention.text = match.captured();
    mention.canonical = mention.text.simplified();
    if (!addToMentions)
        return mention; // a candidate only: linking is done once it is confirmed
    // Link a surname to a full name named earlier: a known person, else the same name with a
    // first name before it earlier in the text ("John Kirby ... Kirby said"); a first name to
    // the one known person who has it ("Bill Burns ... As Bill says:").
    if (m_personByLastWord.isEmpty()) {
        for (const EntityMention &known : std::as_const(m_mentions)) {
            if (known.type != EntityType::Person || !known.canonical.contains(u' ')
                || !known.canonical.front().isUpper())
                continue;
            m_personByLastWord.insert(known.canonical.section(u' ', -1), known.canonical);
            const QString firstName = known.canonical.section(u' ', 0, 0);
            const auto it = m_personByFirstWord.constFind(firstName);
            m_personByFirstWord.insert(
                firstName, (it == m_personByFirstWord.cend() || *it == known.canonical) ? known.canonical : QString());
        }
        m_personByLastWord.insert(QString(), QString()); // built, even when empty
    }
    QString known;
    if (!mention.canonical.contains(u' ')) {
        known = m_personByLastWord.value(mention.canonical);
        if (known.isEmpty())
            known = m_personByFirstWord.value(mention.canonical);
    }
    if (!known.isEmpty()) {
        mention.canonical = known;
    } else if (!mention.canonical.contains(u' ')) {
        const QRegularExpression fullName(QStringLiteral("(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+")
            + QRegularExpression::escape(mention.canonical) + QStringLiteral("(?![\\p{L}])"));
        // Within the last few pages only: the search must not grow with the document.
        const qsizetype from = std::max<qsizetype>(0, mention.range.start - 20000);
        const QRegularExpressionMatch earlier = fullName.matchView(m_text.mid(from, mention.range.start - from));
        if (earlier.hasMatch() && !isNotAName(earlier.capturedView().split(u' ').constFirst()))
            mention.canonical = earlier.captured().simplified();
    }
    if (addToMentions) {
        auto at = std::lower_bound(m_mentions.begin(), m_mentions.end(), mention.range.start,
            [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        if (at != m_mentions.end() && at->range.start < mention.range.end)
            return std::nullopt; // already something else (a place, an organisation)
        if (at != m_mentions.begin() && std::prev(at)->range.end > mention.range.start)
            return std::nullopt;
        m_mentions.insert(at, mention);
        if (mention.canonical.contains(u' '))
            m_personByLastWord.insert(mention.canonical.section(u' ', -1), mention.canonical);
    }
    return mention;
}

std::optional<EntityMention> SpeakerAttribution::describedSpeakerAt(qsizetype pos, qsizetype limit) const
{
    // "the spokesperson", "the State Department spokesperson", "her mother", "the man with the
    // basket" is cut at "with": a description of at most four words, not a name.
    static const QSet<QString> stops = {QStringLiteral("with"), QStringLiteral("of"), QStringLiteral("and"),
        QStringLiteral("who"), QStringLiteral("to"), QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("from"), QStringLiteral("as"), QStringLiteral("when"), QStringLiteral("while"),
        QStringLiteral("for"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("by")};
    qsizetype end = pos;
    if (!opensDescription(wordAt(pos, &end)))
        return std::nullopt;
    qsizetype last = end;
    int words = 0;
    for (qsizetype at = skipSpaces(end, limit); words < 4 && at < limit;) {
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty() || isSpeechVerb(word) || isAdverb(word) || containsWord(stops, word))
            break;
        last = wordEnd;
        ++words;
        at = skipSpaces(wordEnd, limit);
    }
    if (words == 0 || !describesSomeone(pos, last))
        return std::nullopt;
    return describedPerson(pos, last);
}

std::optional<EntityMention> SpeakerAttribution::personDescriptionAt(qsizetype pos, qsizetype limit) const
{
    // "My dad", "the Rabbis", "my late grandfather", "The boy’s dad": a determiner and at most two
    // words, the last of them a person's noun, as the subject of a verb of speech.
    qsizetype end = pos;
    const QStringView determiner = wordAt(pos, &end);
    if (!opensDescription(determiner))
        return std::nullopt;
    static const QSet<QString> possessives = wordSet({u"my", u"his", u"her", u"our", u"their", u"your"});
    const bool possessive = containsLowerCaseWord(possessives, determiner);
    bool styled = false;
    qsizetype found = -1;
    qsizetype at = skipSpaces(end, limit);
    bool ownedBy = false; // "The boy’s dad": the person's noun comes after the possessive
    for (int words = 0; words < (ownedBy ? 3 : 2) && at < limit; ++words) {
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty())
            break;
        if (!ownedBy && !possessive && wordEnd + 2 < limit
            && (m_text.at(wordEnd) == u'\u2019' || m_text.at(wordEnd) == u'\'') && m_text.at(wordEnd + 1) == u's'
            && m_text.at(wordEnd + 2).isSpace()) {
            ownedBy = isPersonNoun(word);
            if (!ownedBy)
                break;
            at = skipSpaces(wordEnd + 2, limit);
            continue;
        }
        at = skipSpaces(wordEnd, limit);
        // Not a title before a name: "His Majesty King| Mohammed VI".
        if (isPersonNoun(word) && !(at < limit && m_text.at(at).isUpper()))
            found = wordEnd;
        // The relative named: "as my grandfather Finnegan would say".
        // Not a style of address: "His Majesty King Mohammed VI" is named from "King".
        styled = styled || isStyleOfAddress(word);
        if (possessive && !styled && isPersonNoun(word) && at < limit && m_text.at(at).isUpper()) {
            if (const std::optional<EntityMention> person = personAt(at);
                person && person->type == EntityType::Person) {
                EntityMention named = *person;
                named.range.start = pos;
                named.text = m_text.mid(pos, named.range.end - pos).toString();
                return named;
            }
            // A name of one word, no entity by itself ("Finnegan").
            qsizetype nameEnd = at;
            const QStringView name = wordAt(at, &nameEnd);
            if (name.size() > 1 && name.at(1).isLower() && !isNotAName(name) && !isPersonNoun(name) && !personAt(at)) {
                EntityMention named = describedPerson(pos, nameEnd);
                named.canonical = name.toString();
                return named;
            }
        }
    }
    return found < 0 ? std::nullopt : std::optional<EntityMention>(describedPerson(pos, found));
}

bool SpeakerAttribution::describesSomeone(qsizetype start, qsizetype end) const
{
    // "The tone was disdainful.", "the answer came", "her face fell": the way something is said,
    // or a part of someone, is no one.
    static const QSet<QString> notSomeone = {QStringLiteral("tone"), QStringLiteral("voice"), QStringLiteral("answer"),
        QStringLiteral("reply"), QStringLiteral("response"), QStringLiteral("question"), QStringLiteral("words"),
        QStringLiteral("sound"), QStringLiteral("cry"), QStringLiteral("laugh"), QStringLiteral("silence"),
        QStringLiteral("look"), QStringLiteral("smile"), QStringLiteral("expression"), QStringLiteral("face"),
        QStringLiteral("eyes"), QStringLiteral("eye"), QStringLiteral("hand"), QStringLiteral("hands"),
        QStringLiteral("head"), QStringLiteral("heart"), QStringLiteral("lips"), QStringLiteral("mouth")};
    qsizetype wordStart = end;
    while (wordStart > start && m_text.at(wordStart - 1).isLetter())
        --wordStart;
    return !notSomeone.contains(m_text.mid(wordStart, end - wordStart).toString().toLower());
}

EntityMention SpeakerAttribution::describedPerson(qsizetype start, qsizetype end) const
{
    EntityMention speaker;
    speaker.range = {start, end};
    speaker.type = EntityType::Person;
    speaker.text = m_text.mid(start, end - start).toString();
    speaker.canonical = speaker.text.simplified();
    speaker.canonical[0] = speaker.canonical.at(0).toLower();
    if (const std::optional<QString> relative = relativeNamed(start, end))
        speaker.canonical = *relative;
    return speaker;
}

} // namespace Lectern
