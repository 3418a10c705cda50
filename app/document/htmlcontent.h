// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/htmltokenizer.h"

#include <QStringList>

namespace Lectern {

/// \brief What HtmlImporter reads from a page's tokens: its text as blocks (one per paragraph,
/// heading or list item, whitespace collapsed), where each <article> and <main> begins and ends
/// among those blocks, and the page's metadata. Dropped elements (script, style, nav, header,
/// footer, aside, form, noscript, hidden ones...) contribute nothing.
struct HtmlContent
{
    struct Container
    {
        bool article = false; ///< <article>, else <main>
        qsizetype firstBlock = 0;
        qsizetype endBlock = 0;
    };
    QStringList blocks;
    QList<Container> containers;
    QString title; ///< <title>
    QString ogTitle; ///< <meta property="og:title">
    QString firstHeading; ///< the first <h1> (else <h2>) among the blocks
    QString date; ///< <meta name="date"> and similar
    QString url; ///< og:url, else <link rel="canonical">

    static HtmlContent extract(const QList<HtmlToken> &tokens);
    /// The blocks of the longest <article>, else of the longest <main>, else all of them.
    QStringList mainBlocks() const;
};

} // namespace Lectern
