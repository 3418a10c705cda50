// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QJsonObject>

namespace Lectern {

/// \brief The recogniser's result as JSON, for `lectern analyze --json` and scripts.
///
/// Offsets are in Unicode code points (what Python's str and most tools index by), not in the
/// UTF-16 units Qt uses, so `text[start:end]` in a script gives the quoted text. Shape:
/// `{file, quotes: [{start, end, text, kind, closed, speaker: {start, end, text, canonical} | null}],
///   entities: [{start, end, text, type, canonical}]}`; a quote's kind is "quotation" or "term"
/// (a short scare-quoted term, which has no speaker).
QJsonObject analysisToJson(const QString &file, const QString &text, const AnalysisResult &result);

/// Maps UTF-16 offsets of one text to code-point offsets.
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString &text);
    qsizetype operator()(qsizetype utf16Offset) const;

private:
    QList<qsizetype> m_lowSurrogates; // UTF-16 positions of the second half of each pair
};

} // namespace Lectern
