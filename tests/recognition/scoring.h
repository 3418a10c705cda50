// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern::Evaluation {

/// A span in Unicode code points of the scored text, with a type ("person", ..., or "quote").
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString type;
    qsizetype speakerStart = -1; ///< quotes: the speaker mention, -1 when none
    qsizetype speakerEnd = -1;
};

enum class Match
{
    Exact, ///< same start and end (and type, when typed)
    Coverage, ///< the prediction covers >= 80% of the gold span, at most 120% of its length
    Overlap, ///< any overlap
};

struct Counts
{
    qsizetype gold = 0;
    qsizetype predicted = 0;
    qsizetype matched = 0;
    double precision() const { return predicted ? double(matched) / double(predicted) : 0.0; }
    double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    Counts &operator+=(const Counts &o)
    {
        gold += o.gold;
        predicted += o.predicted;
        matched += o.matched;
        return *this;
    }
};

/// Pairs each prediction with at most one gold span (greedy, in gold order) and counts.
/// \a pairs, when given, receives (gold index, predicted index) of each pair.
Counts score(const QList<Span> &gold, const QList<Span> &predicted, Match match, bool typed,
    QList<std::pair<qsizetype, qsizetype>> *pairs = nullptr);

bool matches(const Span &gold, const Span &predicted, Match match, bool typed);

/// GUM's gold splits a quotation where its XML elements cross (a quote that opens inside a
/// sentence ends with that sentence): the pieces of \a quotes (sorted) joined again where one
/// ends without a closing quote mark and only white space stands before the next. \a text is
/// the scored text as code points.
QList<Span> rejoinSplitQuotes(const QList<uint> &text, const QList<Span> &quotes);

} // namespace Lectern::Evaluation
