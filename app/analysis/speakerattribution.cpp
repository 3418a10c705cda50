// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

SpeakerAttribution::SpeakerAttribution(QStringView text, const QList<TextRange> &paragraphs,
    QList<EntityMention> &mentions, const QList<LexicalSpan> &titles)
    : m_text(text)
    , m_paragraphs(paragraphs)
    , m_mentions(mentions)
    , m_titles(titles)
{
}

qsizetype SpeakerAttribution::skipSpaces(qsizetype pos, qsizetype limit) const
{
    while (pos < limit && m_text.at(pos).isSpace())
        ++pos;
    return pos;
}

QStringView SpeakerAttribution::wordAt(qsizetype pos, qsizetype *end) const
{
    qsizetype e = pos;
    while (e < m_text.size() && (m_text.at(e).isLetter() || m_text.at(e) == u'-'))
        ++e;
    *end = e;
    return m_text.mid(pos, e - pos);
}

int SpeakerAttribution::paragraphOf(qsizetype pos) const
{
    auto it = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), pos,
        [](qsizetype p, const TextRange &range) { return p < range.start; });
    if (it == m_paragraphs.cbegin())
        return -1;
    return int(std::distance(m_paragraphs.cbegin(), it) - 1);
}

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
        // The organisation a title belongs to: "Council on Environmental Quality Chairman ...".
        const auto qualifier = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
            [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        if (qualifier != m_mentions.cend() && qualifier->range.start == pos
            && (qualifier->type == EntityType::Organization || qualifier->type == EntityType::Place))
            title = titleAt(skipSpaces(qualifier->range.end, m_text.size()));
    }
    if (title != m_titles.cend()) {
        titleStart = pos;
        nameStart = skipSpaces(title->end, m_text.size());
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
    if (word == u'I') { // the narrator, or the author of a statement quoting themselves
        EntityMention speaker;
        speaker.range = {pos, *end};
        speaker.type = EntityType::Person;
        speaker.text = word.toString();
        speaker.canonical = speaker.text;
        return speaker;
    }
    std::optional<EntityMention> speaker = antecedentOf(pos, word);
    if (speaker) {
        speaker->range = {pos, *end};
        speaker->text = word.toString();
    }
    return speaker;
}

