// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QUuid>

namespace Lectern {

/// \brief A correction the analyst made to the entity list. Stored in the project; every
/// later analysis applies the corrections, in the order they were made.
struct EntityCorrection
{
    enum class Kind
    {
        AddEntity, ///< `text` is an entity of `type` wherever it occurs
        AddAlias, ///< `text` is another name of the entity `target` (of `type`)
        ChangeType, ///< the entity `text` (a canonical name) is of `type`
        Merge, ///< the entity `text` is the entity `target`
        NotAnEntity, ///< mentions reading `text`, or of the entity named `text`, are not entities
    };
    QUuid id;
    Kind kind = Kind::AddEntity;
    QString text;
    QString target;
    EntityType type = EntityType::Person;

    friend bool operator==(const EntityCorrection &, const EntityCorrection &) = default;
};

/// Applies \a corrections to the entity mentions found in \a text (sorted by start; kept sorted).
void applyCorrections(QStringView text, QList<EntityMention> &mentions, const QList<EntityCorrection> &corrections);

/// Applies \a corrections to one mention named after the entities were corrected (a reference, a
/// quotation's speaker named by the title, a transcript's label or as the narrator): they hold
/// for an entity known only so too ("the speaker"): another type, the same as another entity.
/// Returns false when the mention is no entity.
bool applyCorrectionsTo(EntityMention &mention, const QList<EntityCorrection> &corrections);
/// applyCorrectionsTo() each of the references (pronouns and descriptions), without those that are
/// no entity.
void applyCorrectionsToReferences(QList<EntityMention> &references, const QList<EntityCorrection> &corrections);

/// One line for the user: "“ROK” is another name of “Republic of Korea”".
QString describeCorrection(const EntityCorrection &correction);

} // namespace Lectern
