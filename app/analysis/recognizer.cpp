// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/recognizer.h"

#include "analysis/contextnames.h"
#include "analysis/entityregistry.h"
#include "analysis/mentionextent.h"
#include "analysis/nameclassifier.h"
#include "analysis/namejoins.h"
#include "analysis/spancollector.h"
#include "analysis/speakerattribution.h"
#include "analysis/sportsteams.h"
#include "analysis/timephrases.h"
#include "analysis/wordset.h"
#include "document/paragraphs.h"

#include <algorithm>

namespace Lectern {

namespace {

std::optional<EntityType> entityTypeOf(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person:
        return EntityType::Person;
    case SpanKind::Place:
        return EntityType::Place;
    case SpanKind::Organization:
        return EntityType::Organization;
    case SpanKind::Agreement:
        return EntityType::Agreement;
    case SpanKind::Event:
        return EntityType::Event;
    case SpanKind::Date:
        return EntityType::Date;
    case SpanKind::Quote:
    case SpanKind::Term:
    case SpanKind::Title:
        break;
    }
    return std::nullopt;
}

SpanKind spanKindOf(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return SpanKind::Person;
    case EntityType::Place:
        return SpanKind::Place;
    case EntityType::Organization:
        return SpanKind::Organization;
    case EntityType::Agreement:
        return SpanKind::Agreement;
    case EntityType::Event:
        return SpanKind::Event;
    case EntityType::Date:
        return SpanKind::Date;
    }
    return SpanKind::Person;
}

QString formatNameOf(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Quote:
        return QStringLiteral("Quote");
    case SpanKind::Term:
        return QStringLiteral("Term");
    case SpanKind::Title:
        return QStringLiteral("Title");
    default:
        break;
    }
    const std::optional<EntityType> type = entityTypeOf(kind);
    QString name = entityTypeName(*type);
    name[0] = name.at(0).toUpper();
    return name;
}

bool isOpeningMark(QChar c)
{
    return c == u'\u201C' || c == u'"' || c == u'\u2018';
}

/// The quote \a q, open at a line end, closes at the straight mark at \a mark, the first of its
/// line, when the line has an odd number of straight marks; the line's other marks, an even
/// number, then pair in order. Replaces the quotes the syntax definition made of that line.
/// Returns false, changing nothing, for an even number of marks.
bool repairStraightMarks(QStringView text, QList<RawQuote> &quotes, qsizetype q, qsizetype mark)
{
    qsizetype lineEnd = mark;
    QList<qsizetype> marks;
    for (; lineEnd < text.size() && text.at(lineEnd) != u'\n'; ++lineEnd) {
        if (text.at(lineEnd) == u'"')
            marks.append(lineEnd);
    }
    if (marks.size() % 2 == 0)
        return false;
    quotes[q].range.end = mark + 1;
    quotes[q].closed = true;
    qsizetype replaced = q + 1;
    while (replaced < quotes.size() && quotes.at(replaced).range.start < lineEnd)
        ++replaced;
    QList<RawQuote> repaired;
    for (qsizetype k = 1; k + 1 < marks.size(); k += 2)
        repaired.append({{marks.at(k), marks.at(k + 1) + 1}, true});
    quotes.remove(q + 1, replaced - q - 1);
    for (qsizetype k = 0; k < repaired.size(); ++k)
        quotes.insert(q + 1 + k, repaired.at(k));
    return true;
}

/// Whether \a text has a surrogate, as few texts have. The test runs over blocks of a fixed
/// size, without a branch inside, which the compiler turns into vector instructions: a test of
/// each character in turn took 1% of the recogniser.
bool hasSurrogate(QStringView text)
{
    constexpr qsizetype Block = 64;
    const char16_t *characters = text.utf16();
    const qsizetype size = text.size();
    qsizetype at = 0;
    for (; at + Block <= size; at += Block) {
        quint16 found = 0;
        for (qsizetype i = 0; i < Block; ++i)
            found |= quint16((characters[at + i] & 0xf800) == 0xd800);
        if (found)
            return true;
    }
    for (; at < size; ++at) {
        if (QChar::isSurrogate(characters[at]))
            return true;
    }
    return false;
}

