// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

/// A [start, end) range of UTF-16 offsets into a text.
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/// Whether the text is hard-wrapped: short lines, paragraphs separated by blank lines.
bool isHardWrapped(const QString &text);

/// The paragraphs of a text. In a hard-wrapped text a paragraph is a run of non-blank lines;
/// otherwise every non-blank line is a paragraph. Trailing line-break characters are excluded.
QList<TextRange> paragraphRanges(const QString &text);

/// The text with the line breaks inside each paragraph turned into spaces (and carriage returns
/// into spaces). The length is unchanged, so every offset stays valid.
QString reflowedText(const QString &text);

} // namespace Lectern
