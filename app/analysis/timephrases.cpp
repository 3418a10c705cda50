// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timephrases.h"

namespace Lectern {

namespace {

/// Whether the date \a range ends with a unit of time ("15 years", "30 days").
bool endsWithUnit(QStringView text, TextRange range)
{
    static const QStringList units = {QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("month"),
        QStringLiteral("months"), QStringLiteral("week"), QStringLiteral("weeks"), QStringLiteral("day"),
        QStringLiteral("days"), QStringLiteral("hour"), QStringLiteral("hours"), QStringLiteral("minute"),
        QStringLiteral("minutes"), QStringLiteral("decade"), QStringLiteral("decades"), QStringLiteral("centuries")};
    qsizetype start = range.end;
    while (start > range.start && text.at(start - 1).isLetter())
        --start;
    return units.contains(text.mid(start, range.end - start));
}

/// The end of \a word when it follows \a pos after spaces or a hyphen (with spaces around it,
/// as tokenized text has it), else -1.
qsizetype wordAfter(QStringView text, qsizetype pos, QLatin1StringView word, bool hyphen)
{
    qsizetype at = pos;
    while (at < text.size() && text.at(at) == u' ')
        ++at;
    if (hyphen && at < text.size() && text.at(at) == u'-') {
        ++at;
        while (at < text.size() && text.at(at) == u' ')
            ++at;
    }
    if (at == pos || !text.mid(at).startsWith(word))
        return -1;
    const qsizetype end = at + word.size();
    return (end == text.size() || !text.at(end).isLetterOrNumber()) ? end : -1;
}

/// Whether \a word names a month.
bool isMonth(QStringView word)
{
    static const QStringList months = {QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"), QStringLiteral("July"),
        QStringLiteral("August"), QStringLiteral("September"), QStringLiteral("October"), QStringLiteral("November"),
        QStringLiteral("December")};
    return months.contains(word);
}

/// The start of a word that places the month at \a start in time ("last June", "next
/// September"), else \a start.
qsizetype relativeMonthStart(QStringView text, qsizetype start)
{
    qsizetype end = start;
    if (end == 0 || text.at(end - 1) != u' ')
        return start;
    --end;
    qsizetype wordStart = end;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    if (wordStart > 0 && text.at(wordStart - 1).isLetterOrNumber())
        return start;
    const QStringView word = text.mid(wordStart, end - wordStart);
    for (const char16_t *relative : {u"last", u"next", u"this", u"Last", u"Next", u"This"}) {
        if (word == QStringView(relative))
            return wordStart;
    }
    return start;
}

} // namespace

void adjustTimePhrases(QStringView text, QList<EntityMention> &mentions)
{
    mentions.removeIf([text](const EntityMention &mention) {
        return mention.type == EntityType::Date && endsWithUnit(text, mention.range)
            && wordAfter(text, mention.range.end, QLatin1StringView("old"), true) >= 0;
    });
    for (EntityMention &mention : mentions) {
        if (mention.type != EntityType::Date)
            continue;
        qsizetype monthEnd = mention.range.start;
        while (monthEnd < mention.range.end && text.at(monthEnd).isLetter())
            ++monthEnd;
        if (isMonth(text.mid(mention.range.start, monthEnd - mention.range.start))) {
            mention.range.start = relativeMonthStart(text, mention.range.start);
            mention.text = text.mid(mention.range.start, mention.range.length()).toString();
            mention.canonical = mention.text.simplified();
            continue;
        }
        if (!endsWithUnit(text, mention.range))
            continue;
        const qsizetype ago = wordAfter(text, mention.range.end, QLatin1StringView("ago"), false);
        if (ago < 0)
            continue;
        mention.range.end = ago;
        mention.text = text.mid(mention.range.start, mention.range.length()).toString();
        mention.canonical = mention.text.simplified();
    }
}

} // namespace Lectern