/// A surrogate without its pair becomes U+FFFD, one code unit for one: the offsets stay, and the
/// searches over the whole text (contextnames.h) may skip PCRE2's check of the UTF-16, which
/// costs as much as a search.
void replaceUnpairedSurrogates(QString &text)
{
    if (!hasSurrogate(text))
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
}

/// A curly quote left open that holds one straight mark after a word closes there: “green
/// country" by 2037, a slip of the keyboard; so does one single closing mark before a comma or
/// a full stop (“Summit on Peace in Ukraine’, the UN Charter ...), which no possessive has.
/// And a straight mark left open that holds one curly closing mark after a word closes there.
/// Otherwise the quote would run to its paragraph end.
void closeAtStrayMarks(QStringView text, QList<RawQuote> &quotes)
{
    for (RawQuote &quote : quotes) {
        if (quote.closed)
            continue;
        // "The theme for this General Debate—\"Leaving no one behind ...” — aligns".
        if (text.at(quote.range.start) == u'"') {
            const QStringView inside = text.mid(quote.range.start + 1, quote.range.length() - 1);
            const qsizetype close = inside.indexOf(u'\u201D');
            const qsizetype open = inside.indexOf(u'\u201C');
            if (close > 0 && (open < 0 || open > close) && !inside.at(close - 1).isSpace()) {
                quote.range.end = quote.range.start + 1 + close + 1;
                quote.closed = true;
            }
            continue;
        }
        if (text.at(quote.range.start) != u'\u201C')
            continue;
        QList<qsizetype> closers;
        for (qsizetype i = quote.range.start + 1; i < quote.range.end; ++i) {
            const QChar c = text.at(i);
            const QChar before = text.at(i - 1);
            const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
            const bool wordBefore
                = before.isLetterOrNumber() || before == u'.' || before == u',' || before == u'!' || before == u'?';
            if (c == u'"' && !after.isLetterOrNumber())
                closers.append(wordBefore ? i : -1);
            else if (c == u'\u2019' && before.isLetter()
                && (after == u',' || after == u'.' || after == u';' || after == u':'))
                closers.append(i);
        }
        if (closers.size() == 1 && closers.first() > 0) {
            quote.range.end = closers.first() + 1;
            quote.closed = true;
        }
    }
}

/// A quotation may run over line breaks when the text has one sentence per line (as annotated
/// corpora have it) or a paragraph's quote is closed in a later one without re-opening: a quote
/// left open at a line end is closed by the first closing mark of the following lines when no
/// quote opens before it. A blank line, a line that opens with a quote mark, or ten lines
/// without a mark end the search, and the quote stays open (it ended with its paragraph).
QList<RawQuote> closeQuotesOverLines(QStringView text, QList<RawQuote> quotes)
{
    constexpr int MaximumLines = 10;
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (quotes.at(q).closed)
            continue;
        int lines = 0;
        bool lineStart = false;
        for (qsizetype i = quotes.at(q).range.end; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n') {
                if (lineStart || ++lines > MaximumLines)
                    break; // a blank line, or too far
                lineStart = true;
                continue;
            }
            if (c.isSpace())
                continue;
            if (c == u'\u201D' && !lineStart) {
                quotes[q].range.end = i + 1;
                quotes[q].closed = true;
                break;
            }
            if (c == u'"' && !lineStart && q + 1 < quotes.size() && quotes.at(q + 1).range.start == i
                && !quotes.at(q + 1).closed) {
                // The straight mark the syntax definition read as opening a quote closes this one.
                quotes[q].range.end = i + 1;
                quotes[q].closed = true;
                quotes.removeAt(q + 1);
                break;
            }
            if (c == u'"' && !lineStart && q + 1 < quotes.size() && quotes.at(q + 1).range.start == i) {
                // The syntax definition paired this line's straight marks from its first one; with
                // an odd number of them, the first closes this quote and the others pair anew:
                // (goodbye ," Microsoft says on " The Countdown ").
                if (repairStraightMarks(text, quotes, q, i))
                    break;
            }
            if (isOpeningMark(c) || c == u'\u201D')
                break;
            lineStart = false;
        }
    }
    return quotes;
}

