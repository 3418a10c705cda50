// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entitycorrection.h"

#include "analysis/entityregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

void sortByStart(QList<EntityMention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
}

/// Every whole-word occurrence of \a name becomes a mention; mentions it overlaps give way.
void addOccurrences(
    QStringView text, QList<EntityMention> &mentions, const QString &name, EntityType type, const QString &canonical)
{
    if (name.trimmed().isEmpty())
        return;
    QString pattern = QRegularExpression::escape(name.simplified());
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])") + pattern + QStringLiteral("(?![\\p{L}\\p{N}])"));
    QList<EntityMention> found;
    for (auto it = re.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({{match.capturedStart(), match.capturedEnd()}, type, match.captured(), canonical});
    }
    if (found.isEmpty())
        return;
    mentions.removeIf([&](const EntityMention &m) {
        return std::any_of(found.cbegin(), found.cend(),
            [&](const EntityMention &f) { return m.range.start < f.range.end && f.range.start < m.range.end; });
    });
    mentions.append(found);
    sortByStart(mentions);
}

} // namespace

void applyCorrections(QStringView text, QList<EntityMention> &mentions, const QList<EntityCorrection> &corrections)
{
    for (const EntityCorrection &c : corrections) {
        switch (c.kind) {
        case EntityCorrection::Kind::AddEntity:
            addOccurrences(text, mentions, c.text, c.type, c.text.simplified());
            break;
        case EntityCorrection::Kind::AddAlias: {
            const QString key = EntityRegistry::key(c.text);
            bool seen = false;
            for (EntityMention &m : mentions) {
                if (EntityRegistry::key(m.text) == key) {
                    m.canonical = c.target;
                    m.type = c.type;
                    seen = true;
                }
            }
            if (!seen)
                addOccurrences(text, mentions, c.text, c.type, c.target);
            break;
        }
        case EntityCorrection::Kind::ChangeType:
            for (EntityMention &m : mentions) {
                if (m.canonical == c.text)
                    m.type = c.type;
            }
            break;
        case EntityCorrection::Kind::Merge: {
            std::optional<EntityType> targetType;
            for (const EntityMention &m : std::as_const(mentions)) {
                if (m.canonical == c.target) {
                    targetType = m.type;
                    break;
                }
            }
            for (EntityMention &m : mentions) {
                if (m.canonical == c.text) {
                    m.canonical = c.target;
                    if (targetType)
                        m.type = *targetType;
                }
            }
            break;
        }
        case EntityCorrection::Kind::NotAnEntity: {
            const QString key = EntityRegistry::key(c.text);
            // The name as written, or an entity as a whole (by its canonical name).
            mentions.removeIf(
                [&](const EntityMention &m) { return EntityRegistry::key(m.text) == key || m.canonical == c.text; });
            break;
        }
        }
    }
}

QString describeCorrection(const EntityCorrection &c)
{
    switch (c.kind) {
    case EntityCorrection::Kind::AddEntity:
        return QCoreApplication::translate("Lectern::EntityCorrection", "“%1” is a %2")
            .arg(c.text, entityTypeName(c.type));
    case EntityCorrection::Kind::AddAlias:
        return QCoreApplication::translate("Lectern::EntityCorrection", "“%1” is another name of “%2”")
            .arg(c.text, c.target);
    case EntityCorrection::Kind::ChangeType:
        return QCoreApplication::translate("Lectern::EntityCorrection", "“%1” is a %2")
            .arg(c.text, entityTypeName(c.type));
    case EntityCorrection::Kind::Merge:
        return QCoreApplication::translate("Lectern::EntityCorrection", "“%1” is the same as “%2”")
            .arg(c.text, c.target);
    case EntityCorrection::Kind::NotAnEntity:
        return QCoreApplication::translate("Lectern::EntityCorrection", "“%1” is not an entity").arg(c.text);
    }
    return {};
}

bool applyCorrectionsTo(EntityMention &mention, const QList<EntityCorrection> &corrections)
{
    for (const EntityCorrection &correction : corrections) {
        if (correction.kind == EntityCorrection::Kind::NotAnEntity) {
            if (mention.canonical == correction.text || mention.text == correction.text)
                return false;
            continue;
        }
        if (mention.canonical != correction.text)
            continue;
        if (correction.kind == EntityCorrection::Kind::ChangeType)
            mention.type = correction.type;
        else if (correction.kind == EntityCorrection::Kind::Merge)
            mention.canonical = correction.target;
    }
    return true;
}

void applyCorrectionsToReferences(QList<EntityMention> &references, const QList<EntityCorrection> &corrections)
{
    QList<EntityMention> kept;
    kept.reserve(references.size());
    for (EntityMention &reference : references) {
        if (applyCorrectionsTo(reference, corrections))
            kept.append(std::move(reference));
    }
    references = std::move(kept);
}

} // namespace Lectern
