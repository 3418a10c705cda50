// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

class EntityRegistry;

/// What NameClassifier made of one capitalised name: the mentions in it, in text order, and
/// the titles of office before a person's name.
struct NameParts
{
    QList<EntityMention> mentions;
    QList<TextRange> titles;
};

/// \brief Types the capitalised names no gazetteer or pattern recognised.
///
/// The lexical layer marks every other run of capitalised words ("Dean Kamen", "Irving
/// Independent School District", "Yesterday Google", "Delegates of the Republic of Moldova");
/// this decides, from the words of the name, what is in it:
/// - a word that only has its capital because it starts a sentence ("Yesterday", "However") is
///   not part of a name;
/// - a name the gazetteers know is what they say, also inside a longer run ("Delegates of the
///   Republic of Moldova" holds a place);
/// - a name with a word that heads organisations ("District", "Times", "Inc.") is an
///   organisation, one ending in a word that heads places ("County", "Street", "Airport") a
///   place;
/// - titles of office before a name are a title ("President Putin"), the rest a person;
/// - two to four words spelled like personal names ("Sergey Brin", "L. Ron Hubbard", "Kim
///   Shin-Wook", "Ms Bauchtman") are a person, unless they are a capitalised common phrase
///   (every word an English word, one at least no name: "Executive Order", "Golden Gate"), which
///   counts only when \a speaking, as the name next to a speech verb ("said Big Medicine");
/// - anything else, and any single word, is left out: a lone capitalised word is too often not
///   a name, and the people among them are found as surnames of the full names
///   (resolveMentions).
NameParts classifyName(QStringView text, TextRange range, const EntityRegistry &registry, bool speaking = false);

/// Whether \a word, or its singular, heads organisations ("Department", "Departments", "Times").
bool isOrganizationWord(QStringView word);

/// Whether \a word is a style of address before a name ("His Majesty", "His Excellency"), no part
/// of the name.
bool isStyleOfAddress(QStringView word);

/// 'm' or 'f' for an honorific or a pronoun that tells ("Mr", "Mrs", "he", "she"), else null.
QChar sexOfHonorific(QStringView word);

/// The honorific of a person's \a mention in \a text: its first word when that tells a sex
/// ("Mrs" of "Mrs. Lennox"), else the word right before it ("Mrs" before "Lennox"), without
/// the full stop. A view of \a text, without a copy.
QStringView honorificOf(QStringView text, const EntityMention &mention);

/// 'm' or 'f' for a common given name ("Jane", "Tom"), by the lists female-names.txt and
/// male-names.txt; else null.
QChar sexOfGivenName(QStringView name);

/// Whether \a word is capitalised only because it starts a sentence or a heading ("Yesterday",
/// "However", "Nobody"), whatever its case: no personal name starts with it.
bool isSentenceWord(QStringView word);

} // namespace Lectern
