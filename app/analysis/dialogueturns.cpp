// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogue rules of SpeakerAttribution: replies, action beats, addressees and who is who.
#include "analysis/nameclassifier.h"
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"
#include "analysis/wordset.h"

#include <QSet>

namespace Lectern {

namespace {
constexpr qsizetype exchangeNarration = 400; ///< at most this much narration between two turns of an exchange
constexpr qsizetype exchangeTurns = 100; ///< at most this many turns back to the one that names a party
} // namespace

QChar SpeakerAttribution::sexOf(const EntityMention &speaker) const
{
    if (isDescription(speaker.text))
        return sexOfNoun(speaker.text.simplified().section(u' ', -1)); // "the First Lady", "her father"
    if (const QChar told = sexOfHonorific(honorificOf(m_text, speaker)); !told.isNull())
        return told;
    // What the narration taught, else the given name ("Jane", "Tom").
    const QChar learned = m_sexByName.value(speaker.canonical);
    if (!learned.isNull())
        return learned;
    return sexOfGivenName(speaker.canonical.section(u' ', 0, 0));
}

void SpeakerAttribution::learnSexes()
{
    // The narration tells: "Irene Adler ... she", "Holmes ... his". The first he/his/him or
    // she/herself in the rest of the sentence after a name votes for it; a clear majority of at
    // least two decides.
    QHash<QString, int> votes; // > 0: he
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.type != EntityType::Person || insideQuote(mention.range.start))
            continue;
        const qsizetype limit = std::min<qsizetype>(m_text.size(), mention.range.end + 120);
        for (qsizetype pos = mention.range.end; pos < limit;) {
            const QChar c = m_text.at(pos);
            if (c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\u201C' || c == u'\u201D')
                break;
            if (!c.isLetter()) {
                ++pos;
                continue;
            }
            qsizetype end = pos;
            const QStringView word = wordAt(pos, &end);
            // Every pronoun counted starts with "h" or "s": the words that start otherwise are not
            // compared.
            const bool mayCount = word.front() == u'h' || word.front() == u's';
            if (mayCount && (word == u"he" || word == u"his" || word == u"him" || word == u"himself")) {
                ++votes[mention.canonical];
                break;
            }
            if (mayCount && (word == u"she" || word == u"herself")) {
                --votes[mention.canonical];
                break;
            }
            pos = std::max(end, pos + 1);
        }
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (std::abs(it.value()) >= 2)
            m_sexByName.insert(it.key(), it.value() > 0 ? u'm' : u'f');
}

std::optional<QString> SpeakerAttribution::relativeNamed(qsizetype start, qsizetype end) const
{
    // "said his wife" after Mr. Bennet is Mrs. Bennet: the one person of the family name and
    // of the relative's sex that the text names, other than the person "his" stands for.
    static const QSet<QString> kin
        = {QStringLiteral("wife"), QStringLiteral("husband"), QStringLiteral("mother"), QStringLiteral("father"),
            QStringLiteral("son"), QStringLiteral("daughter"), QStringLiteral("sister"), QStringLiteral("brother")};
    qsizetype wordEnd = start;
    const QStringView possessive = wordAt(start, &wordEnd);
    const QString noun = m_text.mid(start, end - start).toString().section(u' ', -1).toLower();
    const bool his = possessive.compare(QLatin1String("his"), Qt::CaseInsensitive) == 0;
    if ((!his && possessive.compare(QLatin1String("her"), Qt::CaseInsensitive) != 0)
        || !(kin.contains(noun) || (his && noun == QLatin1String("lady")))) // "said his lady to him"
        return std::nullopt;
    const std::optional<EntityMention> possessor = antecedentOf(start, his ? u"he" : u"she");
    if (!possessor || possessor->type != EntityType::Person)
        return std::nullopt;
    const QString family = possessor->canonical.section(u' ', -1);
    const QChar sex = sexOfNoun(noun);
    // A wife or a mother of the family is its "Mrs.", a husband or a father its "Mr.".
    const bool married = noun == QLatin1String("wife") || noun == QLatin1String("mother")
        || noun == QLatin1String("husband") || noun == QLatin1String("father") || noun == QLatin1String("lady");
    QString found;
    for (const EntityMention &mention : std::as_const(m_mentions)) {
        if (mention.range.start >= end && !found.isEmpty())
            break;
        if (mention.type != EntityType::Person || mention.canonical.section(u' ', -1) != family || sexOf(mention) != sex
            || (mention.canonical == possessor->canonical && sexOf(*possessor) == sex))
            continue; // Mr. and Mrs. Bennet share a canonical name, not a person (samePerson())
        if (married && honorificOf(m_text, mention) != (sex == u'f' ? QLatin1String("Mrs") : QLatin1String("Mr")))
            continue;
        if (!found.isEmpty() && found != mention.canonical)
            return std::nullopt; // two of them: which one is not told
        found = mention.canonical;
    }
    return found.isEmpty() ? std::nullopt : std::optional<QString>(found);
}

bool SpeakerAttribution::samePerson(const EntityMention &a, const EntityMention &b) const
{
    // Mr. and Mrs. Bennet share a name, not a person.
    const QChar sexA = sexOf(a), sexB = sexOf(b);
    return a.canonical == b.canonical && (sexA.isNull() || sexB.isNull() || sexA == sexB);
}

std::optional<EntityMention> SpeakerAttribution::actionBeat(qsizetype from, qsizetype to)
{
    // One short sentence between two quotations, whose subject is a person: in dialogue the
    // quotation after it is theirs ("The girl flushed. \"I guess ...\"").
    constexpr int maxWords = 15;
    qsizetype end = to;
    while (end > from && m_text.at(end - 1).isSpace())
        --end;
    const qsizetype start = skipSpaces(from, end);
    if (end <= start || m_text.at(end - 1) != u'.')
        return std::nullopt;
    int words = 0;
    for (qsizetype pos = start; pos < end - 1; ++pos) {
        const QChar c = m_text.at(pos);
        if ((c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u';') && pos + 1 < end
            && m_text.at(pos + 1).isSpace()) {
            if (c != u'.' || !isAbbreviationBefore(pos))
                return std::nullopt; // more than one sentence
        }
        if (c.isSpace() && ++words > maxWords)
            return std::nullopt;
    }
    qsizetype subjectEnd = start;
    std::optional<EntityMention> subject = personAt(start);
    if (subject && subject->type != EntityType::Person)
        return std::nullopt;
    if (!subject) {
        // "He looked round." is no cue of the quote's own: the quote goes by the name.
        if (const std::optional<EntityMention> pronoun = pronounAt(start, &subjectEnd)) {
            const qsizetype verbAt = skipSpaces(subjectEnd, end);
            qsizetype verbEnd = verbAt;
            const QStringView verb = wordAt(verbAt, &verbEnd);
            return verb.isEmpty() || !verb.front().isLower() ? std::nullopt : carried(pronoun);
        }
    }
    if (!subject)
        subject = describedSubjectAt(start, end);
    if (!subject && m_text.at(start).isUpper())
        subject = newPersonAt(start, false);
    if (!subject)
        return std::nullopt;
    if (subject->range.end > subjectEnd)
        subjectEnd = subject->range.end;
    // The subject does something: a verb in lower case follows it.
    qsizetype verbEnd = subjectEnd;
    const QStringView verb = wordAt(skipSpaces(subjectEnd, end), &verbEnd);
    if (verb.isEmpty() || !verb.front().isLower())
        return std::nullopt;
    return subject;
}

std::optional<EntityMention> SpeakerAttribution::describedSubjectAt(
    qsizetype pos, qsizetype limit, bool indefinite) const
{
    // "The girl flushed", "The young man looked round": the description ends before the first
    // verb in the past tense. With \a indefinite, "a girl was dancing" too, as "the girl".
    static const QSet<QString> irregular = {QStringLiteral("was"), QStringLiteral("had"), QStringLiteral("took"),
        QStringLiteral("held"), QStringLiteral("shook"), QStringLiteral("stood"), QStringLiteral("sat"),
        QStringLiteral("came"), QStringLiteral("went"), QStringLiteral("made"), QStringLiteral("gave"),
        QStringLiteral("threw"), QStringLiteral("put"), QStringLiteral("got"), QStringLiteral("rose"),
        QStringLiteral("ran"), QStringLiteral("drew"), QStringLiteral("bit"), QStringLiteral("felt"),
        QStringLiteral("knew"), QStringLiteral("saw"), QStringLiteral("lay"), QStringLiteral("kept"),
        QStringLiteral("left"), QStringLiteral("said"), QStringLiteral("spoke"), QStringLiteral("began")};
    qsizetype end = pos;
    const QStringView determiner = wordAt(pos, &end);
    const bool article = indefinite
        && (determiner.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0
            || determiner.compare(QLatin1String("an"), Qt::CaseInsensitive) == 0);
    if (!article && !opensDescription(determiner))
        return std::nullopt;
    qsizetype last = end;
    int words = 0;
    for (qsizetype at = skipSpaces(end, limit); words < 4 && at < limit;) {
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty() || !word.front().isLower())
            return std::nullopt;
        if (word.endsWith(QLatin1String("ed")) || containsWord(irregular, word) || isSpeechVerb(word)
            || isAdverb(word)) {
            if (words == 0 || !describesSomeone(pos, last))
                return std::nullopt;
            EntityMention person = describedPerson(pos, last);
            if (article) // "a girl" is "the girl" from then on
                person.canonical = QStringLiteral("the") + person.canonical.mid(determiner.size());
            return person;
        }
        last = wordEnd;
        ++words;
        at = skipSpaces(wordEnd, limit);
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::introducedBefore(qsizetype pos, qsizetype after, QChar sex) const
{
    // "Amid this mighty halo ... a girl was dancing. She was black, ... “What you run for?” she
    // asked": with nobody named whom the pronoun fits, the last person of its sex the narration
    // brought in as a sentence's subject ("a girl was dancing", "The boy wearily dropped his
    // bundle"), after \a after (which bounds the walk back).
    if (sex.isNull())
        return std::nullopt;
    for (qsizetype at = pos - 1; at >= after; --at) {
        const QChar c = m_text.at(at);
        if ((c != u'a' && c != u'A' && c != u't' && c != u'T') || (at > 0 && m_text.at(at - 1).isLetter()))
            continue;
        if (insideQuote(at))
            continue;
        const std::optional<EntityMention> person = describedSubjectAt(at, pos, true);
        if (person && sexOfNoun(QStringView(person->text).split(u' ').constLast()) == sex)
            return person;
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::addresseeOf(const QuoteSpan &quote)
{
    // A name set off by commas or closing a sentence inside the quotation: "Oh, Tommy!",
    // "Not this evening, Durbeyfield." The titles alone ("Sir", "Madam") say nobody.
    static const QSet<QString> notNames
        = {QStringLiteral("Sir"), QStringLiteral("Madam"), QStringLiteral("Lord"), QStringLiteral("God"),
            QStringLiteral("Miss"), QStringLiteral("Mister"), QStringLiteral("Ma"), QStringLiteral("Pa"),
            QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Oh"), QStringLiteral("Well")};
    for (qsizetype pos = quote.range.start; pos < quote.range.end - 1; ++pos) {
        // After a comma, or opening the quotation: "“My dear Mr. Bennet, have you heard ...”".
        const bool opening = pos == quote.range.start;
        if (!opening && m_text.at(pos) != u',')
            continue;
        qsizetype at = skipSpaces(pos + 1, quote.range.end);
        for (const QLatin1String endearment : {QLatin1String("my"), QLatin1String("dear")}) {
            qsizetype wordEnd = at;
            if (wordAt(at, &wordEnd).compare(endearment, Qt::CaseInsensitive) == 0)
                at = skipSpaces(wordEnd, quote.range.end);
        }
        if (at >= quote.range.end || (opening && !m_text.at(at).isUpper()))
            continue;
        if (m_text.at(at).isLower()) {
            // "..., parson, ...": the one described so before ("said the parson").
            if (std::optional<EntityMention> described = describedAddressee(at, quote.range.end))
                return described;
            continue;
        }
        if (!m_text.at(at).isUpper())
            continue;
        std::optional<EntityMention> name = personAt(at);
        if (name && name->type != EntityType::Person)
            continue; // "Shriner Company"
        if (!name && opening)
            continue; // "“Design! Nonsense ...”": a word opening a sentence, not a name known
        if (!name)
            name = newPersonAt(at, false);
        if (!name || isNotAName(name->text.section(u' ', 0, 0)) || notNames.contains(name->text.section(u' ', 0, 0)))
            continue;
        const qsizetype after = skipSpaces(name->range.end, quote.range.end);
        if (after < quote.range.end
            && (m_text.at(after) == u','
                || (!opening && (m_text.at(after) == u'!' || m_text.at(after) == u'?' || m_text.at(after) == u'.'))))
            return name;
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::describedAddressee(qsizetype at, qsizetype limit) const
{
    qsizetype end = at;
    const QStringView word = wordAt(at, &end);
    const qsizetype after = skipSpaces(end, limit);
    if (word.size() < 3 || after >= limit
        || !(m_text.at(after) == u',' || m_text.at(after) == u'!' || m_text.at(after) == u'?'
            || m_text.at(after) == u'.'))
        return std::nullopt;
    for (auto it = m_described.crbegin(); it != m_described.crend(); ++it) {
        if (it->range.start < at && QStringView(it->canonical).endsWith(word) && it->canonical.size() > word.size()
            && it->canonical.at(it->canonical.size() - word.size() - 1) == u' ')
            return *it;
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::otherParty(
    const QList<QuoteSpan> &quotes, const QList<bool> &cued, qsizetype i) const
{
    const std::optional<EntityMention> &last = quotes.at(i - 1).speaker;
    // At most exchangeTurns turns back: a text of replies with no cue at all would otherwise walk
    // back over every one of them for each.
    for (qsizetype j = i - 2; j >= std::max<qsizetype>(0, i - exchangeTurns); --j) {
        if (quotes.at(j + 1).range.start - quotes.at(j).range.end > exchangeNarration)
            break;
        if (!cued.at(j) || !quotes.at(j).speaker)
            continue;
        // A, B(?), this: the turn of A again, when B had no cue of its own.
        const bool lastAdjacent
            = skipSpaces(quotes.at(j).range.end, quotes.at(i - 1).range.start) == quotes.at(i - 1).range.start;
        if (j == i - 2 && !cued.at(i - 1) && lastAdjacent)
            return carried(quotes.at(j).speaker);
        if (last && cued.at(i - 1) && !samePerson(*quotes.at(j).speaker, *last))
            return carried(quotes.at(j).speaker);
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::nextTurn(
    const QList<QuoteSpan> &quotes, const QList<bool> &byTurn, qsizetype i)
{
    // A paragraph that is only a quotation, right after another: an answer to a question goes to
    // the one asked (by name, or the other party of the exchange), and once the turns go back
    // and forth they go on doing so ("“Then where do we lie?” / “At Kingsbere.” / “And our
    // estates?” / “You haven't any.”").
    if (i < 1)
        return std::nullopt;
    const QuoteSpan &previous = quotes.at(i - 1);
    if (!previous.speaker)
        return std::nullopt;
    // Nothing between the two but the previous one's own cue ("asked Durbeyfield, after a pause.").
    const qsizetype between = skipSpaces(previous.range.end, quotes.at(i).range.start);
    const bool ownCue = previous.speaker->range.start >= between
        && previous.speaker->range.end < quotes.at(i).range.start
        && quotes.at(i).range.start - previous.range.end <= 100;
    if (between != quotes.at(i).range.start && !ownCue)
        return std::nullopt;
    if (lastCharacterOf(previous) == u'?') {
        // The one a quotation of the exchange speaks to ("My dear Mr. Bennet, ..."), the nearest first.
        const qsizetype first = std::max<qsizetype>(0, i - exchangeTurns);
        for (qsizetype j = i - 1; j >= first; --j) {
            std::optional<EntityMention> asked = addresseeOf(quotes.at(j));
            if (asked && !samePerson(*asked, *previous.speaker))
                return asked;
            if (j > 0 && quotes.at(j).range.start - quotes.at(j - 1).range.end > exchangeNarration)
                break;
        }
        for (qsizetype j = i - 2; j >= first; --j) {
            if (quotes.at(j + 1).range.start - quotes.at(j).range.end > exchangeNarration)
                break;
            if (quotes.at(j).speaker && !samePerson(*quotes.at(j).speaker, *previous.speaker))
                return carried(quotes.at(j).speaker);
        }
        return std::nullopt;
    }
    if (i >= 2 && byTurn.at(i - 1) && quotes.at(i - 2).speaker
        && !samePerson(*quotes.at(i - 2).speaker, *previous.speaker))
        return carried(quotes.at(i - 2).speaker);
    return std::nullopt;
}

} // namespace Lectern
