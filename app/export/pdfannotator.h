// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/documentrenderer.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lectern {

/// One passage to highlight in a PDF.
struct PdfHighlight
{
    QString text; ///< the passage as it is in the document
    TextLocation location; ///< where the layout put its first character; page -1 when unknown
    QColor color;
    QString contents; ///< the note shown in the annotation's popup
    QString author;
    QDateTime created;
    QString uniqueName; ///< the annotation's /NM
};

/// \brief Adds real PDF highlight annotations over passages of an existing PDF, using poppler.
///
/// Poppler's text layer gives the words and per-character boxes; PassageMatcher finds each
/// passage among them; each line fragment of the passage becomes one quad of a /Highlight
/// annotation, saved through poppler's PDFConverter with the changes.
class PdfAnnotator
{
public:
    /// Only the first \a pages pages are searched for passages (the statement, not an appendix
    /// that quotes it). Negative: all pages.
    void setSearchedPageCount(int pages) { m_searchedPages = pages; }

    [[nodiscard]] bool annotate(
        const QString &inputFile, const QList<PdfHighlight> &highlights, const QString &outputFile);
    QString errorString() const { return m_errorString; }
    /// Pages of the PDF the last annotate() read.
    int pageCount() const { return m_pageCount; }
    /// Annotations written by the last annotate().
    int annotationCount() const { return m_annotationCount; }
    /// Passages of the last annotate() that could not be found in the PDF's text (not written).
    QStringList missedPassages() const { return m_missed; }

private:
    QString m_errorString;
    int m_annotationCount = 0;
    QStringList m_missed;
    int m_searchedPages = -1;
    int m_pageCount = 0;
};

} // namespace Lectern