std::optional<EntityMention> SpeakerAttribution::antecedentOf(qsizetype pos, QStringView pronoun) const
{
    // The nearest person named before the pronoun, outside the quotations: a name inside one is
    // mostly the person spoken to ("... , Pa'son Tringham?" he said).
    // A speaker described, not named ("the girl"), counts too when it is nearer.
    const auto fits = [&](const EntityMention &candidate) {
        // A pronoun of the other sex does not stand for Mr. Fortescue, Mrs. Lennox or the girl.
        const QChar sex = sexOf(candidate);
        const bool otherSex = !sex.isNull()
            && ((sex == u'm' && pronoun.compare(QLatin1String("she"), Qt::CaseInsensitive) == 0)
                || (sex == u'f' && pronoun.compare(QLatin1String("he"), Qt::CaseInsensitive) == 0));
        return candidate.type == EntityType::Person && !insideQuote(candidate.range.start) && !otherSex;
    };
    const auto nearest = [&](const QList<EntityMention> &list) -> const EntityMention * {
        auto before = std::lower_bound(
            list.cbegin(), list.cend(), pos, [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
        while (before != list.cbegin()) {
            --before;
            if (fits(*before))
                return &*before;
        }
        return nullptr;
    };
    const EntityMention *named = nearest(m_mentions);
    const EntityMention *described = nearest(m_described);
    if (described && (!named || described->range.start > named->range.start))
        return *described;
    if (named)
        return *named;
    return std::nullopt;
}

std::optional<EntityMention> SpeakerAttribution::carried(const std::optional<EntityMention> &speaker) const
{
    // A quote without a cue of its own takes the previous speaker: by name, not by a pronoun
    // that stands in another sentence.
    if (!speaker)
        return speaker;
    const QStringView word = m_text.mid(speaker->range.start, speaker->range.length());
    if (word == u'I' || !isPronoun(word))
        return speaker;
    const std::optional<EntityMention> named = antecedentOf(speaker->range.start, word);
    return named ? named : speaker;
}

bool SpeakerAttribution::insideQuote(qsizetype pos) const
{
    if (!m_quotes)
        return false;
    auto it = std::upper_bound(m_quotes->cbegin(), m_quotes->cend(), pos,
        [](qsizetype p, const QuoteSpan &quote) { return p < quote.range.start; });
    return it != m_quotes->cbegin() && std::prev(it)->range.end > pos;
}

bool SpeakerAttribution::endsSentence(const QuoteSpan &quote) const
{
    // The quotation's last sentence ends with a full stop: what follows starts a new sentence.
    for (qsizetype pos = quote.range.end - 1; pos > quote.range.start; --pos) {
        const QChar c = m_text.at(pos - 1);
        if (c.isSpace() || c == u'"' || c == u'\u201D' || c == u'\u2019' || c == u'\'')
            continue;
        return c == u'.';
    }
    return false;
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
    EntityMention mention;
    mention.range = {pos + match.capturedStart(), pos + match.capturedEnd()};
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
    // "the spokesperson", "the State Department spokesperson", "the man with the basket" is cut
    // at "with": a definite description of at most four words, not a name.
    static const QSet<QString> stops = {QStringLiteral("with"), QStringLiteral("of"), QStringLiteral("and"),
        QStringLiteral("who"), QStringLiteral("to"), QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("from"), QStringLiteral("as"), QStringLiteral("when"), QStringLiteral("while"),
        QStringLiteral("for"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("by")};
    qsizetype end = pos;
    if (wordAt(pos, &end).compare(QLatin1String("the"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    qsizetype last = end;
    int words = 0;
    for (qsizetype at = skipSpaces(end, limit); words < 4 && at < limit;) {
        qsizetype wordEnd = at;
        const QStringView word = wordAt(at, &wordEnd);
        if (word.isEmpty() || isSpeechVerb(word) || isAdverb(word) || stops.contains(word.toString()))
            break;
        last = wordEnd;
        ++words;
        at = skipSpaces(wordEnd, limit);
    }
    if (words == 0)
        return std::nullopt;
    return describedPerson(pos, last);
}

EntityMention SpeakerAttribution::describedPerson(qsizetype start, qsizetype end) const
{
    EntityMention speaker;
    speaker.range = {start, end};
    speaker.type = EntityType::Person;
    speaker.text = m_text.mid(start, end - start).toString();
    speaker.canonical = speaker.text.simplified();
    speaker.canonical[0] = speaker.canonical.at(0).toLower();
    return speaker;
}

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
        if (auto created = newPersonAt(at, true))
            return created;
        return describedSpeakerAt(skipSpaces(end, limit), limit); // "said the spokesperson"
    }
    // "...," Blinken said / "...," he added / "...," the spokesperson said.
    std::optional<EntityMention> subject = personAt(pos);
    qsizetype subjectEnd = subject ? subject->range.end : pos;
    if (!subject)
        subject = pronounAt(pos, &subjectEnd);
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
    std::optional<EntityMention> subject = personAt(pos);
    qsizetype subjectEnd = subject ? subject->range.end : pos;
    if (!subject)
        subject = pronounAt(pos, &subjectEnd);
    if (!subject) {
        subject = newPersonAt(pos, false);
        subjectEnd = subject ? subject->range.end : pos;
    }
    if (!subject)
        return std::nullopt;
    qsizetype verbEnd = skipSpaces(subjectEnd, end);
    QStringView verb = wordAt(verbEnd, &verbEnd);
    while (auxiliaries.contains(verb.toString()))
        verb = wordAt(skipSpaces(verbEnd, end), &verbEnd);
    const bool putIt = verb == u"put" && wordAt(skipSpaces(verbEnd, end), &verbEnd) == u"it";
    if (!putIt && !isSpeechVerb(verb))
        return std::nullopt;
    if (subject->range.end == subjectEnd && !isPronoun(m_text.mid(subject->range.start, subject->range.length()))
        && !personAt(pos))
        return newPersonAt(pos, true); // a name that only this tells is a person's
    return subject;
}

std::optional<EntityMention> SpeakerAttribution::introduction(qsizetype from, qsizetype to, bool mustEndWithColon)
{
    // The intro sentence: from the last sentence end before `to`.
    qsizetype end = to;
    while (end > from && m_text.at(end - 1).isSpace())
        --end;
    if (end <= from)
        return std::nullopt;
    const QChar last = m_text.at(end - 1);
    qsizetype start = end - 1;
    while (start > from) {
        const QChar c = m_text.at(start - 1);
        // Not the full stop of an initial or an abbreviation: "U.S. Climate Alliance:".
        const bool initial = c == u'.' && start >= 2 && m_text.at(start - 2).isUpper()
            && (start == 2 || !m_text.at(start - 3).isLetter());
        if ((c == u'.' || c == u'!' || c == u'?') && start < end && m_text.at(start).isSpace() && !initial)
            break;
        --start;
    }
    if (last != u':' && (mustEndWithColon || last != u','))
        return mustEndWithColon ? std::nullopt : asSaid(start, end);
    // 0. A name, then what they are, before a colon: "Anthony Roberts, Chairman, Yocha Dehe
    // Tribe:", "National Wildlife Federation:", as statements list what others said.
    if (last == u':') {
        const qsizetype first = skipSpaces(start, end);
        if (const std::optional<EntityMention> speaker = personAt(first)) {
            const qsizetype after = skipSpaces(speaker->range.end, end);
            const bool described = after < end && m_text.at(after) == u',' && speaker->type == EntityType::Person;
            const bool alone = after == end - 1
                && (speaker->type == EntityType::Person || speaker->type == EntityType::Organization);
            if (described || alone)
                return speaker;
        }
    }
    // 1. "..., said Secretary Blinken:" and 2. "Blinken said:" / "he added," ...
    std::optional<EntityMention> onlyPerson;
    bool several = false;
    for (qsizetype pos = start; pos < end;) {
        if (!m_text.at(pos).isLetter()) {
            ++pos;
            continue;
        }
        qsizetype wordEnd = pos;
        const QStringView word = wordAt(pos, &wordEnd);
        if (isSpeechVerb(word)) {
            const qsizetype at = skipSpaces(wordEnd, end);
            if (auto person = personAt(at))
                return person;
        }
        std::optional<EntityMention> subject = personAt(pos);
        qsizetype subjectEnd = subject ? subject->range.end : wordEnd;
        if (!subject)
            subject = pronounAt(pos, &subjectEnd);
        if (subject) {
            if (subject->type == EntityType::Person && personAt(pos) && personAt(pos)->type == EntityType::Person) {
                if (onlyPerson && onlyPerson->canonical != subject->canonical)
                    several = true;
                else if (!onlyPerson)
                    onlyPerson = subject;
            }
            // "I'd say", "she would say", "he will say".
            static const QSet<QString> modals
                = {QStringLiteral("d"), QStringLiteral("ll"), QStringLiteral("would"), QStringLiteral("will"),
                    QStringLiteral("might"), QStringLiteral("may"), QStringLiteral("can"), QStringLiteral("could")};
            qsizetype next = subjectEnd < end && (m_text.at(subjectEnd) == u'\'' || m_text.at(subjectEnd) == u'\u2019')
                ? subjectEnd + 1
                : skipSpaces(subjectEnd, end);
            qsizetype verbEnd = next;
            QStringView verb = wordAt(next, &verbEnd);
            if (isAdverb(verb) || modals.contains(verb.toString())) {
                next = skipSpaces(verbEnd, end);
                verb = wordAt(next, &verbEnd);
            }
            if (isSpeechVerb(verb))
                return subject;
            pos = std::max(subjectEnd, pos + 1);
            continue;
        }
        // An unknown name right before a speech verb: "Kirby said:".
        if (word.front().isUpper()) {
            if (const std::optional<EntityMention> name = newPersonAt(pos, false)) {
                qsizetype verbEnd = name->range.end;
                const qsizetype next = skipSpaces(name->range.end, end);
                if (isSpeechVerb(wordAt(next, &verbEnd)))
                    return newPersonAt(pos, true);
            }
        }
        pos = wordEnd;
    }
    // 3. "Secretary Blinken emphasized the importance of ...:" — one person in the sentence.
    if (last == u':' && onlyPerson && !several)
        return onlyPerson;
    return mustEndWithColon ? std::nullopt : asSaid(start, end);
}

void SpeakerAttribution::attribute(QList<QuoteSpan> &quotes)
{
    m_quotes = &quotes;
    learnSexes();
    // Whether a quote's speaker comes from its own cue (or its turn in an exchange), not from the
    // quote before it.
    QList<bool> cued(quotes.size(), false);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        if (i > 0 && quotes.at(i - 1).speaker) {
            const EntityMention &previous = *quotes.at(i - 1).speaker;
            if (previous.canonical.startsWith(QLatin1String("the ")) && !insideQuote(previous.range.start)
                && (m_described.isEmpty() || m_described.constLast().range.start < previous.range.start))
                m_described.append(previous);
        }
        QuoteSpan &quote = quotes[i];
        const int paragraph = paragraphOf(quote.range.start);
        const TextRange para = paragraph >= 0 ? m_paragraphs.at(paragraph) : TextRange {0, m_text.size()};
        const QuoteSpan *previousInParagraph
            = (i > 0 && quotes.at(i - 1).range.end > para.start) ? &quotes.at(i - 1) : nullptr;
        qsizetype limit = para.end;
        if (i + 1 < quotes.size())
            limit = std::min(limit, quotes.at(i + 1).range.start);

        quote.speaker = afterQuote(quote, limit);
        if (!quote.speaker)
            quote.speaker = dashAttribution(quote);
        cued[i] = quote.speaker.has_value();
        // Within a paragraph nobody closes a quotation and reopens it with nothing between: this
        // is the other party of the exchange, named by an earlier turn.
        const bool reply
            = previousInParagraph && skipSpaces(previousInParagraph->range.end, quote.range.start) == quote.range.start;
        const bool firstPerson = quote.speaker && quote.speaker->text == QLatin1String("I");
        if (quote.speaker && !firstPerson)
            continue;
        if (reply) {
            // A narrator's "I answered" is better told by name when the exchange names them
            // ("I think, Watson, ..." "Seven!" I answered).
            std::optional<EntityMention> other = otherParty(quotes, cued, i);
            if (!other)
                other = addresseeOf(quotes.at(i - 1)); // "Oh, Tommy!" "No, old thing."
            if (other && (!firstPerson || other->text != QLatin1String("I")))
                quote.speaker = other;
            if (quote.speaker) {
                cued[i] = true;
                continue;
            }
        }
        if (quote.speaker)
            continue;
        const qsizetype introFrom = previousInParagraph ? previousInParagraph->range.end : para.start;
        const bool opensParagraph
            = skipSpaces(introFrom, quote.range.start) == quote.range.start && !previousInParagraph;
        if (!opensParagraph) {
            quote.speaker = introduction(introFrom, quote.range.start, false);
            if (!quote.speaker && previousInParagraph) { // Tommy nodded. "Two months ago."
                // After the previous quote's own cue ("asked Tuppence."), if the narration starts with it.
                qsizetype beatFrom = introFrom;
                const std::optional<EntityMention> &cue = previousInParagraph->speaker;
                if (cue && cue->range.start >= introFrom && cue->range.end <= quote.range.start) {
                    beatFrom = cue->range.end;
                    while (beatFrom < quote.range.start
                        && !((m_text.at(beatFrom) == u'.' || m_text.at(beatFrom) == u'!' || m_text.at(beatFrom) == u'?')
                            && beatFrom + 1 < quote.range.start && m_text.at(beatFrom + 1).isSpace()))
                        ++beatFrom;
                    ++beatFrom;
                }
                if (beatFrom < quote.range.start)
                    quote.speaker = actionBeat(beatFrom, quote.range.start);
            }
            cued[i] = quote.speaker.has_value();
        } else if (paragraph > 0) {
            const TextRange previous = m_paragraphs.at(paragraph - 1);
            // The previous paragraph introduces this one ("... said Secretary Blinken:").
            quote.speaker = introduction(previous.start, previous.end, true);
            if (!quote.speaker && i > 0 && quotes.at(i - 1).range.end > previous.start
                && quotes.at(i - 1).range.start < previous.end && quotes.at(i - 1).speaker) {
                quote.speaker = carried(quotes.at(i - 1).speaker); // the previous speaker goes on
            }
        }
        if (!quote.speaker && previousInParagraph && previousInParagraph->speaker)
            quote.speaker = carried(previousInParagraph->speaker);
    }
}

} // namespace Lectern