/// English convention: a quotation that runs over paragraphs re-opens each paragraph with a
/// quote mark and closes only in the last one.
QList<RawQuote> joinParagraphQuotes(QStringView text, QList<RawQuote> quotes)
{
    QList<RawQuote> joined;
    for (const RawQuote &quote : std::as_const(quotes)) {
        if (!joined.isEmpty() && !joined.constLast().closed) {
            // The previous quote ran to its paragraph end: does this one open the next paragraph?
            qsizetype between = joined.constLast().range.end;
            bool onlyBreaks = true;
            bool sawBreak = false;
            for (qsizetype i = between; i < quote.range.start; ++i) {
                if (text.at(i) == u'\n')
                    sawBreak = true;
                else if (!text.at(i).isSpace())
                    onlyBreaks = false;
            }
            if (onlyBreaks && sawBreak && isOpeningMark(text.at(quote.range.start))) {
                joined.last().range.end = quote.range.end;
                joined.last().closed = quote.closed;
                continue;
            }
        }
        joined.append(quote);
    }
    return joined;
}

/// Whether a naming word stands before \a pos, with at most three words between: "their robot
/// named “Robogee.”", "named their robot “Robogee.”", "a workshop entitled, “The Attention
/// Economy ...”". What follows is a name, not speech.
bool followsNamingWord(QStringView text, qsizetype pos)
{
    static const QSet<QString> naming = wordSet({u"named", u"nicknamed", u"renamed", u"entitled", u"titled", u"dubbed",
        u"christened", u"headlined", u"branded"});
    qsizetype end = pos;
    for (int words = 0; words < 4; ++words) {
        while (end > 0
            && (text.at(end - 1).isSpace() || (words == 0 && (text.at(end - 1) == u',' || text.at(end - 1) == u':'))))
            --end;
        qsizetype start = end;
        while (start > 0 && text.at(start - 1).isLetter())
            --start;
        if (start == end || end - start > 12)
            return false;
        if (naming.contains(text.mid(start, end - start).toString().toLower()))
            return true;
        end = start;
    }
    return false;
}

