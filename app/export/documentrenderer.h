// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "document/paragraphs.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QTextDocument;

namespace Lectern {

struct ExportAppendix;

/// A run of the document's text drawn in a colour of its own (quotes, entities).
struct ColouredSpan
{
    TextRange range; ///< UTF-16 offsets into Document::text
    QColor foreground;
};

/// Where the layout put one character of the document: page (0-based) and its top-left corner
/// in PDF points from the top-left of that page. page is -1 for text that is not rendered; a
/// negative x means that only the page is known.
struct TextLocation
{
    int page = -1;
    QPointF position;
};

/// \brief Typesets a Document as a readable A4 PDF: header, reflowed paragraphs, page numbers.
///
/// Uses QTextDocument and QPdfWriter only (QtGui, no widgets), so it runs on the offscreen
/// platform. After render(), locate() tells where any offset of the text landed, which the
/// annotator uses to pick the right occurrence of a passage.
class DocumentRenderer
{
public:
    explicit DocumentRenderer(const Document &document);
    ~DocumentRenderer();
    DocumentRenderer(const DocumentRenderer &) = delete;
    DocumentRenderer &operator=(const DocumentRenderer &) = delete;

    void setColouredSpans(const QList<ColouredSpan> &spans);
    /// Lays out and paints the appendix alone, without the statement (pages after an original
    /// PDF's, or after all the statements of a combined export); the footer names the document's
    /// title. Before begin().
    void setAppendixOnly(bool appendixOnly) { m_appendixOnly = appendixOnly; }
    /// The footers count "firstNumber / total" from this file's first page, for pages that follow
    /// others in a combined PDF. Until it is called: 1 and pageCount(). Before finish().
    void setPageNumbering(int firstNumber, int total);

    /// begin() then finish(), without an appendix.
    [[nodiscard]] bool render(const QString &fileName);
    /// Lays the statement out for \a fileName; locate() and bodyPageCount() are valid after it.
    [[nodiscard]] bool begin(const QString &fileName);
    /// Pages after the statement: annotations by page and the codebook. Between begin() and
    /// finish(), so that it can cite the pages locate() gives.
    void setAppendix(const ExportAppendix &appendix);
    /// Paints every page and closes the PDF.
    [[nodiscard]] bool finish();
    QString errorString() const { return m_errorString; }

    /// Valid after a successful begin(): all pages, and the statement's own (before the appendix).
    int pageCount() const { return m_pageCount; }
    int bodyPageCount() const { return m_bodyPageCount; }
    TextLocation locate(qsizetype offset) const;

    static QString titleOf(const Document &document);

private:
    void buildTextDocument();
    int textDocumentPosition(qsizetype offset) const;
    void paintPages(QPainter &painter, QTextDocument &doc, int firstPage, int pages);

    Document m_document;
    QList<TextRange> m_paragraphs;
    QList<int> m_blockStarts; ///< QTextDocument position of each paragraph's first character
    QList<ColouredSpan> m_spans;
    std::unique_ptr<QPdfWriter> m_writer; ///< kept: it is the layout's paint device
    std::unique_ptr<QTextDocument> m_textDocument;
    std::unique_ptr<QTextDocument> m_appendixDocument;
    QString m_fileName;
    int m_bodyPageCount = 0;
    qreal m_bodyHeight = 0; ///< height of the text area of a page, device units
    int m_pageCount = 0;
    int m_firstNumber = 1;
    int m_totalPages = 0; ///< 0: pageCount()
    bool m_appendixOnly = false;
    QString m_errorString;
};

} // namespace Lectern
