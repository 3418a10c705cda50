// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The narrator of a story told in the first person: who "said I" is.
#include "analysis/speakerattribution.h"
#include "analysis/speechwords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {
constexpr qsizetype narratorExchange = 400; ///< at most this much narration between the narrator's turn and another's
constexpr int narratorTurns = 2; ///< at least this many turns the narration's "I" takes in exchanges
} // namespace

void SpeakerAttribution::nameNarrator(QList<QuoteSpan> &quotes)
{
    // The quotations whose cue is the narration's "I" ("said I", "I answered").
    QList<qsizetype> told;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const std::optional<EntityMention> &speaker = quotes.at(i).speaker;
        if (speaker && speaker->canonical == QLatin1String("I") && !insideQuote(speaker->range.start))
            told.append(i);
    }
    if (told.isEmpty())
        return;
    // Whether quotation j, right before or after quotation i, is someone else's turn.
    const auto otherTurn = [&quotes](qsizetype i, qsizetype j) {
        if (j < 0 || j >= quotes.size() || !quotes.at(j).speaker
            || quotes.at(j).speaker->canonical == QLatin1String("I"))
            return false;
        return quotes.at(std::max(i, j)).range.start - quotes.at(std::min(i, j)).range.end <= narratorExchange;
    };
    // A story is where "I" takes turns with others ("“Seven!” I answered."), not a speech's "As
    // I said at the summit, “...”", which is its author's, as the title names them.
    const qsizetype turns = std::count_if(
        told.cbegin(), told.cend(), [&otherTurn](qsizetype i) { return otherTurn(i, i - 1) || otherTurn(i, i + 1); });
    QString name = author();
    if (name == unnamedSpeaker() && turns >= narratorTurns) {
        name = QStringLiteral("the narrator");
        // Named as the narration says ("So, I called myself Pip", "My name is Ishmael"), else as
        // the others of the exchanges address them ("“My dear Watson,” said Holmes"), by two
        // quotations at least; attribute() counted those that named an "I answered" so.
        static const QRegularExpression selfNamed(QStringLiteral(
            "\\b(?:called myself|[Mm]y name (?:is|was)|I (?:am|was) called|[Cc]all me)\\s+(\\p{Lu}[\\p{L}'’-]+)"));
        QString said;
        for (QRegularExpressionMatchIterator it = selfNamed.globalMatchView(m_text); it.hasNext() && said.isEmpty();) {
            const QRegularExpressionMatch match = it.next();
            if (!insideQuote(match.capturedStart()) && !isNotAName(match.capturedView(1)))
                said = match.captured(1);
        }
        if (!said.isEmpty()) {
            name = said;
        } else {
            QHash<QString, int> votes = m_narratorCalled;
            for (const qsizetype i : std::as_const(told)) {
                for (const qsizetype j : {i - 1, i + 1}) {
                    if (!otherTurn(i, j))
                        continue;
                    const std::optional<EntityMention> called = addresseeOf(quotes.at(j));
                    if (called && called->type == EntityType::Person && !called->canonical.isEmpty()
                        && called->canonical.front().isUpper() && !isDescription(called->canonical)
                        && !samePerson(*called, *quotes.at(j).speaker))
                        ++votes[called->canonical];
                }
            }
            int most = 1;
            bool tie = false;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
                if (it.value() > most) {
                    name = it.key();
                    most = it.value();
                    tie = false;
                } else if (it.value() == most) {
                    tie = true;
                }
            }
            if (tie)
                name = QStringLiteral("the narrator");
        }
    }
    m_narrator = name;
    for (const qsizetype i : std::as_const(told))
        quotes[i].speaker->canonical = name;
}

} // namespace Lectern
