// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <array>
#include <initializer_list>

namespace Lectern {

/// A set of words written in the code, for the word lists of the recogniser's rules.
inline QSet<QString> wordSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *word : words)
        set.insert(QString::fromUtf16(word));
    return set;
}

/// Whether \a set holds \a word. The word is not copied: QSet has no lookup by QStringView, and
/// the copies of the words the recogniser looks up cost more than the lookups.
inline bool containsWord(const QSet<QString> &set, QStringView word)
{
    return set.contains(QString::fromRawData(word.constData(), word.size()));
}

/// Whether \a set holds \a word in lower case. A short ASCII word (nearly every word looked up) is
/// lowered in a buffer on the stack, any other as QString::toLower() lowers it.
inline bool containsLowerCaseWord(const QSet<QString> &set, QStringView word)
{
    std::array<char16_t, 32> lower;
    if (word.size() > qsizetype(lower.size()))
        return set.contains(word.toString().toLower());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c >= 128)
            return set.contains(word.toString().toLower());
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return set.contains(QString::fromRawData(reinterpret_cast<const QChar *>(lower.data()), word.size()));
}

} // namespace Lectern