/// Whether a noun that names what follows stands before \a pos in its sentence, with at most ten
/// words between and no speech verb: a theme or a title ("The theme of this 79th General
/// Assembly—“Unity in diversity ...”"), or a motto or a slogan that is no sentence (but "they had
/// a motto about the police: ‘Be true to the men in blue.’" is their words). Or "the phrase" or
/// "the term" right before, without a colon ("repeat the phrase “Peace through law,”", "the words
/// “ban TikTok,”"; but "in these immortal words: “...”" and "his last words, ‘I can't breathe,’"
/// are speech), or a notion and "of" or "that" ("our foreign policy of “friends to all and enemy
/// to none”", "the notion that “might is right”"). What follows is a name, not speech.
bool followsNamingNoun(QStringView text, const RawQuote &quote)
{
    constexpr int MaximumWordsBetween = 10;
    static const QSet<QString> titleNouns = wordSet({u"theme", u"title", u"headline", u"hashtag", u"banner"});
    static const QSet<QString> sloganNouns
        = wordSet({u"motto", u"slogan", u"catchphrase", u"tagline", u"watchword", u"mantra"});
    static const QSet<QString> phraseNouns = wordSet({u"phrase", u"term", u"expression", u"words"});
    static const QSet<QString> determiners = wordSet({u"the", u"this", u"that", u"a"});
    static const QSet<QString> notionNouns = wordSet({u"policy", u"principle", u"doctrine", u"concept", u"notion",
        u"idea", u"spirit", u"philosophy", u"vision", u"goal"});
    const QStringView inner = text.mid(quote.range.start + 1, quote.range.length() - 2).trimmed();
    const bool sentence = !inner.isEmpty() && (inner.back() == u'.' || inner.back() == u'!' || inner.back() == u'?');
    // The words before \a end, one by one, within the sentence.
    const auto wordBefore = [text](qsizetype end, bool *colon) -> TextRange {
        while (end > 0 && !text.at(end - 1).isLetterOrNumber()) {
            const QChar c = text.at(end - 1);
            if (c == u'\n' || c == u'!' || c == u'?' || c == u'\u201D' || c == u'"'
                || (c == u'.' && end < text.size() && text.at(end).isSpace()))
                return {end, end};
            *colon = *colon || c == u':';
            --end;
        }
        qsizetype start = end;
        while (start > 0
            && (text.at(start - 1).isLetterOrNumber()
                || (start > 1 && (text.at(start - 1) == u'\u2019' || text.at(start - 1) == u'\'')
                    && text.at(start - 2).isLetter())))
            --start;
        return {start, end};
    };
    qsizetype end = quote.range.start;
    for (int words = 0; words <= MaximumWordsBetween; ++words) {
        bool colon = false;
        const TextRange range = wordBefore(end, &colon);
        if (range.length() == 0)
            return false;
        const QStringView word = text.mid(range.start, range.length());
        if (containsLowerCaseWord(titleNouns, word) || (!sentence && containsLowerCaseWord(sloganNouns, word)))
            return true;
        if (words == 0 && !colon && containsLowerCaseWord(phraseNouns, word)) {
            bool ignored = false;
            const TextRange before = wordBefore(range.start, &ignored);
            return containsLowerCaseWord(determiners, text.mid(before.start, before.length()));
        }
        // "what I called -- the “4 Ps.”": a name given, not words spoken ("called it “dangerous”" is).
        if (words == 0 && !colon && (word == u"the" || word == u"a")) {
            bool ignored = false;
            const TextRange before = wordBefore(range.start, &ignored);
            if (text.mid(before.start, before.length()) == u"called")
                return true;
        }
        if (words == 0 && !colon && (word == u"of" || word == u"that")) {
            bool ignored = false;
            const TextRange before = wordBefore(range.start, &ignored);
            if (containsLowerCaseWord(notionNouns, text.mid(before.start, before.length())))
                return true;
        }
        if (isSpeechVerb(word))
            return false;
        end = range.start;
    }
    return false;
}

/// A single mark before a year's two digits is an apostrophe, not a quotation's opening: "the
/// fiscal year for ‘25.", "the ‘90s".
bool isYearApostrophe(QStringView text, qsizetype mark)
{
    const QChar c = text.at(mark);
    if (c != u'\u2018' && c != u'\u2019' && c != u'\'')
        return false;
    return mark + 2 < text.size() && text.at(mark + 1).isDigit() && text.at(mark + 2).isDigit()
        && (mark + 3 == text.size() || !text.at(mark + 3).isDigit());
}

/// The words a title leaves in lower case: "Transforming Kenya: Pathways to Devolution", "40 &
/// Under Hot List", "Fairness for Servicemembers and their Families Act of 2025".
bool isMinorTitleWord(QStringView word)
{
    static const QSet<QString> words
        = wordSet({u"a", u"an", u"and", u"as", u"at", u"by", u"for", u"from", u"in", u"into", u"of", u"on", u"or",
            u"the", u"to", u"vs", u"vs.", u"with", u"their", u"our", u"its", u"&", u"-", u"\u2013", u"\u2014"});
    return containsWord(words, word);
}

