// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QHash>

#include <functional>

namespace Lectern {

class EntityRegistry;

/// \brief Finds who said each quotation, from the patterns statements and news use.
///
/// In order: an attribution after the quote (`"...," said Secretary Blinken`, `"...," Blinken
/// said`, `"...," he added`, `"...," according to ...`); an introduction before it (`Blinken
/// said: "..."`, `said Secretary Blinken:` ending the previous paragraph, `Secretary Blinken
/// emphasized ...:` with one person in the sentence); otherwise the speaker of the previous
/// quote in the same paragraph, or of the previous paragraph when the quote opens its own.
/// Within a paragraph, a quote right after another one with nothing between is a reply (dialogue
/// whose line breaks were lost): it goes to the other party of the exchange when an earlier
/// turn names them by a cue, or to the person the previous quote speaks to ("Oh, Tommy!"); a
/// quote after one short sentence of action between two quotes goes to its subject ("Tommy
/// nodded.").
/// Pronouns resolve to the nearest person named before them outside the quotations. A quote with
/// none of these keeps an empty speaker: no guessing.
class SpeakerAttribution
{
public:
    /// \a mentions (sorted by start) and \a titles (the title-of-office spans, sorted) are what
    /// the recogniser found in \a text; a name that only the attribution reveals ("said John
    /// Kirby") is added to \a mentions, when the name classifier, with \a registry, takes it for
    /// a person's.
    SpeakerAttribution(QStringView text, const QList<TextRange> &paragraphs, QList<EntityMention> &mentions,
        const QList<LexicalSpan> &titles, const EntityRegistry &registry);

    void attribute(QList<QuoteSpan> &quotes);

