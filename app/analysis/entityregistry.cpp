// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entityregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

std::optional<EntityType> typeFromName(QStringView name)
{
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization, EntityType::Agreement,
             EntityType::Event, EntityType::Date}) {
        if (name == entityTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString typedKey(EntityType type, QStringView name)
{
    return entityTypeName(type) + u':' + EntityRegistry::key(name);
}

QStringList nameWords(const QString &name)
{
    return name.split(u' ', Qt::SkipEmptyParts);
}

/// A person named by office alone: "the President", "The Home Secretary", "Madam Speaker",
/// "Mr. President".
bool isOfficeHolder(const QString &name)
{
    static const QRegularExpression officeHolder(
        QStringLiteral("\\A(?:[Tt]he|Madam|Madame) |\\AMr\\.? (?:Speaker|President|Chairman|Chair|Secretary|Ambassador|"
                       "Minister|Mayor|Governor|Justice)\\b"));
    return officeHolder.match(name).hasMatch();
}

bool overlapsAny(const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), start,
        [](const EntityMention &m, qsizetype pos) { return m.range.end <= pos; });
    return it != mentions.cend() && it->range.start < end;
}

} // namespace

const EntityRegistry &EntityRegistry::builtIn()
{
    static const EntityRegistry registry = [] {
        QFile file(QStringLiteral(":/lectern/gazetteer/entities.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return EntityRegistry();
        return fromTable(QString::fromUtf8(file.readAll()));
    }();
    return registry;
}

EntityRegistry EntityRegistry::fromTable(QStringView table)
{
    EntityRegistry registry;
    for (QStringView line : table.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 3)
            continue;
        const std::optional<EntityType> type = typeFromName(fields.at(0));
        if (!type)
            continue;
        const QString canonical = fields.at(1).toString();
        registry.m_canonical.insert(typedKey(*type, canonical), canonical);
        for (QStringView name : fields.at(2).split(u'|', Qt::SkipEmptyParts))
            registry.m_canonical.insert(typedKey(*type, name), canonical);
    }
    return registry;
}

QString EntityRegistry::key(QStringView name)
{
    QString key = name.toString().simplified();
    key.replace(u'\u2019', u'\'');
    return key;
}

QString EntityRegistry::canonical(EntityType type, QStringView name) const
{
    return m_canonical.value(typedKey(type, name));
}

void resolveMentions(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    // People: every full name (two words or more) is its own entity; a single word links to
    // the one full name that has it as first or last word ("Blinken" -> "Antony Blinken";
    // "Park" -> "Park Jin", Korean names put the family name first).
    QStringList fullNames;
    QSet<QString> known;
    QHash<QString, QStringList> byWord; // first or last word -> the full names with it
    QHash<QString, QStringList> byLastWord;
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type != EntityType::Person)
            continue;
        const QString name = mention.text.simplified();
        const QStringList words = nameWords(name);
        if (words.size() < 2 || known.contains(name) || isOfficeHolder(name))
            continue;
        known.insert(name);
        fullNames.append(name);
        byWord[words.constFirst()].append(name);
        if (words.constLast() != words.constFirst())
            byWord[words.constLast()].append(name);
        byLastWord[words.constLast()].append(name);
    }
    auto personCanonical = [&](const QString &name) -> QString {
        const QString simplified = name.simplified();
        if (isOfficeHolder(simplified)) // "The President" is "the President"
            return simplified.startsWith(u'T') ? QStringLiteral("the") + simplified.mid(3) : simplified;
        if (known.contains(simplified))
            return simplified;
        const QStringList words = nameWords(simplified);
        if (words.isEmpty())
            return simplified;
        const QStringList candidates
            = words.size() == 1 ? byWord.value(words.constFirst()) : byLastWord.value(words.constLast());
        // Two people share the name: do not guess.
        return candidates.size() == 1 ? candidates.constFirst() : simplified;
    };

    // Untitled mentions of known people ("Antony Blinken said", "Blinken added"): one pass over
    // the text with one alternation of every full name and surname, longest first.
    QStringList searched;
    for (const QString &full : std::as_const(fullNames)) {
        searched.append(full);
        searched.append(nameWords(full).constLast());
    }
    searched.removeDuplicates();
    std::sort(searched.begin(), searched.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<EntityMention> added;
    if (!searched.isEmpty()) {
        QStringList escaped;
        for (const QString &name : std::as_const(searched))
            escaped.append(QRegularExpression::escape(name));
        const QRegularExpression pattern(
            QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + escaped.join(u'|') + QStringLiteral(")(?![\\p{L}\\p{N}])"));
        for (auto it = pattern.globalMatchView(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            if (overlapsAny(mentions, start, end))
                continue;
            EntityMention mention;
            mention.range = {start, end};
            mention.type = EntityType::Person;
            mention.text = match.captured();
            added.append(mention); // in text order: the matches do not overlap
        }
    }
    if (!added.isEmpty()) {
        mentions.append(added);
        std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
    }

    for (EntityMention &mention : mentions) {
        if (mention.type == EntityType::Person) {
            mention.canonical = personCanonical(mention.text);
        } else {
            const QString canonical = registry.canonical(mention.type, mention.text);
            mention.canonical = canonical.isEmpty() ? mention.text.simplified() : canonical;
        }
    }
}

} // namespace Lectern
