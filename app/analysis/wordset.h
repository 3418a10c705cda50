// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

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

} // namespace Lectern