    /// After attribute(): the pronouns that refer to a person the text names, with that person's
    /// canonical name, sorted by start. "he", "his", "her", ... outside the quotations stand for the
    /// nearest fitting name before them (as a speaker's "he said" does), within a few sentences;
    /// "I", "me", "my" inside a quotation for its speaker; outside, for the one whose turn it is
    /// in a transcript ("THE PRESIDENT"), else for the author of the statement, as named in its
    /// title, else "the speaker".
    QList<EntityMention> references(const QList<QuoteSpan> &quotes) const;
    /// The statement's title when it is not the text's first line (see Recognizer::analyze()).
    void setTitle(const QString &title) { m_title = title; }
    /// After attribute() and setTitle(), before references(): the "I" of the narration who speaks
    /// ("said I", "I answered") is the statement's author when its title names one; in a story
    /// where "I" speaks in turns with others, its narrator, named as the others address them
    /// ("“My dear Watson,” said Holmes"), else "the narrator".
    void nameNarrator(QList<QuoteSpan> &quotes);
    /// After references(): a transcript's labels as speakers and as what "I" refers to become the
    /// person they name ("THE PRESIDENT" of "Remarks by President Joe Biden ...", "MR. KIRBY" of a
    /// text that names John Kirby), where the text or the title tells.
    void nameLabels(QList<QuoteSpan> &quotes, QList<EntityMention> &references) const;

private:
    std::optional<EntityMention> afterQuote(const QuoteSpan &quote, qsizetype limit);
    /// The one speaker whose words the sentence [\a start, \a end) reports ("Byrnes said that
    /// ...."), when a quotation follows it.
    std::optional<EntityMention> reportedBy(qsizetype start, qsizetype end);
    /// After \a subject, a person's name, the position past who they are between commas (", Chairman
    /// of ...,"), else \a at.
    qsizetype afterAppositive(const EntityMention &subject, qsizetype at, qsizetype end) const;
    /// A transcript's speaker label in capitals from \a start to its colon at \a end
    /// ("THE PRESIDENT", "AUDIENCE").
    std::optional<EntityMention> transcriptLabel(qsizetype start, qsizetype end) const;
    /// The label of the transcript's turn \a pos is in ("THE PRESIDENT", "Q" of a reporter), or
    /// an empty string when the text is no transcript.
    QString turnAt(qsizetype pos) const;
    /// Whether the full stop at \a dot ends an abbreviation of a title ("Mr.", "Gen.").
    bool isAbbreviationBefore(qsizetype dot) const;
    /// "In the words of Florence Kelley, “...”": the person named right before the quote at \a to.
    std::optional<EntityMention> inTheWordsOf(qsizetype from, qsizetype to) const;
    std::optional<EntityMention> introduction(qsizetype from, qsizetype to, bool mustEndWithColon);
    /// The speaker of a sentence [\a start, \a end) that opens "As X said," or "As he put it,"
    /// and goes on into the quote ("As Joe has said, they provide the “best ...”").
    std::optional<EntityMention> asSaid(qsizetype start, qsizetype end);
    /// The speaker of a quotation inside a sentence [\a start, \a end) that names them before it
    /// with a speech verb ("Blinken said the alliance was “stronger than ever.”"), or asSaid().
    std::optional<EntityMention> saidBefore(qsizetype start, qsizetype end);
    /// The person named on the line after a dash that follows the quote, as an epigraph or a
    /// block quotation gives its source ("“...” — U.S. Ambassador Linda Thomas-Greenfield").
    std::optional<EntityMention> dashAttribution(const QuoteSpan &quote) const;
    /// Whose words a quotation after \a end is, by a noun of speech and its owner right before it
    /// ("his campaign promise to", "the President’s pledge of").
    std::optional<EntityMention> promisedBy(qsizetype start, qsizetype end) const;
    /// The subject of the clause or sentence before a gerund of speech right before \a end
    /// ("signed the order after promising to", "issued a statement, saying:").
    std::optional<EntityMention> afterPromising(qsizetype start, qsizetype end) const;
    /// The word that ends before \a *at, after \a start; \a *at moves to its start.
    QStringView wordBefore(qsizetype *at, qsizetype start) const;
    /// The clause's subject when "to say", "to declare", "to ask" or "to tell" ends [\a start,
    /// \a end) ("He went ... to Israel to say,").
    std::optional<EntityMention> toSayBy(qsizetype start, qsizetype end) const;
    /// The first mention in [\a start, \a end) that can speak, with a verb after it.
    std::optional<EntityMention> sentenceSubject(qsizetype start, qsizetype end) const;
    /// The subject of the clause that ends at \a end, after \a start: the last person or pronoun
    /// with a verb after it, back to a comma or a dash ("she looked at me| and said,").
    std::optional<EntityMention> clauseSubject(qsizetype start, qsizetype end) const;
    /// The person named after the titles that start at \a pos, capitalised words joined by "and",
    /// "of" ("Under Secretary and Chief Scientist| Dr. Scott Hutchins"), before \a limit.
    std::optional<EntityMention> personAfterTitles(qsizetype pos, qsizetype limit) const;
    /// A name of two or three words after roles in capitals ("President and CEO| Drew Maloney")
    /// that ends at \a end, added as a person.
    std::optional<EntityMention> nameAfterRoles(qsizetype pos, qsizetype end);
    /// The person named at \a pos (with the title of office before the name, if any).
    std::optional<EntityMention> personAt(qsizetype pos) const;
    /// The person whose name ends at \a pos.
    std::optional<EntityMention> personEndingAt(qsizetype pos) const;
    std::optional<EntityMention> pronounAt(qsizetype pos, qsizetype *end) const;
    /// The subject a cue can have at \a pos: the person (or speaking institution) named there,
    /// else a pronoun and whom it stands for; \a end receives where it ends.
    std::optional<EntityMention> subjectAt(qsizetype pos, qsizetype *end) const;
    /// The person a pronoun at \a pos stands for: the nearest fitting name before it, not before
    /// \a after (by default, antecedentReach characters before it).
    std::optional<EntityMention> antecedentOf(qsizetype pos, QStringView pronoun, qsizetype after = -1) const;
    /// Instead of \a nearest, a person after a preposition, the one who spoke just before.
    const EntityMention *speakerBeforeObject(
        const EntityMention *nearest, const std::function<bool(const EntityMention &)> &fits) const;
    /// \a speaker as a quote without a cue of its own carries it on: a pronoun becomes its name.
    std::optional<EntityMention> carried(const std::optional<EntityMention> &speaker) const;
    bool insideQuote(qsizetype pos) const;
    /// Whether the word at \a pos opens a sentence (or the text, or a line).
    bool opensSentence(qsizetype pos) const;
    /// 'm' or 'f' when the speaker's mention tells (a pronoun, Mr., Mrs., ...), else null.
    QChar sexOf(const EntityMention &speaker) const;
    /// The speaker of quote \a i, which answers quote i - 1: the other party of the exchange, as
    /// an earlier turn with a cue of its own (\a cued) names it.
    std::optional<EntityMention> otherParty(const QList<QuoteSpan> &quotes, const QList<bool> &cued, qsizetype i) const;
    /// The speaker of quote \a i, a paragraph of its own right after quote i - 1, as the turns of
    /// an exchange tell: the one a question asks, or the one before the last when \a byTurn says
    /// quote i - 1 took its turn that way too.
    std::optional<EntityMention> nextTurn(const QList<QuoteSpan> &quotes, const QList<bool> &byTurn, qsizetype i);
    /// The person doing something in the one short sentence between \a from and \a to.
    std::optional<EntityMention> actionBeat(qsizetype from, qsizetype to);
    /// "The girl" of "The girl flushed": a description as the subject of a past-tense verb.
    std::optional<EntityMention> describedSubjectAt(qsizetype pos, qsizetype limit, bool indefinite = false) const;
    /// For a pronoun at \a pos of \a sex ('m' or 'f') that no one named fits: the last person of
    /// that sex the narration brought in as a sentence's subject ("a girl was dancing"), after \a after
    /// (antecedentOf()'s bound).
    std::optional<EntityMention> introducedBefore(qsizetype pos, qsizetype after, QChar sex) const;
    /// The person \a quote speaks to, when it names them ("Oh, Tommy!").
    std::optional<EntityMention> addresseeOf(const QuoteSpan &quote);
    /// The one described before ("the parson") whom the lower-case word at \a at, set off as
    /// a quotation's vocative, names ("..., parson, ...").
    std::optional<EntityMention> describedAddressee(qsizetype at, qsizetype limit) const;
    bool samePerson(const EntityMention &a, const EntityMention &b) const;
    /// The name of the relative a description from \a start to \a end speaks of ("his wife"),
    /// when the text names that one person of the family.
    std::optional<QString> relativeNamed(qsizetype start, qsizetype end) const;
    /// A description whose determiner runs from \a at to \a end that refers to an entity named
    /// before it, within reach: "the country", "the nation" to a country, "the organization", "the
    /// company", "the church", "the university", "the team" to an organisation; "our country",
    /// "this Nation" to the country the text names most.
    std::optional<EntityMention> describedEntityAt(qsizetype at, qsizetype end) const;
    /// The organisation or country that "its" at \a at stands for, named before it in its
    /// sentence or the one before, with no person and no other noun between.
    std::optional<EntityMention> bodyBefore(qsizetype at) const;
    /// Who "I" is outside the quotations and the transcript's turns: the person the text's title
    /// names, else "the speaker".
    QString author() const;
    /// The author a title outside the text names after "by" or "from" ("Statement from President
    /// Joe Biden on ..."): the person of that surname the text names, else the words themselves;
    /// empty when it names none.
    QString authorOfTitle(QStringView title, QString *office = nullptr) const;
    /// The person a transcript's label names ("THE PRESIDENT", "MS. PSAKI"), else empty.
    QString personOfLabel(const QString &label) const;
    /// Learns the sex of the people named, from the pronouns the narration uses after their names.
    void learnSexes();
    /// Whether the quotation ends with a full stop, so that a name after it starts a new sentence.
    QChar lastCharacterOf(const QuoteSpan &quote) const;
    bool endsSentence(const QuoteSpan &quote) const;
    bool cueIntroducesNext(const QuoteSpan &quote, const QuoteSpan &next) const;
    /// The same after a quotation that ends with a comma and has its own introduction.
    bool cueIntroducesNextAfterComma(const QuoteSpan &quote, const QuoteSpan &next) const;
    std::optional<EntityMention> newPersonAt(qsizetype pos, bool addToMentions);
    /// A speaker described, not named: "the spokesperson" (not added to the entities).
    std::optional<EntityMention> describedSpeakerAt(qsizetype pos, qsizetype limit) const;
    /// A determiner and a person's noun at \a pos, as a cue's subject: "My dad", "the Rabbis".
    std::optional<EntityMention> personDescriptionAt(qsizetype pos, qsizetype limit) const;
    /// The last person described in lower case ("the president") in the sentence before \a pos
    /// or the one before it, after \a after, that \a fits.
    /// The last given name of \a pronoun's sex standing alone, no entity's, in the sentence
    /// before \a pos or the one before it, after \a after.
    std::optional<EntityMention> givenNameBefore(qsizetype pos, qsizetype after, QStringView pronoun) const;
    /// Where the sentence before the one at \a pos starts, but not before \a after.
    qsizetype sentenceBefore(qsizetype pos, qsizetype after) const;
    std::optional<EntityMention> describedBefore(
        qsizetype pos, qsizetype after, const std::function<bool(const EntityMention &)> &fits) const;
    /// Whether the description from \a start to \a end is of someone: not "the tone".
    bool describesSomeone(qsizetype start, qsizetype end) const;
    /// The person a definite description names ("the spokesperson", "The girl") from \a start
    /// to \a end, canonical in lower case.
    EntityMention describedPerson(qsizetype start, qsizetype end) const;
    /// The word at \a pos (letters only) and the position after it.
    QStringView wordAt(qsizetype pos, qsizetype *end) const;
    qsizetype skipSpaces(qsizetype pos, qsizetype limit) const;
    int paragraphOf(qsizetype pos) const;

