// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"

#include <algorithm>

namespace Lectern::Evaluation {

bool matches(const Span &gold, const Span &predicted, Match match, bool typed)
{
    if (typed && gold.type != predicted.type)
        return false;
    switch (match) {
    case Match::Exact:
        return gold.start == predicted.start && gold.end == predicted.end;
    case Match::Coverage: {
        const qsizetype overlap = std::min(gold.end, predicted.end) - std::max(gold.start, predicted.start);
        const qsizetype goldLength = gold.end - gold.start;
        return goldLength > 0 && overlap >= 0.8 * double(goldLength)
            && (predicted.end - predicted.start) <= 1.2 * double(goldLength);
    }
    case Match::Overlap:
        return std::max(gold.start, predicted.start) < std::min(gold.end, predicted.end);
    }
    return false;
}

Counts score(const QList<Span> &gold, const QList<Span> &predicted, Match match, bool typed,
    QList<std::pair<qsizetype, qsizetype>> *pairs)
{
    Counts counts {gold.size(), predicted.size(), 0};
    QList<bool> used(predicted.size(), false);
    for (qsizetype g = 0; g < gold.size(); ++g) {
        for (qsizetype p = 0; p < predicted.size(); ++p) {
            if (!used.at(p) && matches(gold.at(g), predicted.at(p), match, typed)) {
                used[p] = true;
                ++counts.matched;
                if (pairs)
                    pairs->append({g, p});
                break;
            }
        }
    }
    return counts;
}

} // namespace Lectern::Evaluation
