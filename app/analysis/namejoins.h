// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

class EntityRegistry;

/// \brief Mentions joined with the words next to them into the longer names they are part of: a
/// gazetteer's name past a keyword, "<body> of <known name>", "<town>, <region>", an event's year.
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

} // namespace Lectern
