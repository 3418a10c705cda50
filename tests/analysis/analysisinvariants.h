// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QString>

namespace Lectern::TestSupport {

/// Empty when \a range lies in \a text and \a expected is the text it covers.
inline QString sliceError(const QString &text, const TextRange &range, const QString &expected, const char *what)
{
    if (range.start < 0 || range.start > range.end || range.end > text.size())
        return QStringLiteral("%1 [%2, %3) lies outside the text of %4 characters")
            .arg(QLatin1StringView(what))
            .arg(range.start)
            .arg(range.end)
            .arg(text.size());
    if (QStringView(text).sliced(range.start, range.length()) != expected)
        return QStringLiteral("%1 [%2, %3) says “%4” but the text there is “%5”")
            .arg(QLatin1StringView(what))
            .arg(range.start)
            .arg(range.end)
            .arg(expected, text.mid(range.start, range.length()));
    return {};
}

/// What must hold of any analysis of \a text, whatever the text: every range inside it; every
/// quotation's, speaker's, term's, entity's and reference's text the slice of its range; the
/// entities and the references in text order, each with a canonical name. Empty when all holds,
/// else the first thing that broke. (tst_corpusroundtrip, tst_fuzzregressions, fuzz_recognizer.)
inline QString analysisError(const QString &text, const AnalysisResult &result)
{
    for (const QuoteSpan &quote : result.quotes) {
        if (QString error = sliceError(text, quote.range, quote.text, "quote"); !error.isEmpty())
            return error;
        if (quote.speaker) {
            if (QString error = sliceError(text, quote.speaker->range, quote.speaker->text, "speaker");
                !error.isEmpty())
                return error;
        }
    }
    for (const QuotedTerm &term : result.terms) {
        if (QString error = sliceError(text, term.range, term.text, "term"); !error.isEmpty())
            return error;
    }
    for (const auto &[list, what] :
        {std::pair {&result.entities, "entity"}, std::pair {&result.references, "reference"}}) {
        qsizetype previous = 0;
        for (const EntityMention &mention : *list) {
            if (QString error = sliceError(text, mention.range, mention.text, what); !error.isEmpty())
                return error;
            if (mention.canonical.isEmpty())
                return QStringLiteral("%1 at %2 has no canonical name")
                    .arg(QLatin1StringView(what))
                    .arg(mention.range.start);
            if (mention.range.start < previous)
                return QStringLiteral("%1 at %2 is out of order").arg(QLatin1StringView(what)).arg(mention.range.start);
            previous = mention.range.start;
        }
    }
    for (const LexicalSpan &span : result.spans) {
        if (span.start < 0 || span.start > span.end || span.end > text.size())
            return QStringLiteral("span [%1, %2) lies outside the text").arg(span.start).arg(span.end);
    }
    return {};
}

} // namespace Lectern::TestSupport
