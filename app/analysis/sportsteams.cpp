// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sportsteams.h"

#include "analysis/wordset.h"

#include <QStringList>

#include <array>
#include <bitset>

namespace Lectern {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

/// The word that ends before \a pos (skipping spaces), or an empty view.
QStringView wordBefore(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    return text.mid(start, end - start);
}

} // namespace

bool isSportsReport(QStringView text)
{
    static const QStringList gameWords = {QStringLiteral("match"), QStringLiteral("scored"),
        QStringLiteral("goalkeeper"), QStringLiteral("striker"), QStringLiteral("midfielder"),
        QStringLiteral("penalty"), QStringLiteral("referee"), QStringLiteral("World Cup"), QStringLiteral("half-time"),
        QStringLiteral("halftime"), QStringLiteral("equaliser"), QStringLiteral("equalizer"),
        QStringLiteral("touchdown"), QStringLiteral("innings"), QStringLiteral("wicket"), QStringLiteral("semi-final"),
        QStringLiteral("quarter-final"), QStringLiteral("head coach"), QStringLiteral("kick-off"),
        QStringLiteral("free kick"), QStringLiteral("yellow card"), QStringLiteral("red card"),
        QStringLiteral("hat-trick")};
    // One pass over the text that tries the words at each word start: searching the whole text
    // for each of them in turn cost 7% of the recogniser. The pass looks every character up in a
    // table made once, and compares two characters before a whole word: faster than
    // QChar::isLetter() at each character and QStringView::startsWith() at each word start.
    enum : quint8
    {
        Letter = 1,
        FirstLetter = 2
    };
    static const std::array<quint8, 0x10000> kinds = [] {
        std::array<quint8, 0x10000> table {};
        for (char32_t c = 0; c < table.size(); ++c)
            table[c] = QChar::isLetter(c) ? Letter : 0;
        for (const QString &word : gameWords)
            table[word.front().unicode()] |= FirstLetter;
        return table;
    }();
    static const std::array<QList<qsizetype>, 128> wordsByFirstLetter = [] {
        std::array<QList<qsizetype>, 128> words;
        for (qsizetype k = 0; k < gameWords.size(); ++k)
            words.at(gameWords.at(k).front().unicode()).append(k);
        return words;
    }();
    const char16_t *characters = text.utf16();
    const qsizetype size = text.size();
    std::bitset<32> found;
    qsizetype at = 0;
    while (at < size) {
        const char16_t c = characters[at];
        const quint8 kind = kinds[c];
        if (!(kind & Letter)) {
            ++at;
            continue;
        }
        if (kind & FirstLetter) {
            for (const qsizetype k : wordsByFirstLetter[c]) {
                const QString &word = gameWords.at(k);
                const qsizetype end = at + word.size();
                if (found[k] || end > size || characters[at + 1] != word.at(1).unicode()
                    || QStringView(characters + at, word.size()) != word
                    || (end < size && QChar(characters[end]).isLetter()))
                    continue;
                found.set(k);
                if (found.count() >= 4)
                    return true;
            }
        }
        // The rest of the word.
        for (++at; at < size && (kinds[characters[at]] & Letter); ++at) { }
    }
    return false;
}

void markSportsTeams(QStringView text, QList<EntityMention> &mentions)
{
    // Words that make the name a place in any report: "in Sochi", "at the Fisht Stadium", "fans
    // from Panama", "a trip to Russia".
    static const QSet<QString> locative = wordSet({u"in", u"at", u"from", u"to", u"into", u"near", u"across",
        u"throughout", u"around", u"of", u"outside", u"inside", u"visit", u"visited", u"hosted", u"host"});
    static const QSet<QString> venueWords
        = wordSet({u"Stadium", u"Arena", u"Park", u"Ground", u"Field", u"Stadion", u"Centre", u"Center"});
    bool checked = false;
    for (EntityMention &mention : mentions) {
        if (mention.type != EntityType::Place)
            continue;
        if (!checked) {
            if (!isSportsReport(text))
                return;
            checked = true;
        }
        const QStringView name = text.mid(mention.range.start, mention.range.length());
        const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
        bool venue = words.size() > 3;
        for (const QStringView word : words)
            venue = venue || !word.front().isUpper() || containsWord(venueWords, word);
        // "at the Volgograd Arena": the article and the venue after the name tell too.
        QStringView before = wordBefore(text, mention.range.start);
        if (before.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0)
            before = wordBefore(text, before.data() - text.data());
        qsizetype after = mention.range.end;
        while (after < text.size() && text.at(after) == u' ')
            ++after;
        qsizetype afterEnd = after;
        while (afterEnd < text.size() && text.at(afterEnd).isLetter())
            ++afterEnd;
        venue = venue || containsWord(venueWords, text.mid(after, afterEnd - after));
        if (venue || containsLowerCaseWord(locative, before))
            continue;
        mention.type = EntityType::Organization;
    }
}

} // namespace Lectern
