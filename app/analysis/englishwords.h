// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Lectern {

/// The words of an English dictionary, Debian's wamerican (SCOWL), which the program carries as
/// the resource :/lectern/dict/american-english. It tells a capitalised common phrase
/// ("Executive Order", "Golden Gate") from a personal name ("Bill Gates", "Jake Sullivan").
/// Read once, on first use; both are false, with a warning, when the resource is missing.

/// Whether \a word in lower case is a word of the dictionary: "order", "golden", "bill".
bool isCommonWord(QStringView word);

/// Whether the dictionary lists \a word with its capital, as a name: "Golden", "Bill", "Gates";
/// not "Order" or "Gate".
bool isListedCapitalised(QStringView word);

} // namespace Lectern
