// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

class EntityRegistry;

/// \brief Names that the words around a mention tell: a gazetteer's name that goes on past what a
/// keyword pattern found, and an acronym that the text defines.
///
/// Each function takes the mentions sorted by start, as the name classifier leaves them, and
/// keeps them sorted.

/// A mention that stops inside a longer name the gazetteers know takes that name: the keyword
/// pattern ends "the United Nations Interim Administration Mission| in Kosovo" at its keyword.
/// The mentions inside the longer name are dropped (addNestedNames() finds them again).
void extendToKnownNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

/// An organisation, "of (the)" and a place or organisation the gazetteers know are one
/// organisation: "the General Assembly of the United Nations", "the Ministry of Foreign Affairs of
/// the Republic of Korea"; so is a mission "in" or "to" a place ("the African Union Transition
/// Mission in Somalia"). The known name stays a mention inside it, with its article.
void joinOfNames(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

/// An acronym in brackets after the name it abbreviates ("the Federal Emergency Management
/// Agency (FEMA)", its letters the initials of the name's capitalised words in order) makes the
/// name one mention, and the acronym, there and further on, a mention of the same type and
/// entity. The type is that of a mention of the whole name, else an organisation when a word of
/// the name heads organisations; otherwise nothing is added: "Gross Domestic Product (GDP)" names
/// no entity.
void addDefinedAcronyms(QStringView text, QList<EntityMention> &mentions);

/// A place named with the region or country it lies in, after a comma, is one place: "in Irving,
/// Texas", "in Mountain View, California", "Washington, D.C."; the region stays a mention inside
/// it, and the place's own name, when no mention had it, is a place further on too ("Irving").
/// Only after a word of place ("in", "at", "from", "near", "of", ...), not in a list ("Japan,
/// Korea, and China") and not before more of a name ("in Ukraine, Russia’s war").
void joinPlaceAndRegion(QStringView text, QList<EntityMention> &mentions);

/// An event's name takes the year and the acronym of its organiser before it and the year after
/// it: "the 2018 FIFA World Cup", "the 2024 Olympic Games", "World Cup 2034", "Expo 2030". The
/// year before it is a date inside it (as GUM has it; not the one after); the organiser, when the
/// gazetteers know it, is found inside again (addNestedNames()).
void addEventYears(QStringView text, QList<EntityMention> &mentions);

/// A dateline's place in capitals at a line's start is a place when the gazetteers know it in
/// title case: "WASHINGTON – The President ...", "NEW YORK, N.Y. — ...".
void addDatelines(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

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
