// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SpeakerAttribution's order of rules (attribute()) and its helpers for words and paragraphs; the
// rules are in speakercues.cpp, speakermentions.cpp and dialogueturns.cpp.
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"

#include <algorithm>

namespace Lectern {

SpeakerAttribution::SpeakerAttribution(QStringView text, const QList<TextRange> &paragraphs,
    QList<EntityMention> &mentions, const QList<LexicalSpan> &titles, const EntityRegistry &registry)
    : m_text(text)
    , m_paragraphs(paragraphs)
    , m_mentions(mentions)
    , m_titles(titles)
    , m_registry(registry)
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

bool SpeakerAttribution::opensSentence(qsizetype pos) const
{
    qsizetype before = pos;
    while (before > 0 && (m_text.at(before - 1) == u' ' || m_text.at(before - 1) == u'\u00A0'))
        --before;
    if (before > 0 && (m_text.at(before - 1) == u'\u201D' || m_text.at(before - 1) == u'"'))
        --before; // after a quotation that ends its sentence
    if (before == 0)
        return true;
    const QChar c = m_text.at(before - 1);
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n';
}

bool SpeakerAttribution::insideQuote(qsizetype pos) const
{
    if (!m_quotes)
        return false;
    auto it = std::upper_bound(m_quotes->cbegin(), m_quotes->cend(), pos,
        [](qsizetype p, const QuoteSpan &quote) { return p < quote.range.start; });
    return it != m_quotes->cbegin() && std::prev(it)->range.end > pos;
}

QChar SpeakerAttribution::lastCharacterOf(const QuoteSpan &quote) const
{
    // The last character of the quotation's words, before its closing marks.
    for (qsizetype pos = quote.range.end - 1; pos > quote.range.start; --pos) {
        const QChar c = m_text.at(pos - 1);
        if (!c.isSpace() && c != u'"' && c != u'\u201D' && c != u'\u2019' && c != u'\'')
            return c;
    }
    return QChar();
}

bool SpeakerAttribution::endsSentence(const QuoteSpan &quote) const
{
    // The quotation's last sentence ends with a full stop: what follows starts a new sentence.
    return lastCharacterOf(quote) == u'.';
}

bool SpeakerAttribution::cueIntroducesNextAfterComma(const QuoteSpan &quote, const QuoteSpan &next) const
{
    // Only when the quotation has an introduction of its own ending in a comma or a colon right
    // before it ("when I said, “...,” she said, “...”"), which the caller then reads.
    if (next.range.start < quote.range.end || next.range.start - quote.range.end > 60)
        return false;
    const QStringView between = m_text.mid(quote.range.end, next.range.start - quote.range.end).trimmed();
    if (between.isEmpty() || between.back() != u',')
        return false;
    qsizetype before = quote.range.start;
    while (before > 0 && m_text.at(before - 1).isSpace())
        --before;
    return before > 0 && (m_text.at(before - 1) == u',' || m_text.at(before - 1) == u':');
}

bool SpeakerAttribution::cueIntroducesNext(const QuoteSpan &quote, const QuoteSpan &next) const
{
    // "... I said, “Why?” He said, “Because.”": after a quotation that ends its sentence, a cue
    // that ends with a comma or a colon right before the next quotation introduces that one.
    // After a comma ("“We choose to go,” he said, “not because ...”") it is this one's.
    if (next.range.start < quote.range.end || next.range.start - quote.range.end > 60)
        return false;
    const QStringView between = m_text.mid(quote.range.end, next.range.start - quote.range.end).trimmed();
    if (between.isEmpty() || (between.back() != u',' && between.back() != u':'))
        return false;
    const QChar last = lastCharacterOf(quote);
    return last == u'.' || last == u'?' || last == u'!';
}

void SpeakerAttribution::attribute(QList<QuoteSpan> &quotes)
{
    m_quotes = &quotes;
    learnSexes();
    // Whether a quote's speaker comes from its own cue (or its turn in an exchange), not from the
    // quote before it.
    QList<bool> cued(quotes.size(), false);
    // Whether a quote's speaker is its turn in an exchange of paragraphs (nextTurn()).
    QList<bool> byTurn(quotes.size(), false);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        if (i > 0 && quotes.at(i - 1).speaker) {
            const EntityMention &previous = *quotes.at(i - 1).speaker;
            if (previous.text != QLatin1String("I")
                && (isDescription(previous.canonical) || isDescription(previous.text))
                && !insideQuote(previous.range.start)
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
        // "when I said, “It’s good to meet you,” she said, “I know you.”": after a quotation its
        // own introduction names, the cue between introduces the next.
        const bool introducedNext = i + 1 < quotes.size() && lastCharacterOf(quote) == u','
            && cueIntroducesNextAfterComma(quote, quotes.at(i + 1));
        if (quote.speaker && i + 1 < quotes.size() && (cueIntroducesNext(quote, quotes.at(i + 1)) || introducedNext)) {
            // Its own introduction, if it has one, names its speaker.
            const qsizetype from = previousInParagraph ? previousInParagraph->range.end : para.start;
            if (skipSpaces(from, quote.range.start) != quote.range.start) {
                if (std::optional<EntityMention> intro = introduction(from, quote.range.start, false))
                    quote.speaker = intro;
            }
        }
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
            if (other && (!firstPerson || other->text != QLatin1String("I"))) {
                if (firstPerson && other->type == EntityType::Person && !isDescription(other->canonical))
                    ++m_narratorCalled[other->canonical]; // for nameNarrator()
                quote.speaker = other;
            }
            if (quote.speaker) {
                cued[i] = true;
                continue;
            }
        }
        if (quote.speaker)
            continue;
        const qsizetype introFrom = previousInParagraph ? previousInParagraph->range.end : para.start;
        // A blockquote's ">" opens the paragraph with it ("that:\n\n> “Our focus ...”").
        qsizetype opening = skipSpaces(introFrom, quote.range.start);
        while (opening < quote.range.start && m_text.at(opening) == u'>')
            opening = skipSpaces(opening + 1, quote.range.start);
        const bool opensParagraph = opening == quote.range.start && !previousInParagraph;
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
            if (!quote.speaker && (quote.speaker = nextTurn(quotes, byTurn, i)))
                byTurn[i] = true;
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
