// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

namespace Lectern {

/// Whether \a text reports on sport: at least four different words of the game ("match",
/// "scored", "goalkeeper", "World Cup", ...) occur in it.
bool isSportsReport(QStringView text);

/// In a sports report, a country or city named as the side that plays ("Sweden defeated South
/// Korea 1 – 0", "Belgium's goalkeeper") is its team, an organisation; named after "in", "at",
/// "from", "to" ... it stays a place ("the World Cup in Russia"). \a mentions keep their ranges
/// and canonical names; only the type of a team changes. Other texts are left as they are.
void markSportsTeams(QStringView text, QList<EntityMention> &mentions);

} // namespace Lectern