bool isTerm(QStringView text, const RawQuote &quote)
{
    if (!quote.closed)
        return false;
    if (followsNamingWord(text, quote.range.start) || followsNamingNoun(text, quote))
        return true;
    const QStringView inner = text.mid(quote.range.start + 1, quote.range.length() - 2).trimmed();
    if (inner.isEmpty() || inner.size() > 160)
        return false;
    QList<QStringView> words = inner.split(u' ', Qt::SkipEmptyParts);
    // Punctuation set apart is no word: "“ the house , ”" as tokenised text has it.
    words.removeIf([](QStringView word) {
        return std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
    });
    if (words.isEmpty())
        return true; // marks around signs: "._*"
    // A word or two in lower case is a term even with the sentence's comma or full stop inside
    // the marks, as American style sets them: the word "abortion," a "close call."
    if (words.size() <= Recognizer::MaximumTermWords && inner.front().isLower())
        return true;
    const QChar last = inner.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u',' || last == u'\u2026' || last == u';')
        return false;
    if (words.size() <= Recognizer::MaximumTermWords)
        return inner.size() <= 40;
    // The title of a work or a document, in title case: "The Internet Explorer 6 Countdown",
    // "Transforming Kenya: Pathways to Devolution".
    int capitalised = 0;
    int other = 0;
    for (const QStringView word : words) {
        if (!word.front().isLetter())
            continue;
        if (word.front().isUpper())
            ++capitalised;
        else if (!isMinorTitleWord(word))
            ++other;
    }
    return other == 0 && capitalised >= 2;
}

/// Whether "states" or "state" at \a start is the noun, by the word before it: "certain member
/// states act as self-proclaimed “masters of the world,”", "small island states", not "the Charter
/// states".
bool isStatesNoun(QStringView text, qsizetype start, QStringView word)
{
    static const QSet<QString> before = wordSet({u"member", u"the", u"all", u"these", u"those", u"other", u"many",
        u"some", u"our", u"their", u"small", u"island", u"developing", u"sovereign", u"neighbouring", u"neighboring",
        u"coastal", u"several", u"both", u"two", u"most", u"few", u"such", u"nation", u"arab", u"african", u"gulf",
        u"baltic", u"european", u"western", u"nuclear", u"non-nuclear", u"fragile", u"independent", u"new",
        u"individual", u"participating", u"signatory", u"affected", u"landlocked", u"major", u"great", u"certain",
        u"various", u"respective", u"concerned", u"rogue", u"failed", u"neutral", u"littoral", u"frontline"});
    if (word != u"states" && word != u"state")
        return false;
    qsizetype end = start;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype wordStart = end;
    while (wordStart > 0 && (text.at(wordStart - 1).isLetter() || text.at(wordStart - 1) == u'-'))
        --wordStart;
    return containsLowerCaseWord(before, text.mid(wordStart, end - wordStart));
}

/// Whether a speech verb stands between the start of the sentence and \a pos.
bool speechVerbBefore(QStringView text, qsizetype pos)
{
    constexpr int MaximumWords = 40;
    // Forms of reporting verbs that attribution does not use as cues: "the government
    // recommending “online translation tools”".
    static const QSet<QString> reportingWords = wordSet({u"saying", u"telling", u"adding", u"noting", u"warning",
        u"insisting", u"claiming", u"arguing", u"argued", u"argues", u"urging", u"urged", u"urges", u"recommend",
        u"recommends", u"recommended", u"recommending", u"describing", u"described", u"describes"});
    qsizetype end = pos;
    for (int words = 0; end > 0 && words < MaximumWords; ++words) {
        while (end > 0 && !text.at(end - 1).isLetter()) {
            const QChar c = text.at(end - 1);
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n')
                return false;
            --end;
        }
        qsizetype start = end;
        while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'-'))
            --start;
        const QStringView word = text.mid(start, end - start); // "so-called" is no verb
        if ((isSpeechVerb(word) || containsLowerCaseWord(reportingWords, word)) && !isStatesNoun(text, start, word))
            return true;
        end = start;
    }
    return false;
}

/// Whether the speaker of \a quote is named in its sentence, or right after it ("“...,” said
/// X"), not carried on from a quotation before.
bool cuedNearby(QStringView text, const QuoteSpan &quote)
{
    constexpr qsizetype MostAfter = 80;
    const TextRange speaker = quote.speaker->range;
    if (speaker.start >= quote.range.end)
        return speaker.start - quote.range.end <= MostAfter;
    if (speaker.end > quote.range.start)
        return false;
    for (qsizetype i = speaker.end; i + 1 < quote.range.start; ++i) {
        const QChar c = text.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && text.at(i + 1).isSpace())
            return false;
    }
    return true;
}

