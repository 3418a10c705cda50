// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Lectern {

/// The entries of a word list of resources/gazetteers (one entry a line, '#' starts a comment
/// line), which the program carries as the resource :/lectern/gazetteers/<fileName>; empty, with
/// a warning, when it is missing. Callers keep what they derive from it in a function-local
/// static, so each list is read once.
QStringList gazetteerEntries(const QString &fileName);

/// The entries of the word list \a fileName (see gazetteerEntries()) as a set.
QSet<QString> gazetteerWordSet(const QString &fileName);

/// The words of \a entries that start with a capital letter: "Memorandum" and "Understanding"
/// of "Memorandum of Understanding"; placeholders such as "<number>" and lower-case words left
/// out.
QSet<QString> capitalisedWords(const QStringList &entries);

/// The last word of each entry, the head of its phrase: "Force" of "Air Force".
QSet<QString> lastWords(const QStringList &entries);

} // namespace Lectern
