// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cues around a quotation that name its speaker, for SpeakerAttribution: the attribution after
// it ("...," said X), a dash and its source, and the sentence that introduces it (X said: "...").
#include "analysis/mentionextent.h"
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"
#include "analysis/wordset.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

/// The last \a needle of \a text that starts after \a after and at \a from at the latest, or -1:
/// text.lastIndexOf(needle, from) for a caller that takes only a result after \a after, without
/// reading the text back to its start.
qsizetype lastIndexAfter(QStringView text, QLatin1String needle, qsizetype after, qsizetype from)
{
    if (from <= after)
        return -1;
    const qsizetype found = text.sliced(after + 1).lastIndexOf(needle, from - after - 1);
    return found < 0 ? -1 : after + 1 + found;
}

} // namespace

std::optional<EntityMention> SpeakerAttribution::afterQuote(const QuoteSpan &quote, qsizetype limit)
{
    qsizetype pos = quote.range.end;
    while (pos < limit
        && (m_text.at(pos).isSpace() || m_text.at(pos) == u',' || m_text.at(pos) == u'\u2014'
            || m_text.at(pos) == u'\u2013'))
        ++pos;
    if (pos >= limit)
        return std::nullopt;
    qsizetype end = pos;
    QStringView word = wordAt(pos, &end);
    if (word == QLatin1String("went") || word == QLatin1String("broke") || word == QLatin1String("put")
        || word == QLatin1String("chimed")) {
        // "...," went on Syme / broke in a gentleman / put in Tommy: a verb of two words.
        qsizetype particleEnd = end;
        const QStringView particle = wordAt(skipSpaces(end, limit), &particleEnd);
        if (particle == QLatin1String("on") || particle == QLatin1String("in")) {
            end = particleEnd;
            word = QStringView(u"said");
        }
    }
    if (word == QLatin1String("as")) {
        // "“...”, as expressed by our founding Prime Minister, Sir Abubakar Tafawa Balewa."
        static const QSet<QString> participles = wordSet(
            {u"expressed", u"said", u"stated", u"put", u"noted", u"declared", u"written", u"spoken", u"phrased"});
        qsizetype participleEnd = end;
        const QStringView participle = wordAt(skipSpaces(end, limit), &participleEnd);
        qsizetype byEnd = participleEnd;
        if (containsWord(participles, participle) && wordAt(skipSpaces(participleEnd, limit), &byEnd) == u"by") {
            const qsizetype at = skipSpaces(byEnd, limit);
            if (auto person = personAt(at))
                return person;
            if (auto titled = personAfterTitles(at, limit))
                return titled;
            // Who they are, then their name after a comma: "by our founding Prime Minister, Sir ...".
            const qsizetype comma = m_text.indexOf(u',', at);
            if (comma > at && comma < std::min(limit, at + 60)) {
                if (auto named = personAt(skipSpaces(comma + 1, limit)); named && named->type == EntityType::Person)
                    return named;
            }
            return personDescriptionAt(at, limit);
        }
        return std::nullopt;
    }
    if (word == QLatin1String("according")) {
        const qsizetype toStart = skipSpaces(end, limit);
        qsizetype toEnd = toStart;
        if (wordAt(toStart, &toEnd) == QLatin1String("to")) {
            const qsizetype at = skipSpaces(toEnd, limit);
            if (auto person = personAt(at))
                return person;
            return newPersonAt(at, true);
        }
        return std::nullopt;
    }
    if (isSpeechVerb(word)) { // "...," said Secretary Blinken / "...," said the Kremlin
        if (endsSentence(quote))
            return std::nullopt;
        qsizetype at = skipSpaces(end, limit);
        qsizetype articleEnd = at;
        if (wordAt(at, &articleEnd) == QLatin1String("the"))
            at = skipSpaces(articleEnd, limit);
        if (auto person = personAt(at)) {
            // "said U.S. Department of Agriculture Under Secretary and Chief Scientist Dr. Scott
            // Hutchins": the institution and the titles of the person named after them.
            if (person->type != EntityType::Person) {
                if (auto titled = personAfterTitles(person->range.end, limit))
                    return titled;
            }
            // "said the State Department spokesperson": the institution describes a person.
            qsizetype nextEnd = person->range.end;
            const QStringView next = wordAt(skipSpaces(person->range.end, limit), &nextEnd);
            if (person->type != EntityType::Person && !next.isEmpty() && next.front().isLower()
                && next != QLatin1String("and") && next != QLatin1String("on") && next != QLatin1String("in")
                && next != QLatin1String("at")) {
                if (auto described = describedSpeakerAt(skipSpaces(end, limit), limit))
                    return described;
            }
            return person;
        }
        qsizetype pronounEnd = at;
        if (auto pronoun = pronounAt(at, &pronounEnd))
            return pronoun;
        // "said Under Secretary of Commerce for Standards and Technology and NIST Director Dr.
        // Arvind Raman": titles the syntax definition does not join to the name.
        if (auto titled = personAfterTitles(at, limit))
            return titled;
        if (auto created = newPersonAt(at, true))
            return created;
        // "said a White House spokesperson", "said a young officer to him": someone not named, by
        // a description whose last word is a person's noun.
        qsizetype indefiniteEnd = at;
        const QStringView indefinite = wordAt(at, &indefiniteEnd);
        if (indefinite == u"a" || indefinite == u"an") {
            constexpr int MostWords = 4;
            qsizetype nounEnd = -1;
            qsizetype next = skipSpaces(indefiniteEnd, limit);
            for (int words = 0; words < MostWords && next < limit; ++words) {
                qsizetype describingEnd = next;
                const QStringView describing = wordAt(next, &describingEnd);
                if (describing.isEmpty())
                    break;
                if (isPersonNoun(describing))
                    nounEnd = describingEnd;
                next = skipSpaces(describingEnd, limit);
            }
            if (nounEnd > 0)
                return describedPerson(at, nounEnd);
        }
        return describedSpeakerAt(skipSpaces(end, limit), limit); // "said the spokesperson"
    }
    // "...," Blinken said / "...," he added / "...," the spokesperson said.
    qsizetype subjectEnd = pos;
    std::optional<EntityMention> subject = subjectAt(pos, &subjectEnd);
    if (!subject) {
        subject = describedSpeakerAt(pos, limit);
        if (subject)
            subjectEnd = subject->range.end;
    }
    bool isNew = false;
    if (!subject) {
        subject = newPersonAt(pos, false);
        isNew = subject.has_value();
        if (subject)
            subjectEnd = subject->range.end;
    }
    if (!subject)
        return std::nullopt;
    qsizetype next = skipSpaces(subjectEnd, limit);
    qsizetype verbEnd = next;
    QStringView verb = wordAt(next, &verbEnd);
    if (isAdverb(verb)) {
        next = skipSpaces(verbEnd, limit);
        verb = wordAt(next, &verbEnd);
    }
    if (verb == u"used") { // "“Alas,” he used to add,"
        qsizetype toEnd = verbEnd;
        if (wordAt(skipSpaces(verbEnd, limit), &toEnd) == u"to")
            verb = wordAt(skipSpaces(toEnd, limit), &verbEnd);
    }
    if (!isSpeechVerb(verb))
        return std::nullopt;
    // "...?" Mr. Bennet replied that he had not: the next thing he says, reported.
    qsizetype thatEnd = verbEnd;
    if (wordAt(skipSpaces(verbEnd, limit), &thatEnd) == QLatin1String("that") || endsSentence(quote))
        return std::nullopt;
    if (isNew)
        return newPersonAt(pos, true);
    return subject;
}

