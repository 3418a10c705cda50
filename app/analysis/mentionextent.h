// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

class EntityRegistry;

/// \brief Widens the mentions to the whole name phrase a reader would mark.
///
/// The lexical layer finds names; a mention is the phrase that names the entity, as annotated
/// corpora (GUM, OntoNotes) and analysts mark it:
/// - a person's title of office and what qualifies it: "U.S. President Donald Trump",
///   "Afghan Ambassador Hamdullah Mohib", "Facebook founder Mark Zuckerberg", "actor Jason Beghe";
/// - the article of a name that takes one: "the United States", "the White House" (not when the
///   name qualifies a noun after it: "the U.S. team");
/// - a possessive ending: "Afghanistan's".
/// The canonical names stay as they are; a place nested in a person's phrase ("U.S.") stays a
/// mention of its own. \a mentions stays sorted by start; \a titles loses the titles that are
/// now part of a person's mention.
void widenMentions(QStringView text, QList<EntityMention> &mentions, QList<LexicalSpan> &titles);

/// Adds the places and organisations named inside the names of organisations, events and
/// agreements ("United States" in "United States Navy", "NATO" in "NATO Istanbul Summit"), and
/// the year of a full date, as mentions of their own, so that every mention of them is in their
/// entity's list. \a mentions stays sorted.
void addNestedNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

/// Length of a possessive ending at \a end: "'s", "’s", or " 's" in tokenized text; 0 if none.
qsizetype possessiveAt(QStringView text, qsizetype end);

/// Whether \a word (lower case) names a role a person is introduced by ("actor", "captain",
/// "spokesperson"), so that "team captain Harry Kane" is one mention.
bool isRoleNoun(QStringView word);

} // namespace Lectern