    QStringView m_text;
    const QList<TextRange> &m_paragraphs;
    QList<EntityMention> &m_mentions;
    const QList<LexicalSpan> &m_titles;
    const EntityRegistry &m_registry;
    const QList<QuoteSpan> *m_quotes = nullptr; ///< while attribute() runs
    QHash<QString, QString> m_personByLastWord; ///< built on first use: surname -> full name
    QHash<QString, QString> m_personByFirstWord; ///< built with it: first name -> the one full name, or empty
    /// Speakers found as descriptions ("the girl"), in text order: a later pronoun may stand for them.
    QList<EntityMention> m_described;
    QHash<QString, QChar> m_sexByName; ///< canonical name -> 'm' or 'f', as learnSexes() found
    QString m_title; ///< setTitle()
    QString m_narrator; ///< nameNarrator(): who "I" is in the narration, when it speaks
    QHash<QString, int> m_narratorCalled; ///< attribute(): the names an exchange gives the narration's "I" who speaks
    mutable bool m_mainCountryFound = false; ///< whether m_mainCountry was looked for (on first use)
    mutable QString m_mainCountry; ///< the country the text names most, for "our country"
    mutable bool m_turnsFound = false; ///< whether m_turns was filled (on first use)
    mutable QList<std::pair<qsizetype, QString>> m_turns; ///< a transcript's turns: start, label
};

/// Who "I" is when nothing names the author: the entity list shows "the speaker".
QString unnamedSpeaker();

/// Whether \a word is a verb that reports speech ("said", "declared", "emphasized", ...).
bool isSpeechVerb(QStringView word);

} // namespace Lectern
