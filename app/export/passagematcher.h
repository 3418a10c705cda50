// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/documentrenderer.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <vector>

namespace Lectern {

/// \brief Finds a passage of the document among the words a PDF's text layer holds.
///
/// Both sides are compared as a "key": the text with whitespace, soft hyphens and zero-width
/// characters dropped, compatibility characters decomposed (ligatures such as "ﬁ" become "fi")
/// and curly quotes folded to straight ones, and hyphens between two letters left out. Dropping
/// whitespace makes the match indifferent to line breaks and to how the PDF splits words;
/// dropping word hyphens finds "security" where the PDF hyphenates "secu-" at a line end (the
/// importer joins it) and covers both halves and the hyphen. When a passage occurs several times, the
/// occurrence nearest to where the layout put it wins, so repeated phrases map to the right one.
class PassageMatcher
{
public:
    /// A line fragment of a match: one highlight quad.
    struct Fragment
    {
        int page = 0;
        QRectF box; ///< in points, from the top-left of the page
    };

    /// Words must be added page by page in reading order. charBoxes has one box per UTF-16
    /// unit of text (the PDF's per-character boxes), in points from the top-left of the page.
    void addWord(int page, const QString &text, const QList<QRectF> &charBoxes);

    /// The line fragments covering the passage, or an empty list when it is not in the PDF.
    QList<Fragment> match(const QString &passage, const TextLocation &hint = {});

    static QString key(QStringView text);

private:
    struct Glyph
    {
        QRectF box;
        int page = 0;
        int line = 0;
        bool hyphen = false; ///< a hyphen, which the key may leave out
    };
    qsizetype pageBegin(int page) const;
    void dropKeyChar(qsizetype at);
    qreal score(qsizetype keyIndex, const TextLocation &hint) const;

    QString m_key;
    std::vector<int> m_keyGlyph; ///< for each character of m_key, its index in m_glyphs
    std::vector<Glyph> m_glyphs;
    std::vector<qsizetype> m_pageBegin; ///< first index of m_key on each page
    int m_line = 0;
    QRectF m_lastWordBox;
    int m_lastPage = -1;
    qsizetype m_cursor = 0; ///< where the next match without a hint starts looking
};

} // namespace Lectern
