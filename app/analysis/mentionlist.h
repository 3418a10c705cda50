// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <algorithm>

/// The small operations on a text's list of mentions (sorted by start) that the rules of
/// contextnames.cpp and namejoins.cpp share.
namespace Lectern::MentionList {

inline bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'\'' || c == u'\u2019';
}

inline void sortByStart(QList<EntityMention> &mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(),
        [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
}

/// Adds the mentions a rule found to \a mentions, which stay sorted.
inline void addSorted(QList<EntityMention> &mentions, const QList<EntityMention> &added)
{
    if (added.isEmpty())
        return;
    mentions.append(added);
    sortByStart(mentions);
}

inline bool overlaps(const EntityMention &mention, qsizetype start, qsizetype end)
{
    return mention.range.start < end && start < mention.range.end;
}

inline bool overlapsAny(const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    return std::any_of(mentions.cbegin(), mentions.cend(),
        [start, end](const EntityMention &mention) { return overlaps(mention, start, end); });
}

inline EntityMention mentionOf(QStringView text, qsizetype start, qsizetype end, EntityType type)
{
    EntityMention mention;
    mention.range = {start, end};
    mention.type = type;
    mention.text = text.mid(start, end - start).toString();
    return mention;
}

/// The word that ends at \a end, back to the space before it; empty when \a end is no word's end.
inline TextRange wordEndingAt(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    return {start, end};
}

} // namespace Lectern::MentionList
