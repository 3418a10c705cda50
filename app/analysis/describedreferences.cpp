// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The descriptions among SpeakerAttribution's references ("the country", "the company", "the
// summit", "this legislation"): describedEntityAt(), which references() calls.
#include "analysis/entityregistry.h"
#include "analysis/mentionextent.h"
#include "analysis/speakerattribution.h"

#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {
enum class Described
{
    None,
    Country,
    Organization,
    Event,
    Agreement,
};

/// What a description's head noun stands for ("country", "company", "festival", "legislation").
Described describedBy(QStringView head)
{
    if (head.isEmpty() || head.size() > 12)
        return Described::None;
    switch (head.front().unicode() | 0x20) { // by the first letter, before the words
    case u'a':
        return head == u"agreement" || head == u"act" || head == u"accord" || head == u"Act" ? Described::Agreement
                                                                                             : Described::None;
    case u'b':
        return head == u"bill" ? Described::Agreement : Described::None;
    case u'c':
        if (head == u"country" || head == u"Country")
            return Described::Country;
        if (head == u"company" || head == u"church")
            return Described::Organization;
        if (head == u"competition" || head == u"contest" || head == u"conference")
            return Described::Event;
        return head == u"charter" ? Described::Agreement : Described::None;
    case u'e':
        return head == u"event" ? Described::Event : Described::None;
    case u'f':
        return head == u"festival" ? Described::Event : Described::None;
    case u'l':
        return head == u"legislation" ? Described::Agreement : Described::None;
    case u'n':
        return head == u"nation" || head == u"Nation" ? Described::Country : Described::None;
    case u'o':
        return head == u"organization" || head == u"organisation" ? Described::Organization : Described::None;
    case u's':
        return head == u"summit" ? Described::Event : Described::None;
    case u't':
        if (head == u"team")
            return Described::Organization;
        if (head == u"treaty" || head == u"Treaty")
            return Described::Agreement;
        return head == u"tournament" ? Described::Event : Described::None;
    case u'u':
        return head == u"university" ? Described::Organization : Described::None;
    default:
        return Described::None;
    }
}
} // namespace

std::optional<EntityMention> SpeakerAttribution::describedEntityAt(qsizetype at, qsizetype end) const
{
    // "the country", "the nation": the country named last; "the organization", "the company", ...:
    // the organisation named last; "the festival", "the competition": the event; "this
    // legislation", "the treaty": the agreement; within reach. "Our country", "this Nation" and
    // a country or nation with no country named within reach: the country the statement names
    // most. An event's or an agreement's head may follow one adjective ("this important
    // legislation").
    constexpr qsizetype reach = 1000;
    qsizetype headEnd = 0;
    const qsizetype headStart = skipSpaces(end, std::min(m_text.size(), end + 3));
    if (headStart >= m_text.size() || !m_text.at(headStart).isLetter())
        return std::nullopt;
    QStringView head = wordAt(headStart, &headEnd);
    Described kind = describedBy(head);
    // (Not a determiner read as one: "that the agreement", "that such act".)
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("such"), QStringLiteral("any"), QStringLiteral("every"), QStringLiteral("no"),
        QStringLiteral("our"), QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"),
        QStringLiteral("her"), QStringLiteral("my"), QStringLiteral("your"), QStringLiteral("which")};
    if (kind == Described::None && head.size() <= 12 && head.front().isLower()
        && !determiners.contains(head.toString())) {
        qsizetype nextEnd = 0;
        const qsizetype next = skipSpaces(headEnd, std::min(m_text.size(), headEnd + 2));
        if (next < m_text.size() && m_text.at(next).isLetter()) {
            head = wordAt(next, &nextEnd);
            kind = describedBy(head);
            if (kind != Described::Event && kind != Described::Agreement)
                return std::nullopt;
            headEnd = nextEnd;
        }
    }
    if (kind == Described::None)
        return std::nullopt;
    const bool country = kind == Described::Country;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), at,
        [](const EntityMention &m, qsizetype p) { return m.range.start < p; });
    if (it != m_mentions.cbegin() && std::prev(it)->range.end > at)
        return std::nullopt; // inside a name
    if (it != m_mentions.cend() && it->range.start < headEnd)
        return std::nullopt; // the start of one ("the Nation of Islam")
    const bool our = (m_text.at(at).unicode() | 0x20) == u'o';
    EntityMention described;
    // With its possessive, as a name has it: "the country's", "the nation 's" of tokenized text.
    const qsizetype phraseEnd = headEnd + possessiveAt(m_text, headEnd);
    described.range = {at, phraseEnd};
    described.text = m_text.mid(at, phraseEnd - at).toString();
    while (!our && it != m_mentions.cbegin()) {
        --it;
        if (at - it->range.end > reach)
            break;
        bool fits = false;
        switch (kind) {
        case Described::Country:
            fits = it->type == EntityType::Place && m_registry.isCountry(it->canonical);
            break;
        case Described::Organization:
            fits = it->type == EntityType::Organization;
            break;
        case Described::Event:
            fits = it->type == EntityType::Event;
            break;
        case Described::Agreement:
            fits = it->type == EntityType::Agreement;
            break;
        case Described::None:
            break;
        }
        if (!fits)
            continue;
        described.type = it->type;
        described.canonical = it->canonical;
        return described;
    }
    if (!country)
        return std::nullopt;
    if (!m_mainCountryFound) {
        m_mainCountryFound = true;
        QHash<QString, int> counts;
        int most = 0;
        for (const EntityMention &mention : std::as_const(m_mentions)) {
            if (mention.type != EntityType::Place || !m_registry.isCountry(mention.canonical))
                continue;
            const int count = ++counts[mention.canonical];
            if (count > most) {
                most = count;
                m_mainCountry = mention.canonical;
            }
        }
    }
    if (m_mainCountry.isEmpty())
        return std::nullopt;
    described.type = EntityType::Place;
    described.canonical = m_mainCountry;
    return described;
}

} // namespace Lectern
