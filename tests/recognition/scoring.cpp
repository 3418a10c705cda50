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

QList<Span> rejoinSplitQuotes(const QList<uint> &text, const QList<Span> &quotes)
{
    const auto isSpace = [](uint c) {
        return QChar::isSpace(char32_t(c));
    };
    const auto closes = [](uint c) {
        return c == u'"' || c == 0x201D || c == 0x2019 || c == u'\'';
    };
    QList<Span> joined;
    for (const Span &piece : quotes) {
        if (!joined.isEmpty()) {
            Span &open = joined.last();
            qsizetype last = open.end;
            while (last > open.start && isSpace(text.value(last - 1)))
                --last;
            bool between = open.end <= piece.start;
            for (qsizetype i = open.end; between && i < piece.start; ++i)
                between = isSpace(text.value(i));
            if (between && last > open.start && !closes(text.value(last - 1))) {
                open.end = piece.end;
                continue;
            }
        }
        joined.append(piece);
    }
    return joined;
}

} // namespace Lectern::Evaluation