/// A short phrase in quote marks that nobody is said to speak is a term, not a quotation: a
/// notion ("an attitude of ‘survival of the fittest’", "no such thing as “just a regional
/// conflict”"), a name ("the “Nature Park of Europe,”", "the film, “The Heart of Texas.”") or a
/// byname ("Andrew Jackson, “the People’s President.”"). At most MaximumPhraseWords words, with
/// no sentence punctuation inside, or only a final comma or full stop (as American style sets
/// them) after a phrase that starts in lower case. A title is a term whoever names it.
bool isUnspokenPhrase(QStringView text, const QuoteSpan &quote)
{
    constexpr int MaximumPhraseWords = 5;
    constexpr int MaximumTitleWords = 14;
    if (!quote.closed)
        return false;
    QStringView inner = text.mid(quote.range.start + 1, quote.range.length() - 2).trimmed();
    bool finalMark = false;
    if (!inner.isEmpty() && (inner.back() == u',' || inner.back() == u'.')) {
        inner.chop(1);
        inner = inner.trimmed();
        finalMark = true;
    }
    if (inner.isEmpty() || !inner.front().isLetterOrNumber())
        return false;
    static const QString sentencePunctuation = QStringLiteral(".,;:!?\u2026\u201C\u201D\"");
    if (std::any_of(inner.begin(), inner.end(), [](QChar c) { return sentencePunctuation.contains(c); }))
        return false;
    const QList<QStringView> words = inner.split(u' ', Qt::SkipEmptyParts);
    // A title, whoever names it: every word capitalised, a number or a minor word ("which we
    // called “A Centenary Tale of Two Pandemics,”", "“Montgomery GI Bill Selected Reserves Tuition
    // Fairness Act of 2025,”", "the Secretary-General’s “Our Common Agenda,”").
    int capitalised = 0;
    const bool titleCase = std::all_of(words.cbegin(), words.cend(), [&capitalised](QStringView word) {
        if (word.front().isUpper())
            ++capitalised;
        return word.front().isUpper() || word.front().isDigit() || isMinorTitleWord(word);
    });
    if (titleCase && capitalised >= 2 && words.size() <= MaximumTitleWords)
        return true;
    if (quote.speaker && cuedNearby(text, quote))
        return false;
    if (!inner.front().isLetter() || words.size() > MaximumPhraseWords)
        return false;
    // A clause is someone's words even in part ("“everything he did”", "“must be completed in
    // English”"), and so is what follows a speech verb in its sentence ("told Sky News any process
    // “must be well thought out”").
    static const QSet<QString> clauseWords = wordSet({u"i", u"we", u"you", u"he", u"she", u"it", u"they", u"me", u"us",
        u"him", u"them", u"my", u"our", u"your", u"his", u"its", u"their", u"must", u"can", u"could", u"will", u"would",
        u"shall", u"should", u"may", u"might", u"is", u"are", u"was", u"were", u"be", u"been", u"am", u"has", u"have",
        u"had", u"do", u"does", u"did", u"not"});
    if (std::any_of(
            words.cbegin(), words.cend(), [](QStringView word) { return containsLowerCaseWord(clauseWords, word); }))
        return false;
    if (speechVerbBefore(text, quote.range.start))
        return false;
    // With the sentence's comma or full stop inside the marks, as American style sets them, a
    // phrase in lower case ("“the People’s President.”"); in capitals, a title (above).
    return !finalMark || inner.front().isLower();
}

/// Markdown's strong emphasis in a plain text ("**Carlo Pisacane**, once said:") stands between
/// a cue's words: each "**" becomes two blanks, which keep the offsets. The marks are found by
/// their first character: QString::indexOf() of the two-character needle cost 2% of the recogniser.
QString withoutStrongEmphasis(const QString &text)
{
    QString blanked = text;
    const QStringView view(text);
    for (qsizetype at = view.indexOf(u'*'); at >= 0 && at + 1 < view.size(); at = view.indexOf(u'*', at + 1)) {
        if (view.at(at + 1) != u'*')
            continue;
        blanked[at] = u' ';
        blanked[at + 1] = u' ';
        ++at;
    }
    return blanked;
}

