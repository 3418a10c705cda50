// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/paragraphs.h"

#include <QList>
#include <QString>

namespace Lectern {

/// How a search pattern matches (Find, "code all matches", `lectern project code`).
struct SearchOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
    bool regularExpression = false;
};

/// Every non-empty match of \a pattern in \a text, in order; in a regular expression ^ and $
/// match at every line's start and end. An invalid regular expression
/// returns no match and sets \a errorString (when given) to what is wrong with it.
QList<TextRange> findMatches(
    const QString &text, const QString &pattern, const SearchOptions &options, QString *errorString = nullptr);

} // namespace Lectern
