// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

class EntityRegistry;

/// \brief Mentions that the words around them tell: an acronym the text defines, a body named
/// again by its head word, a bill's number, a dateline's place.
///
/// Each function takes the mentions sorted by start, as the name classifier leaves them, and
/// keeps them sorted, and a text without unpaired surrogates: the searches skip PCRE2's check of
/// the UTF-16.

/// An acronym in brackets after the name it abbreviates ("the Federal Emergency Management
/// Agency (FEMA)", its letters the initials of the name's capitalised words in order) makes the
/// name one mention, and the acronym, there and further on, a mention of the same type and
/// entity. The type is that of a mention of the whole name, else an organisation when a word of
/// the name heads organisations; otherwise nothing is added: "Gross Domestic Product (GDP)" names
/// no entity.
void addDefinedAcronyms(QStringView text, QList<EntityMention> &mentions);

/// A dateline's place in capitals at a line's start is a place when the gazetteers know it in
/// title case: "WASHINGTON – The President ...", "NEW YORK, N.Y. — ...".
void addDatelines(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

/// A name with a capital "The" within a sentence, after a word that names where one speaks or
/// writes ("told The Guardian", "wrote in The Atlantic", "an interview with The National") or after
/// a person and "of" ("Matthew Ingram of The Globe and Mail"), is a news organisation's.
void addMediaNames(QStringView text, QList<EntityMention> &mentions);

/// A bill of the House of Representatives named by its number is an agreement, as acts are:
/// "H.R. 1280", "H. R. 1280" (tokenized), "H.Res. 24".
void addBillNumbers(QStringView text, QList<EntityMention> &mentions);

/// A body, an event or an agreement named in full is named again by its head word alone,
/// capitalised, after "the" or "this": "the Security Council" ... "the Council", "the General
/// Assembly" ... "this Assembly", "the Church of Scientology" ... "The Church". The short form is a
/// mention of the last name before it that the word heads (its last word, or its word before
/// "of") and whose type the word tells (keywords of organisations, events, agreements: not "the
/// Union" after "the State of the Union"); it takes that name's canonical name. A head word not
/// met so before is left alone. Call once the mentions have their canonical names.
void addShortForms(QStringView text, QList<EntityMention> &mentions);

} // namespace Lectern
