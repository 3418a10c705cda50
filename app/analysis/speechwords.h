// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QStringView>

namespace Lectern {

/// The word lists of speaker attribution: which entity types speak, adverbs, pronouns and words
/// that are never a name. (isSpeechVerb is declared in speakerattribution.h.)
bool canSpeak(EntityType type);
bool isAdverb(QStringView word);
bool isPronoun(QStringView word);
bool isNotAName(QStringView word);
/// 'm' or 'f' for a noun that tells ("man", "mother"), else null.
QChar sexOfNoun(QStringView word);
/// Whether \a word names a person or people by kin or role ("dad", "rabbis", "spokesperson").
bool isPersonNoun(QStringView word);
/// The words a description of someone opens with: "the spokesperson", "her mother", "his aide".
bool opensDescription(QStringView word);
/// Whether \a canonical (or a mention's text) is a description ("the girl", "her father"), not a name.
bool isDescription(QStringView canonical);

} // namespace Lectern
