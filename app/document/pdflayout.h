// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Lectern {

/// One word of a PDF page, in reading order, as the PDF library reports it (points, y down).
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

/// The words of one PDF page.
struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
};

/// One line of text rebuilt from words.
struct PdfLine
{
    QString text;
    QRectF box;
    int page = 0; ///< 1-based
};

/// \brief Rebuilds running text from the word boxes of a PDF: words into lines, lines into
/// paragraphs (by the gap above a line, indentation, a change of font size, a bullet, or a short
/// line that ends a sentence), words hyphenated at line ends joined again, and running headers
/// and footers (lines near the top or bottom edge whose text, digits aside, repeats on at least
/// 60% of the pages) dropped. Pure geometry and text: no PDF library involved, so it is testable
/// on its own.
class PdfLayout
{
public:
    struct Result
    {
        QString text; ///< paragraphs separated by a blank line, ending with a line break
        QList<PageSpan> pageSpans;
        int droppedLines = 0; ///< running header and footer lines dropped
    };

    static Result build(const QList<PdfPage> &pages);

    static QList<PdfLine> lines(const PdfPage &page, int pageNumber);
    /// Removes running headers and footers from \a lines (all pages); returns how many it removed.
    static int removeRunningLines(QList<PdfLine> *lines, const QList<PdfPage> &pages);
    /// Appends a line to a paragraph with a space, or, after a letter and a hyphen, without one:
    /// the hyphen is dropped when the line starts in lower case (a word hyphenated at the line
    /// end) and kept otherwise (a compound such as "Asia-Pacific").
    static void appendLine(QString *paragraph, const QString &line);
};

} // namespace Lectern
