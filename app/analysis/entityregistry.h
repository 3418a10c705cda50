// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QHash>
#include <QSet>

namespace Lectern {

/// \brief The names Lectern knows and the canonical entity each one belongs to.
///
/// Built from the generated alias table (":/lectern/gazetteer/entities.tsv": ISO 3166-1 names
/// from iso-codes plus the curated lists in resources/gazetteers), so "ROK", "South Korea" and
/// "Republic of Korea" all resolve to one place.
class EntityRegistry
{
public:
    /// The registry built from the shipped alias table; loaded once, safe to share across threads.
    static const EntityRegistry &builtIn();

    /// Reads an alias table: lines "type<TAB>canonical<TAB>name|name|...", '#' comments.
    static EntityRegistry fromTable(QStringView table);

    /// The canonical name of \a name as an entity of \a type; empty if the name is unknown.
    QString canonical(EntityType type, QStringView name) const;
    /// The type of the first entity (places, then organisations, agreements, events) that has
    /// \a name, if any: one lookup for all types.
    std::optional<EntityType> typeOf(QStringView name) const;
    /// Whether a name the registry knows may go on from \a name: one starts with \a name and a
    /// space ("Democratic" and "Democratic Republic" of "Democratic Republic of the Congo"), or
    /// \a name is blank.
    bool hasLongerName(QStringView name) const;
    qsizetype size() const;
    /// Whether the place \a canonical is a country (ISO 3166-1), not a city or a region.
    bool isCountry(const QString &canonical) const;

    /// Lookup key of a name: spacing simplified, typographic apostrophes made straight.
    static QString key(QStringView name);

private:
    QHash<EntityType, QHash<QString, QString>> m_canonical; // type -> key -> canonical
    QHash<QString, EntityType> m_typeByKey; // "<key>" -> the first type with that name
    QSet<QString> m_namePrefixes; // the keys' beginnings before each of their spaces
    QSet<QString> m_countries; // canonical names of the places that are countries
};

/// A full name without its initials ("Donald J. Trump" -> "Donald Trump"): two full names with
/// the same key name one person.
QString nameWithoutInitials(const QString &name);

/// Gives every mention its canonical name and links the people of one text: a surname or a
/// titled surname ("Secretary Blinken", "Blinken") belongs to the full name met in the text
/// ("Antony Blinken"), and further untitled mentions of a known person's full name or surname
/// are added. \a mentions is kept sorted by start.
void resolveMentions(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry);

/// A person named by office ("the President"; not a form of address such as "Mr. President", who
/// in the Senate is whoever presides) is the one person the text names with that title
/// ("President Joe Biden", or "the National Security Advisor, Jake Sullivan,"), when it names only
/// one: their canonical name becomes
/// that person's. Call once the person mentions include their titles (widenMentions()).
/// Returns the office holders' canonical names so linked ("the President" -> "Joe Biden"), for
/// the speakers of the quotations.
QHash<QString, QString> linkOfficeHolders(QStringView text, QList<EntityMention> &mentions);

/// A person named by office alone: "the President", "The Home Secretary", "Madam Speaker",
/// "Mr. President", "Mr Secretary-General of the United Nations".
bool isOfficeHolder(const QString &name);

} // namespace Lectern