/// Gives each mention its words as \a text has them. A mention that has them already keeps its
/// string: copying the words of every mention anew cost 0.5% of the recogniser.
void takeWordsFrom(const QString &text, QList<EntityMention> &mentions)
{
    for (EntityMention &mention : mentions) {
        const QStringView words = QStringView(text).mid(mention.range.start, mention.range.length());
        if (words.isEmpty() || mention.text != words)
            mention.text = text.mid(mention.range.start, mention.range.length());
    }
}

} // namespace

Recognizer::Recognizer()
    : m_registry(EntityRegistry::builtIn())
{
}

Recognizer::Recognizer(const EntityRegistry &registry)
    : m_registry(registry)
{
}

AnalysisResult Recognizer::analyze(
    const QString &text, const QList<EntityCorrection> &corrections, const QString &statementTitle) const
{
    AnalysisResult result;
    // One paragraph per line: hard-wrapped paragraphs are joined, with offsets unchanged.
    QString flowing = reflowedText(text);
    replaceUnpairedSurrogates(flowing);
    SpanCollector collector;
    const QList<LexicalSpan> lexical = collector.collect(flowing);

    QList<LexicalSpan> titles;
    for (const LexicalSpan &span : lexical) {
        if (span.kind == SpanKind::Title) {
            titles.append(span);
            continue;
        }
        EntityMention mention;
        mention.range = {span.start, span.end};
        mention.type = *entityTypeOf(span.kind);
        mention.text = text.mid(span.start, span.end - span.start);
        // A keyword pattern can take a name the gazetteers know as another kind: "the West Bank"
        // and "the Russian Federation" end in an organisation's keyword but are places. A name
        // after a title stays a person ("Captain America").
        QStringView name(mention.text);
        if (name.startsWith(QLatin1String("the ")) || name.startsWith(QLatin1String("The ")))
            name = name.sliced(4);
        if (mention.type != EntityType::Person && mention.type != EntityType::Date) {
            if (const std::optional<EntityType> known = m_registry.typeOf(name))
                mention.type = *known;
        }
        result.entities.append(mention);
    }
    for (const TextRange &name : collector.names()) {
        const NameParts parts = classifyName(flowing, name, m_registry);
        result.entities.append(parts.mentions);
        for (const TextRange &title : parts.titles)
            titles.append({title.start, title.end, SpanKind::Title, formatNameOf(SpanKind::Title)});
    }
    std::stable_sort(
        titles.begin(), titles.end(), [](const LexicalSpan &a, const LexicalSpan &b) { return a.start < b.start; });
    std::stable_sort(result.entities.begin(), result.entities.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
    extendToKnownNames(flowing, result.entities, m_registry);
    joinOfNames(flowing, result.entities, m_registry);
    addDefinedAcronyms(flowing, result.entities);
    joinPlaceAndRegion(flowing, result.entities);
    addBillNumbers(flowing, result.entities);
    addDatelines(flowing, result.entities, m_registry);
    addMediaNames(flowing, result.entities);
    addEventYears(flowing, result.entities);
    resolveMentions(flowing, result.entities, m_registry);
    addShortForms(flowing, result.entities);
    addNestedNames(flowing, result.entities, m_registry);
    markSportsTeams(flowing, result.entities);
    QList<RawQuote> rawQuotes = collector.quotes();
    closeAtStrayMarks(flowing, rawQuotes);
    for (const RawQuote &quote : joinParagraphQuotes(flowing, closeQuotesOverLines(flowing, rawQuotes))) {
        if (isYearApostrophe(flowing, quote.range.start))
            continue;
        // A mark left open with no word after it before the paragraph ends opens nothing.
        if (!quote.closed) {
            const QStringView rest = QStringView(flowing).mid(quote.range.start + 1, quote.range.length() - 1);
            if (std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetterOrNumber(); }))
                continue;
        }
        const QString quoted = text.mid(quote.range.start, quote.range.length());
        if (isTerm(flowing, quote)) {
            result.terms.append({quote.range, quoted});
        } else {
            QuoteSpan span;
            span.range = quote.range;
            span.text = quoted;
            span.closed = quote.closed;
            result.quotes.append(span);
        }
    }
    // A name in quote marks is the title of a work ("“American Anthem”"), not a person.
    result.entities.removeIf([&result](const EntityMention &mention) {
        return mention.type == EntityType::Person
            && std::any_of(result.terms.cbegin(), result.terms.cend(), [&mention](const QuotedTerm &term) {
                   return term.range.start < mention.range.start && mention.range.end < term.range.end;
               });
    });
    applyCorrections(flowing, result.entities, corrections);
    takeWordsFrom(text, result.entities);

    const QString cueText = withoutStrongEmphasis(flowing);
    const QList<TextRange> cueParagraphs = paragraphRanges(cueText);
    SpeakerAttribution attribution(cueText, cueParagraphs, result.entities, titles, m_registry);
    attribution.attribute(result.quotes);
    attribution.setTitle(statementTitle);
    attribution.nameNarrator(result.quotes);
    result.references = attribution.references(result.quotes);
    attribution.nameLabels(result.quotes, result.references);
    applyCorrectionsToReferences(result.references, corrections);
    for (QuoteSpan &quote : result.quotes) {
        // The speakers named since the entities were corrected ("the speaker", a label's person)
        // follow the corrections as the references do.
        if (quote.speaker && !applyCorrectionsTo(*quote.speaker, corrections))
            quote.speaker.reset();
        if (quote.speaker)
            quote.speaker->text = text.mid(quote.speaker->range.start, quote.speaker->range.length());
    }
    result.quotes.removeIf([&](const QuoteSpan &quote) {
        if (!isUnspokenPhrase(flowing, quote))
            return false;
        result.terms.append({quote.range, quote.text});
        return true;
    });
    std::stable_sort(result.terms.begin(), result.terms.end(),
        [](const QuotedTerm &a, const QuotedTerm &b) { return a.range.start < b.range.start; });
    // The speakers are named as found ("Blinken"); the mentions become whole name phrases.
    widenMentions(flowing, result.entities, titles);
    adjustTimePhrases(flowing, result.entities);
    const QHash<QString, QString> officeHolders = linkOfficeHolders(flowing, result.entities);
    for (QuoteSpan &quote : result.quotes) {
        if (quote.speaker)
            quote.speaker->canonical = officeHolders.value(quote.speaker->canonical, quote.speaker->canonical);
    }
    for (EntityMention &reference : result.references) {
        reference.canonical = officeHolders.value(reference.canonical, reference.canonical);
        reference.text = text.mid(reference.range.start, reference.range.length());
    }
    takeWordsFrom(text, result.entities);

    for (const QuoteSpan &quote : std::as_const(result.quotes))
        result.spans.append({quote.range.start, quote.range.end, SpanKind::Quote, formatNameOf(SpanKind::Quote)});
    for (const QuotedTerm &term : std::as_const(result.terms))
        result.spans.append({term.range.start, term.range.end, SpanKind::Term, formatNameOf(SpanKind::Term)});
    for (const LexicalSpan &title : std::as_const(titles))
        result.spans.append({title.start, title.end, SpanKind::Title, formatNameOf(SpanKind::Title)});
    for (const EntityMention &mention : std::as_const(result.entities)) {
        const SpanKind kind = spanKindOf(mention.type);
        result.spans.append({mention.range.start, mention.range.end, kind, formatNameOf(kind)});
    }
    std::stable_sort(result.spans.begin(), result.spans.end(),
        [](const LexicalSpan &a, const LexicalSpan &b) { return a.start < b.start; });
    return result;
}

} // namespace Lectern