std::optional<EntityMention> SpeakerAttribution::personAfterTitles(qsizetype pos, qsizetype limit) const
{
    constexpr int MostWords = 14;
    static const QSet<QString> joining = wordSet({u"and", u"of", u"for", u"the", u"&"});
    qsizetype at = skipSpaces(pos, limit);
    for (int words = 0; words <= MostWords && at < limit; ++words) {
        const auto person = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), at,
            [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        if (person != m_mentions.cend() && person->range.start == at && person->type == EntityType::Person)
            return *person;
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty() || (!word.front().isUpper() && !containsWord(joining, word)))
            return std::nullopt;
        if (wordEnd < limit && m_text.at(wordEnd) == u'.')
            ++wordEnd; // "Dr."
        if (wordEnd >= limit || !m_text.at(wordEnd).isSpace())
            return std::nullopt;
        at = skipSpaces(wordEnd, limit);
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::nameAfterRoles(qsizetype pos, qsizetype end)
{
    // Roles in capitals joined by "and", then a name of two or three words that ends at \a end:
    // "President and CEO| Drew Maloney", whom the name classifier left untyped.
    qsizetype at = skipSpaces(pos, end);
    bool afterRole = false;
    for (int words = 0; words < 8 && at < end; ++words) {
        if (afterRole && m_text.at(at).isUpper()) {
            if (const std::optional<EntityMention> name = newPersonAt(at, false);
                name && name->text.contains(u' ') && skipSpaces(name->range.end, end) == end)
                return newPersonAt(at, true);
        }
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty())
            return std::nullopt;
        if (word == u"and")
            afterRole = false;
        else if (word.front().isUpper() && isRoleNoun(word))
            afterRole = true;
        else
            return std::nullopt;
        at = skipSpaces(wordEnd, end);
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::dashAttribution(const QuoteSpan &quote) const
{
    constexpr int MostLineBreaks = 2;
    qsizetype pos = quote.range.end;
    int lineBreaks = 0;
    while (pos < m_text.size() && m_text.at(pos).isSpace() && lineBreaks <= MostLineBreaks)
        lineBreaks += m_text.at(pos++) == u'\n';
    if (pos >= m_text.size() || lineBreaks > MostLineBreaks
        || !(m_text.at(pos) == u'\u2014' || m_text.at(pos) == u'\u2013'
            || (m_text.at(pos) == u'-' && pos + 1 < m_text.size() && m_text.at(pos + 1).isSpace())))
        return std::nullopt;
    qsizetype lineEnd = m_text.indexOf(u'\n', pos);
    if (lineEnd < 0)
        lineEnd = m_text.size();
    // The first person on that line, with their title.
    auto mention = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    for (; mention != m_mentions.cend() && mention->range.start < lineEnd; ++mention) {
        if (mention->type != EntityType::Person)
            continue;
        auto title = std::lower_bound(m_titles.cbegin(), m_titles.cend(), pos,
            [](const LexicalSpan &span, qsizetype p) { return span.start < p; });
        for (; title != m_titles.cend() && title->start < mention->range.start; ++title) {
            if (skipSpaces(title->end, mention->range.start) == mention->range.start)
                return personAt(title->start);
        }
        return *mention;
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::asSaid(qsizetype start, qsizetype end)
{
    static const QSet<QString> auxiliaries = {QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("once"),
        QStringLiteral("often"), QStringLiteral("always"), QStringLiteral("famously"), QStringLiteral("later")};
    const qsizetype clause = skipSpaces(start, end);
    qsizetype pos = clause;
    if (wordAt(clause, &pos).compare(QLatin1String("as"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    pos = skipSpaces(pos, end);
    qsizetype subjectEnd = pos;
    std::optional<EntityMention> subject = subjectAt(pos, &subjectEnd);
    if (!subject) {
        subject = newPersonAt(pos, false);
        subjectEnd = subject ? subject->range.end : pos;
    }
    if (!subject)
        return std::nullopt;
    qsizetype verbEnd = skipSpaces(subjectEnd, end);
    verbEnd = afterAppositive(*subject, verbEnd, end); // "As Cardinal Pizzaballa, Latin Patriarch of Jerusalem,"
    QStringView verb = wordAt(verbEnd, &verbEnd);
    while (containsWord(auxiliaries, verb) || isAdverb(verb))
        verb = wordAt(skipSpaces(verbEnd, end), &verbEnd);
    const bool putIt = verb == u"put" && wordAt(skipSpaces(verbEnd, end), &verbEnd) == u"it";
    if (!putIt && !isSpeechVerb(verb))
        return std::nullopt;
    if (subject->range.end == subjectEnd && !isPronoun(m_text.mid(subject->range.start, subject->range.length()))
        && !personAt(pos))
        return newPersonAt(pos, true); // a name that only this tells is a person's
    return subject;
}

std::optional<EntityMention> SpeakerAttribution::saidBefore(qsizetype start, qsizetype end)
{
    if (std::optional<EntityMention> speaker = asSaid(start, end))
        return speaker;
    // The last person or pronoun of the sentence that a speech verb follows, a few words before
    // the quote: "Boris Johnson said recently there is “Ukraine fatigue.”", "he lamented “the
    // filth and the decay”", "because I said “Indian Country.”".
    constexpr int MostWordsBetween = 6;
    std::optional<EntityMention> last;
    for (qsizetype pos = start; pos < end;) {
        if (!m_text.at(pos).isLetter()) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos;
        wordAt(pos, &wordEnd);
        qsizetype subjectEnd = wordEnd;
        std::optional<EntityMention> subject = subjectAt(pos, &subjectEnd);
        if (!subject && opensDescription(m_text.mid(pos, wordEnd - pos)) && (subject = personDescriptionAt(pos, end)))
            subjectEnd = subject->range.end; // "The Rabbis teach that “...”"
        // A person, or an institution: "the Nobel Committee noted that Sakharov “fought ...”".
        if (!subject || (subject->type != EntityType::Person && subject->type != EntityType::Organization)) {
            pos = wordEnd;
            continue;
        }
        qsizetype verbEnd = skipSpaces(subjectEnd, end);
        QStringView verb = wordAt(verbEnd, &verbEnd);
        const bool passive = verb == u"was" || verb == u"is" || verb == u"were"; // "he was asked"
        if (isAdverb(verb))
            verb = wordAt(skipSpaces(verbEnd, end), &verbEnd);
        if (isSpeechVerb(verb) && !passive) {
            int words = 0;
            for (qsizetype at = verbEnd; at < end && words <= MostWordsBetween; ++at)
                words += m_text.at(at).isSpace() && at + 1 < end && !m_text.at(at + 1).isSpace();
            last = words <= MostWordsBetween ? subject : std::nullopt;
        }
        pos = std::max(subjectEnd, pos + 1);
    }
    // A second verb of the subject, a few words before the quotation: "Representative Boebert
    // called the Infrastructure Law a “scam,” and claimed it was “punishment for rural America.”".
    if (!last) {
        const qsizetype and_ = m_text.mid(start, end - start).lastIndexOf(QLatin1String(" and "));
        if (and_ >= 0) {
            qsizetype verbEnd = start + and_ + 5;
            const QStringView verb = wordAt(verbEnd, &verbEnd);
            int words = 0;
            for (qsizetype at = verbEnd; at < end && words <= MostWordsBetween; ++at)
                words += m_text.at(at).isSpace() && at + 1 < end && !m_text.at(at + 1).isSpace();
            if (isSpeechVerb(verb) && verb.front().isLower() && words <= MostWordsBetween) {
                last = clauseSubject(start, start + and_);
                // The subject may stand before a term of the same sentence ("a “scam,”").
                qsizetype sentence = start;
                while (sentence > 0 && start - sentence < 300 && m_text.at(sentence - 1) != u'\n'
                    && !((m_text.at(sentence - 1) == u'.' || m_text.at(sentence - 1) == u'!'
                             || m_text.at(sentence - 1) == u'?')
                        && m_text.at(sentence).isSpace() && !insideQuote(sentence - 1)))
                    --sentence;
                if (!last)
                    last = sentenceSubject(sentence, start + and_);
            }
        }
    }
    if (!last)
        last = promisedBy(start, end);
    if (!last)
        last = afterPromising(start, end);
    return last;
}

std::optional<EntityMention> SpeakerAttribution::afterPromising(qsizetype start, qsizetype end) const
{
    // What the sentence's subject said, told by a gerund of speech right before the quotation:
    // after a conjunction ("President Trump signed an Executive Order ... after promising to “end
    // forever ...”", "while insisting that “...”"), a comma ("The Ministry issued a statement on
    // Monday, saying: “...”") or a noun ("the ICJ issued provisional measures stating that:").
    static const QSet<QString> gerunds = wordSet(
        {u"promising", u"vowing", u"pledging", u"saying", u"declaring", u"insisting", u"stating", u"announcing",
            u"warning", u"claiming", u"proclaiming", u"writing", u"noting", u"adding", u"urging", u"telling"});
    static const QSet<QString> conjunctions = wordSet({u"after", u"before", u"while", u"when", u"by", u"upon"});
    static const QSet<QString> objects = wordSet({u"him", u"her", u"them", u"us", u"me", u"reporters"});
    qsizetype at = end;
    QStringView word = wordBefore(&at, start);
    if (word == u"to" || word == u"that" || containsWord(objects, word)) // "telling him,"
        word = wordBefore(&at, start);
    if (!containsLowerCaseWord(gerunds, word))
        return std::nullopt;
    // A gerund after a comma or a document is not always the subject's ("I got a phone call,
    // saying", "people staring at the ceiling, saying", "I quoted 17 Nobel laureates saying"):
    // there only an entity named as the sentence's subject counts.
    static const QSet<QString> documents = wordSet(
        {u"statement", u"statements", u"measures", u"order", u"ruling", u"resolution", u"decision", u"declaration",
            u"communique", u"communiqué", u"report", u"release", u"letter", u"judgment", u"judgement", u"opinion"});
    qsizetype clauseEnd = at;
    const bool comma = at > start && m_text.mid(start, at - start).trimmed().endsWith(u',');
    const QStringView before = wordBefore(&at, start);
    if (containsLowerCaseWord(conjunctions, before))
        return clauseSubject(start, at);
    if (!comma && !containsLowerCaseWord(documents, before))
        return std::nullopt;
    while (clauseEnd > start && (m_text.at(clauseEnd - 1).isSpace() || m_text.at(clauseEnd - 1) == u','))
        --clauseEnd;
    return sentenceSubject(start, clauseEnd);
}

std::optional<EntityMention> SpeakerAttribution::sentenceSubject(qsizetype start, qsizetype end) const
{
    // The first one who can speak with a verb after it: "In 2023, in light of acts of aggression
    // by Venezuela, the ICJ| issued".
    static const QSet<QString> notVerbs = wordSet({u"of", u"in", u"on", u"at", u"to", u"for", u"with", u"from", u"by",
        u"and", u"or", u"but", u"the", u"a", u"an", u"who", u"that", u"which", u"as", u"about"});
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), start,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    for (; it != m_mentions.cend() && it->range.end <= end; ++it) {
        if (!canSpeak(it->type) || insideQuote(it->range.start))
            continue;
        qsizetype verbEnd = it->range.end;
        const QStringView verb = wordAt(skipSpaces(it->range.end, end), &verbEnd);
        if (!verb.isEmpty() && verb.front().isLower() && !containsWord(notVerbs, verb))
            return *it;
    }
    return std::nullopt;
}

QStringView SpeakerAttribution::wordBefore(qsizetype *at, qsizetype start) const
{
    qsizetype pos = *at;
    while (pos > start && !m_text.at(pos - 1).isLetter())
        --pos;
    const qsizetype wordEnd = pos;
    while (pos > start && m_text.at(pos - 1).isLetter())
        --pos;
    *at = pos;
    return m_text.mid(pos, wordEnd - pos);
}

std::optional<EntityMention> SpeakerAttribution::toSayBy(qsizetype start, qsizetype end) const
{
    // What the clause's subject does "to say": "He went as the first-ever American president in
    // wartime to Israel to say, “I have Israel’s back.”". Not what a thing "was to ask" ("your
    // first response ... was to ask,").
    qsizetype at = end;
    const QStringView verb = wordBefore(&at, start);
    if (verb != u"say" && verb != u"declare" && verb != u"ask" && verb != u"tell")
        return std::nullopt;
    if (wordBefore(&at, start) != u"to")
        return std::nullopt;
    const qsizetype to = at;
    const QStringView copula = wordBefore(&at, start);
    if (copula == u"was" || copula == u"is")
        return std::nullopt;
    return clauseSubject(start, to);
}

std::optional<EntityMention> SpeakerAttribution::promisedBy(qsizetype start, qsizetype end) const
{
    // Whose words the quotation is, by a noun of speech right before it: "President Trump is
    // fulfilling his campaign promise to “...”", "the President’s pledge of “...”", "his favorite
    // rejoinder was, “...”".
    static const QSet<QString> speechNouns = wordSet({u"promise", u"promises", u"pledge", u"pledges", u"vow", u"words",
        u"call", u"message", u"motto", u"slogan", u"appeal", u"warning", u"remark", u"remarks", u"rejoinder", u"retort",
        u"reply", u"answer", u"response", u"advice", u"refrain"});
    static const QSet<QString> possessives = wordSet({u"his", u"her", u"their"});
    constexpr int MostWords = 4;
    qsizetype at = end;
    std::optional<qsizetype> nounFound;
    for (int words = 0; words < MostWords && at > start; ++words) {
        while (at > start && !m_text.at(at - 1).isLetter())
            --at;
        qsizetype wordStart = at;
        while (wordStart > start
            && (m_text.at(wordStart - 1).isLetter() || m_text.at(wordStart - 1) == u'\u2019'
                || m_text.at(wordStart - 1) == u'\''))
            --wordStart;
        const QStringView word = m_text.mid(wordStart, at - wordStart);
        if (!nounFound) {
            if (containsLowerCaseWord(speechNouns, word))
                nounFound = wordStart;
            else if (word != u"to" && word != u"of" && !(words == 0 && (word == u"was" || word == u"is")))
                return std::nullopt; // "his favorite rejoinder was, “Let ’em say it.”"
        } else if (containsLowerCaseWord(possessives, word)) {
            // The possessive is the mention, as a pronoun is; whom it stands for, the canonical name.
            const bool his = word.compare(QLatin1String("his"), Qt::CaseInsensitive) == 0;
            const bool her = word.compare(QLatin1String("her"), Qt::CaseInsensitive) == 0;
            std::optional<EntityMention> owner = antecedentOf(wordStart, his ? u"he" : her ? u"she" : u"they");
            if (owner) {
                owner->range = {wordStart, at};
                owner->text = word.toString();
            }
            return owner;
        } else if (word.endsWith(u"\u2019s") || word.endsWith(u"'s")) {
            if (std::optional<EntityMention> owner = personEndingAt(at - 2))
                return owner;
            return std::nullopt;
        }
        at = wordStart;
    }
    return std::nullopt;
}

qsizetype SpeakerAttribution::afterAppositive(const EntityMention &subject, qsizetype at, qsizetype end) const
{
    // Who they are, between commas, after a person's name: "Professor Sir Hilary Beckles, Chairman
    // of the CARICOM Reparations Commission, stated", "King Mohammed VI, may God assist him,
    // affirmed", "As Cardinal Pizzaballa, Latin Patriarch of Jerusalem, rightly stated".
    if (at >= end || m_text.at(at) != u',' || subject.type != EntityType::Person
        || isPronoun(m_text.mid(subject.range.start, subject.range.length())))
        return at;
    const qsizetype close = m_text.indexOf(u',', at + 1);
    return close > at && close < std::min(end - 1, at + 100) ? skipSpaces(close + 1, end) : at;
}

std::optional<EntityMention> SpeakerAttribution::transcriptLabel(qsizetype start, qsizetype end) const
{
    // A transcript's turn in capitals: "AUDIENCE: “Fine by me!”", "THE VICE PRESIDENT:",
    // "MS. BUSH:". Only the labels of a role or with a title, not a heading in capitals
    // ("SECURING OUR HOMELAND:").
    static const QSet<QString> openers = {QStringLiteral("THE"), QStringLiteral("MR"), QStringLiteral("MRS"),
        QStringLiteral("MS"), QStringLiteral("DR"), QStringLiteral("AUDIENCE"), QStringLiteral("MODERATOR"),
        QStringLiteral("PARTICIPANT"), QStringLiteral("SENATOR"), QStringLiteral("SECRETARY"),
        QStringLiteral("GOVERNOR"), QStringLiteral("MAYOR"), QStringLiteral("AMBASSADOR"), QStringLiteral("PRESIDENT"),
        QStringLiteral("REPRESENTATIVE"), QStringLiteral("ADMIRAL"), QStringLiteral("GENERAL")};
    const QStringView label = m_text.mid(start, end - start).trimmed();
    if (label.size() < 2 || label.size() > 40)
        return std::nullopt;
    for (const QChar c : label) {
        if (!(c.isUpper() || c == u' ' || c == u'.' || c == u'-' || c == u'\u2019' || c == u'\''))
            return std::nullopt;
    }
    const QList<QStringView> words = label.split(u' ', Qt::SkipEmptyParts);
    QString first = words.constFirst().toString();
    if (first.endsWith(u'.'))
        first.chop(1);
    if (words.size() > 4 || !openers.contains(first) || (first == QLatin1String("THE") && words.size() < 2))
        return std::nullopt;
    EntityMention speaker;
    speaker.range = {start, start + label.size()};
    speaker.type = EntityType::Person;
    speaker.text = label.toString();
    speaker.canonical = speaker.text;
    return speaker;
}

bool SpeakerAttribution::isAbbreviationBefore(qsizetype dot) const
{
    // "Mr. Byrnes", "Gen. Milley": a full stop that ends no sentence.
    static const QSet<QString> abbreviations = {QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"),
        QStringLiteral("Dr"), QStringLiteral("St"), QStringLiteral("Gen"), QStringLiteral("Sen"), QStringLiteral("Rep"),
        QStringLiteral("Gov"), QStringLiteral("Lt"), QStringLiteral("Col"), QStringLiteral("Capt"),
        QStringLiteral("Prof"), QStringLiteral("Sgt"), QStringLiteral("Adm"), QStringLiteral("Amb")};
    qsizetype wordStart = dot;
    while (wordStart > 0 && m_text.at(wordStart - 1).isLetter())
        --wordStart;
    return abbreviations.contains(m_text.mid(wordStart, dot - wordStart).toString());
}

std::optional<EntityMention> SpeakerAttribution::reportedBy(qsizetype start, qsizetype end)
{
    // The sentence right before the quotation reports what one person said, and the quotation
    // goes on in their words: "But, added Mr. Byrnes, it is better that the world should witness
    // clashes of ideas. “We must co-operate ...”". Not "I", who tells what others said; not a
    // sentence with two speakers.
    std::optional<EntityMention> speaker;
    for (qsizetype pos = start; pos < end;) {
        if (!m_text.at(pos).isLetter()) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos;
        const QStringView word = wordAt(pos, &wordEnd);
        std::optional<EntityMention> cue;
        qsizetype cueEnd = wordEnd;
        if (isSpeechVerb(word) && word != u"asked" && word != u"told") { // "added Mr. Byrnes"
            const qsizetype at = skipSpaces(wordEnd, end);
            if ((cue = personAt(at)) || (cue = newPersonAt(at, false)))
                cueEnd = cue->range.end;
        }
        if (!cue) {
            if (std::optional<EntityMention> subject = subjectAt(pos, &cueEnd)) {
                qsizetype verbEnd = skipSpaces(cueEnd, end);
                QStringView verb = wordAt(verbEnd, &verbEnd);
                const bool passive = verb == u"was" || verb == u"is" || verb == u"were";
                if (isAdverb(verb))
                    verb = wordAt(skipSpaces(verbEnd, end), &verbEnd);
                if (isSpeechVerb(verb) && !passive)
                    cue = subject;
            }
        }
        if (cue) {
            if (cue->text == QLatin1String("I") || (speaker && speaker->canonical != cue->canonical))
                return std::nullopt;
            speaker = cue;
        }
        pos = std::max(cueEnd, pos + 1);
    }
    return speaker && canSpeak(speaker->type) ? speaker : std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::inTheWordsOf(qsizetype from, qsizetype to) const
{
    // "In the words of the great reformer Florence Kelley, “...”", "in the words of Dr. Martin
    // Luther King Jr. “...”": the person named right before the quotation.
    constexpr qsizetype MostCharacters = 200;
    const qsizetype windowStart = std::max(from, to - MostCharacters);
    const QStringView window = m_text.mid(windowStart, to - windowStart);
    // Also the author of words written: "the verse that’s written by the great Irish poet, William
    // Yeats, “...”", "a phrase coined by ...".
    static const QRegularExpression author(QStringLiteral("\\b(?:written|penned|coined|composed|spoken|uttered) by "),
        QRegularExpression::CaseInsensitiveOption);
    // And "the famous phrase of Winston Churchill that “...”", "we recall the words of President
    // Kennedy: “...”".
    static const QRegularExpression wordsOf(
        QStringLiteral("\\b(?:words|phrase|saying|dictum|maxim|adage|admonition|exhortation) of "),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype after = -1;
    QRegularExpressionMatchIterator found = author.globalMatchView(window);
    while (found.hasNext())
        after = std::max(after, windowStart + found.next().capturedEnd());
    found = wordsOf.globalMatchView(window);
    while (found.hasNext())
        after = std::max(after, windowStart + found.next().capturedEnd());
    if (after < 0)
        return std::nullopt;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), after,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    for (; it != m_mentions.cend() && it->range.end <= to; ++it) {
        if (it->type != EntityType::Person)
            continue;
        // The quotation follows the name: at most a comma or a full stop between, or "that".
        QStringView between = m_text.mid(it->range.end, to - it->range.end).trimmed();
        if (between.startsWith(u"that") && (between.size() == 4 || !between.at(4).isLetter()))
            between = between.mid(4).trimmed();
        if (between.size() > 1)
            continue;
        const std::optional<EntityMention> titled = personEndingAt(it->range.end);
        return titled ? titled : std::optional<EntityMention>(*it);
    }
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::clauseSubject(qsizetype start, qsizetype end) const
{
    // The clause: back to a comma, a dash, a colon or a semicolon, or to \a start.
    qsizetype from = end;
    while (from > start) {
        const QChar c = m_text.at(from - 1);
        if (c == u',' || c == u';' || c == u':' || c == u'\u2014' || c == u'\u2013' || c == u'(')
            break;
        --from;
    }
    static const QSet<QString> notVerbs = wordSet({u"of", u"in", u"on", u"at", u"to", u"for", u"with", u"from", u"by",
        u"since", u"and", u"or", u"but", u"the", u"a", u"an", u"who", u"that", u"which", u"as", u"about", u"into",
        u"over", u"under", u"after", u"before", u"around", u"all"});
    static const QSet<QString> prepositions = wordSet({u"of", u"in", u"on", u"at", u"to", u"for", u"with", u"from",
        u"by", u"about", u"into", u"over", u"under", u"around"});
    std::optional<EntityMention> last;
    QStringView previous;
    for (qsizetype pos = from; pos < end;) {
        if (!m_text.at(pos).isLetter()) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos;
        wordAt(pos, &wordEnd);
        qsizetype subjectEnd = wordEnd;
        std::optional<EntityMention> subject = subjectAt(pos, &subjectEnd);
        // Not the object of a preposition: "look at you all and say".
        if (subject && subject->type == EntityType::Person && !containsWord(prepositions, previous)) {
            // A subject has its verb next: "he was speaking ...", "the President being able to ...".
            const qsizetype next
                = subjectEnd < end && (m_text.at(subjectEnd) == u'\'' || m_text.at(subjectEnd) == u'\u2019')
                ? subjectEnd + 1
                : skipSpaces(subjectEnd, end);
            qsizetype verbEnd = next;
            const QStringView verb = wordAt(next, &verbEnd);
            if (!verb.isEmpty() && verb.front().isLower() && !containsWord(notVerbs, verb))
                last = subject;
            previous = {};
            pos = std::max(subjectEnd, pos + 1);
            continue;
        }
        previous = m_text.mid(pos, wordEnd - pos);
        pos = wordEnd;
    }
    return last;
}

std::optional<EntityMention> SpeakerAttribution::introduction(qsizetype from, qsizetype to, bool mustEndWithColon)
{
    // The intro sentence: from the last sentence end before `to`.
    qsizetype end = to;
    while (end > from && m_text.at(end - 1).isSpace())
        --end;
    if (end <= from)
        return std::nullopt;
    if (std::optional<EntityMention> speaker = inTheWordsOf(from, to))
        return speaker;
    // What stands between the cue and the quotation: "stated, [and I quote]", "has, quote,", and
    // a blockquote's ">" ("affirmed that: > “...”").
    QChar markerEnd;
    {
        static const QRegularExpression marker(QStringLiteral("(?:>\\s*)+\\z|(?:[\\[(]and I quote[\\])]|\\band I "
                                                              "quote|\\bquote)\\s*[,:]?\\z"),
            QRegularExpression::CaseInsensitiveOption);
        const qsizetype windowStart = std::max(from, end - 24);
        const QRegularExpressionMatch match = marker.matchView(m_text.mid(windowStart, end - windowStart));
        if (match.hasMatch()) {
            // "said, and I quote:" ends with its colon, "stated, [and I quote]" with its comma.
            markerEnd = match.capturedView().back();
            end = windowStart + match.capturedStart();
            while (end > from && m_text.at(end - 1).isSpace())
                --end;
            if (end <= from)
                return std::nullopt;
        }
    }
    QChar last = m_text.at(end - 1);
    if (markerEnd == u':' || (!markerEnd.isNull() && last != u':'))
        last = markerEnd == u':' ? u':' : u',';
    // A name, not speech: "under the theme: “Multilateral Solutions for a Better Tomorrow.”".
    {
        qsizetype wordEnd = end - (last == u',' || last == u':' ? 1 : 0);
        qsizetype wordStart = wordEnd;
        while (wordStart > from && m_text.at(wordStart - 1).isLetter())
            --wordStart;
        // What a naming verb introduces ("entitled", "dubbed") never gets here: it is a term
        // (followsNamingWord() in recognizer.cpp). Not "called": "Representative Boebert called it
        // “dangerous for America”" is her word.
        static const QSet<QString> naming = {QStringLiteral("theme"), QStringLiteral("motto"), QStringLiteral("slogan"),
            QStringLiteral("hashtag"), QStringLiteral("headline"), QStringLiteral("title"),
            QStringLiteral("catchphrase"), QStringLiteral("banner")};
        if (naming.contains(m_text.mid(wordStart, wordEnd - wordStart).toString().toLower()))
            return std::nullopt;
    }
    qsizetype start = end - 1;
    while (start > from) {
        const QChar c = m_text.at(start - 1);
        // Not the full stop of an initial or an abbreviation: "U.S. Climate Alliance:".
        const bool initial = c == u'.' && start >= 2 && m_text.at(start - 2).isUpper()
            && (start == 2 || !m_text.at(start - 3).isLetter());
        if ((c == u'.' || c == u'!' || c == u'?') && start < end && m_text.at(start).isSpace() && !initial
            && !(c == u'.' && isAbbreviationBefore(start - 1)))
            break;
        --start;
    }
    if (!mustEndWithColon && last == u'.') {
        // Not the cue of the quotation before ("“Gratuity?” hinted Tuppence. “Spent.”").
        const bool afterQuote = skipSpaces(from, start) >= start && from > 0 && insideQuote(from - 1);
        return afterQuote ? std::nullopt : reportedBy(start, end);
    }
    if (last != u':' && (mustEndWithColon || last != u','))
        return (mustEndWithColon || last == u'!' || last == u'?') ? std::nullopt : saidBefore(start, end);
    // 0. A name, then what they are, before a colon: "Anthony Roberts, Chairman, Yocha Dehe
    // Tribe:", "National Wildlife Federation:", as statements list what others said.
    if (last == u':') {
        qsizetype first = skipSpaces(start, end);
        // A list item's bullet: "• CNN: “...”", as statements list what others said.
        if (first < end && (m_text.at(first) == u'\u2022' || m_text.at(first) == u'-' || m_text.at(first) == u'*'))
            first = skipSpaces(first + 1, end);
        // The source note of the quotation before, in escaped brackets: "\\[Tweet, 4/13/23\\] Asylum
        // Seeker Advocacy Project (ASAP): “...”".
        if (m_text.mid(first, end - first).startsWith(QLatin1String("\\["))) {
            const qsizetype close = m_text.indexOf(QLatin1String("\\]"), first + 2);
            if (close > first && close + 2 < end)
                first = skipSpaces(close + 2, end);
        }
        if (std::optional<EntityMention> label = transcriptLabel(first, end - 1))
            return label;
        if (const std::optional<EntityMention> speaker = personAt(first)) {
            qsizetype after = skipSpaces(speaker->range.end, end);
            // Its acronym in brackets: "American Football Coaches Association (AFCA):".
            static const QRegularExpression acronym(QStringLiteral("\\A\\([A-Z][A-Z0-9&.-]+\\)"));
            // A short subject: PCRE2 checks all of it for valid UTF-16 on every call.
            const QRegularExpressionMatch match
                = acronym.matchView(m_text.mid(after, std::min<qsizetype>(24, end - after)));
            if (match.hasMatch())
                after = skipSpaces(after + match.capturedEnd(), end);
            // An institution, then the person's titles in it and their name: "Edison Electric
            // Institute President and CEO Drew Maloney:".
            if (speaker->type == EntityType::Organization && after < end - 1) {
                if (std::optional<EntityMention> person = personAfterTitles(after, end - 1);
                    person && skipSpaces(person->range.end, end) == end - 1)
                    return person;
                if (std::optional<EntityMention> person = nameAfterRoles(after, end - 1))
                    return person;
            }
            const bool described = after < end && m_text.at(after) == u',' && speaker->type == EntityType::Person;
            const bool alone = after == end - 1
                && (speaker->type == EntityType::Person || speaker->type == EntityType::Organization);
            if (described || alone)
                return speaker;
        }
    }
    // 1. "..., said Secretary Blinken:" and 2. "Blinken said:" / "he added," ... The cue nearest
    // the quotation counts: "And I said — they said, “What if ...”".
    std::optional<EntityMention> onlyPerson;
    bool several = false;
    std::optional<EntityMention> cue;
    qsizetype unknownNameAt = -1; // a cue whose speaker is a name met only there
    qsizetype subjectsVerbAt = -1;
    QStringView previousWord;
    qsizetype previousWordAt = start;
    for (qsizetype pos = start; pos < end;) {
        if (!m_text.at(pos).isLetter()) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos;
        const QStringView word = wordAt(pos, &wordEnd);
        // A relative clause that speaks: "It was the late Reverend Martin Luther King Jr, who once
        // said, “...”".
        if (word == u"who" && !cue) {
            qsizetype comma = pos;
            while (comma > start && m_text.at(comma - 1).isSpace())
                --comma;
            qsizetype verbEnd = wordEnd;
            QStringView verb = wordAt(skipSpaces(wordEnd, end), &verbEnd);
            if (isAdverb(verb))
                verb = wordAt(skipSpaces(verbEnd, end), &verbEnd);
            if (comma > start && m_text.at(comma - 1) == u',' && isSpeechVerb(verb)) {
                std::optional<EntityMention> person = personEndingAt(comma - 1);
                if (!person && comma - 2 > start && m_text.at(comma - 2) == u'.')
                    person = personEndingAt(comma - 2); // "King Jr., who"
                if (person) {
                    cue = person;
                    unknownNameAt = -1;
                    pos = verbEnd;
                    previousWord = verb;
                    previousWordAt = pos;
                    continue;
                }
            }
        }
        // A second verb of the sentence's subject, right before the quotation: "she looked at me
        // and said, “...”".
        // It is the cue nearest the quotation, whatever cue came before ("If I had told you ..., I
        // think you would have looked at me and say,").
        if (isSpeechVerb(word) && previousWord == u"and") {
            int wordsAfter = 0;
            for (qsizetype at = wordEnd; at < end; ++at)
                wordsAfter += m_text.at(at).isLetter() && !m_text.at(at - 1).isLetter();
            // Or what they said, reported: "Senator McConnell was talking and said that the
            // package, quote, “...”".
            qsizetype thatEnd = wordEnd;
            const bool reported = wordAt(skipSpaces(wordEnd, end), &thatEnd) == u"that" && wordsAfter <= 5;
            if (wordsAfter <= 2 || reported) {
                if (std::optional<EntityMention> subject = clauseSubject(start, previousWordAt)) {
                    cue = subject;
                    unknownNameAt = -1;
                }
            }
        }
        const QStringView wordBefore = previousWord;
        previousWord = word;
        previousWordAt = pos;
        // Not the object of a subject's verb: "President Trump praised Senator Graham’s ...".
        if (isSpeechVerb(word) && pos != subjectsVerbAt) {
            const qsizetype at = skipSpaces(wordEnd, end);
            if (auto person = personAt(at)) {
                cue = person;
                unknownNameAt = -1;
                pos = std::max(person->range.end, wordEnd);
                continue;
            }
        }
        qsizetype subjectEnd = wordEnd;
        std::optional<EntityMention> subject = subjectAt(pos, &subjectEnd);
        if (!subject && opensDescription(word) && (subject = personDescriptionAt(pos, end)))
            subjectEnd = subject->range.end; // "My dad used to say,", "The Rabbis teach that"
        if (subject) {
            if (subject->type == EntityType::Person && personAt(pos) && personAt(pos)->type == EntityType::Person) {
                if (onlyPerson && onlyPerson->canonical != subject->canonical)
                    several = true;
                else if (!onlyPerson)
                    onlyPerson = subject;
            }
            // "I'd say", "she would say", "he will say".
            // Also "'ve" ("I've said"); "'m", "'s" and "'re" below.
            static const QSet<QString> modals = {QStringLiteral("d"), QStringLiteral("ll"), QStringLiteral("would"),
                QStringLiteral("will"), QStringLiteral("might"), QStringLiteral("may"), QStringLiteral("can"),
                QStringLiteral("could"), QStringLiteral("ve")};
            qsizetype next = subjectEnd < end && (m_text.at(subjectEnd) == u'\'' || m_text.at(subjectEnd) == u'\u2019')
                ? subjectEnd + 1
                : skipSpaces(subjectEnd, end);
            next = afterAppositive(*subject, next, end);
            // The name as the appositive of who they are: "As a great Italian patriot, Carlo
            // Pisacane, once said:".
            const auto commaBefore = [this, &subject, start]() {
                qsizetype at = subject->range.start;
                while (at > start && m_text.at(at - 1).isSpace())
                    --at;
                return at > start && m_text.at(at - 1) == u',';
            };
            if (next < end && m_text.at(next) == u',' && subject->type == EntityType::Person
                && !isDescription(subject->text) && !isPronoun(subject->text) && commaBefore()) {
                qsizetype afterEnd = next;
                const QStringView after = wordAt(skipSpaces(next + 1, end), &afterEnd);
                if (isAdverb(after) || isSpeechVerb(after))
                    next = skipSpaces(next + 1, end);
            }
            qsizetype verbEnd = next;
            QStringView verb = wordAt(next, &verbEnd);
            const bool contractedBe = verb == u"s" || verb == u"m" || verb == u"re";
            // At most two: "he always would say to me,".
            for (int skipped = 0;
                 skipped < 2 && (isAdverb(verb) || containsWord(modals, verb) || (skipped == 0 && contractedBe));
                 ++skipped) {
                next = skipSpaces(verbEnd, end);
                verb = wordAt(next, &verbEnd);
            }
            if (verb == u"used") { // "used to say"
                qsizetype toEnd = verbEnd;
                if (wordAt(skipSpaces(verbEnd, end), &toEnd) == u"to") {
                    next = skipSpaces(toEnd, end);
                    verb = wordAt(next, &verbEnd);
                }
            }
            // Speech told as it is in talk, right before the quotation: "and he goes, “Joey,
            // baby!”", "I was like, “Nope.”" ("was" is skipped above, as in "was saying").
            // And thought, told as it is spoken, right before it: "I thought, “Well, you can defeat
            // hate.”", "Some of you may be thinking, ‘Not Ukraine again.’".
            static const QSet<QString> thinking
                = wordSet({u"thought", u"think", u"thinks", u"thinking", u"wondered", u"wonder", u"wonders"});
            const bool quotative = (last == u',' || last == u':') && verbEnd == end - 1
                && ((last == u',' && (verb == u"goes" || (verb == u"like" && next != skipSpaces(subjectEnd, end))))
                    || containsWord(thinking, verb));
            // "Ethiopia in its policy statement stated to this august Assembly,": a phrase of where
            // or when between the subject and its verb, without a comma.
            const bool object = wordBefore == u"of" || wordBefore == u"to" || wordBefore == u"at"
                || wordBefore == u"with" || wordBefore == u"for" || wordBefore == u"from";
            if (!object && (verb == u"in" || verb == u"at" || verb == u"during" || verb == u"on")) {
                qsizetype at = verbEnd;
                for (int words = 0; words < 5 && at < end && m_text.at(at) != u','; ++words) {
                    qsizetype laterEnd = at;
                    const QStringView later = wordAt(skipSpaces(at, end), &laterEnd);
                    if (later.isEmpty() || laterEnd >= end)
                        break;
                    if (isSpeechVerb(later)) {
                        verb = later;
                        next = skipSpaces(at, end);
                        verbEnd = laterEnd;
                        break;
                    }
                    at = laterEnd;
                }
            }
            // "The National Park Service provided the following in concurrence with the report,".
            if (!isSpeechVerb(verb) && !verb.isEmpty() && verb.front().isLower()) {
                qsizetype theEnd = verbEnd;
                qsizetype followingEnd = verbEnd;
                if (wordAt(skipSpaces(verbEnd, end), &theEnd) == u"the"
                    && wordAt(skipSpaces(theEnd, end), &followingEnd) == u"following")
                    verb = QStringView(u"said");
            }
            // "I begin by saying today, in my Government’s name, “...”": what one does by saying it.
            if (!isSpeechVerb(verb) && !verb.isEmpty()) {
                qsizetype byEnd = verbEnd;
                if (wordAt(skipSpaces(verbEnd, end), &byEnd) == u"by") {
                    qsizetype gerundEnd = byEnd;
                    const QStringView gerund = wordAt(skipSpaces(byEnd, end), &gerundEnd);
                    if (gerund == u"saying" || gerund == u"stating" || gerund == u"declaring") {
                        next = skipSpaces(byEnd, end);
                        verb = gerund;
                        verbEnd = gerundEnd;
                    }
                }
            }
            // "they're asking," speaks; "I'm told" is told.
            if ((isSpeechVerb(verb) && (!contractedBe || verb.endsWith(u"ing"))) || quotative) {
                cue = subject;
                // The end of a relative clause: "Carlos P. Romulo, who would become the first Asian
                // President of the General Assembly said:" is Romulo's.
                const qsizetype who = lastIndexAfter(m_text, QLatin1String(", who "), start, subject->range.start);
                if (who > start) {
                    if (const std::optional<EntityMention> person = personEndingAt(who))
                        cue = person;
                }
                unknownNameAt = -1;
                subjectsVerbAt = next;
            }
            pos = std::max(subjectEnd, pos + 1);
            continue;
        }
        // An unknown name right before a speech verb: "Kirby said:"; not the place or body after
        // "of" ("Frederick II of Prussia wrote").
        if (word.front().isUpper() && wordBefore != u"of") {
            if (const std::optional<EntityMention> name = newPersonAt(pos, false)) {
                qsizetype verbEnd = name->range.end;
                const qsizetype next = skipSpaces(name->range.end, end);
                if (isSpeechVerb(wordAt(next, &verbEnd))) {
                    cue.reset();
                    unknownNameAt = pos;
                }
            }
        }
        pos = wordEnd;
    }
    if (unknownNameAt >= 0)
        return newPersonAt(unknownNameAt, true);
    if (cue)
        return cue;
    // A noun of speech and its owner: "his favorite rejoinder was, “Let ’em say it.”"; a gerund
    // of speech and its subject: "issued a statement on Monday, saying:".
    if (std::optional<EntityMention> owner = promisedBy(start, end))
        return owner;
    if (std::optional<EntityMention> subject = afterPromising(start, end))
        return subject;
    if (std::optional<EntityMention> subject = toSayBy(start, end))
        return subject;
    // 3. "Secretary Blinken emphasized the importance of ...:" — one person in the sentence, or
    // the person it opens with, who does something: "• President Trump reflected on his final
    // conversation with Senator Graham:".
    if (last == u':' && onlyPerson && !several)
        return onlyPerson;
    if (last == u':') {
        qsizetype first = skipSpaces(start, end);
        while (first < end && (m_text.at(first) == u'\u2022' || m_text.at(first) == u'-' || m_text.at(first) == u'*'))
            first = skipSpaces(first + 1, end);
        if (std::optional<EntityMention> subject = personAt(first); subject && subject->type == EntityType::Person) {
            qsizetype verbEnd = subject->range.end;
            const QStringView verb = wordAt(skipSpaces(subject->range.end, end), &verbEnd);
            if (verb.size() > 2 && verb.front().isLower() && (verb.endsWith(u"ed") || verb.endsWith(u's')))
                return subject;
        }
    }
    return mustEndWithColon ? std::nullopt : asSaid(start, end);
}

} // namespace Lectern
