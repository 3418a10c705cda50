// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/persondirectory.h"

#include "analysis/entityregistry.h"

namespace Lectern {

void PersonDirectory::add(const AnalysisResult &result)
{
    for (const EntityMention &mention : result.entities) {
        if (mention.type != EntityType::Person)
            continue;
        const QString &name = mention.canonical;
        if (m_fullNames.contains(name))
            continue;
        const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2 || !words.constFirst().front().isUpper()) // not "the President"
            continue;
        m_fullNames.insert(name);
        // "Donald Trump" after "Donald J. Trump" is the same person, named as first met.
        const QString key = nameWithoutInitials(name);
        if (const auto first = m_firstByKey.constFind(key); first != m_firstByKey.cend()) {
            m_sameAs.insert(name, *first);
            continue;
        }
        m_firstByKey.insert(key, name);
        m_byWord[words.constFirst()].append(name);
        if (words.constLast() != words.constFirst())
            m_byWord[words.constLast()].append(name);
    }
}

PersonDirectory PersonDirectory::of(const QList<const AnalysisResult *> &results)
{
    PersonDirectory directory;
    for (const AnalysisResult *result : results)
        directory.add(*result);
    return directory;
}

QString PersonDirectory::fullName(QStringView name) const
{
    if (name.isEmpty())
        return {};
    if (name.contains(u' '))
        return m_sameAs.value(name.toString());
    const auto it = m_byWord.constFind(name.toString());
    // Two people share the name: do not guess.
    return it != m_byWord.cend() && it->size() == 1 ? it->constFirst() : QString();
}

bool PersonDirectory::wouldChange(const AnalysisResult &result) const
{
    for (const EntityMention &mention : result.entities) {
        if (mention.type == EntityType::Person && !fullName(mention.canonical).isEmpty())
            return true;
    }
    for (const QuoteSpan &quote : result.quotes) {
        if (quote.speaker && quote.speaker->type == EntityType::Person && !fullName(quote.speaker->canonical).isEmpty())
            return true;
    }
    for (const EntityMention &reference : result.references) {
        if (!fullName(reference.canonical).isEmpty())
            return true;
    }
    return false;
}

bool PersonDirectory::link(AnalysisResult &result) const
{
    if (!wouldChange(result))
        return false; // no detach of the lists
    for (EntityMention &mention : result.entities) {
        if (mention.type != EntityType::Person)
            continue;
        if (const QString full = fullName(mention.canonical); !full.isEmpty())
            mention.canonical = full;
    }
    for (QuoteSpan &quote : result.quotes) {
        if (!quote.speaker || quote.speaker->type != EntityType::Person)
            continue;
        if (const QString full = fullName(quote.speaker->canonical); !full.isEmpty())
            quote.speaker->canonical = full;
    }
    for (EntityMention &reference : result.references) {
        if (const QString full = fullName(reference.canonical); !full.isEmpty())
            reference.canonical = full;
    }
    return true;
}

} // namespace Lectern
