// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

/// Sets the extent of the spans of time the lexical layer found by the words after them: "2
/// weeks ago" is a point in time and takes its "ago"; "a 19-year-old", "a 2000 year old
/// tradition" give an age, not a time, and are no dates. A month takes the word that places it
/// ("last June", "next September"). \a mentions stays sorted.
void adjustTimePhrases(QStringView text, QList<EntityMention> &mentions);

} // namespace Lectern
