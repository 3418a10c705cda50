// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Lectern {

/// A [start, end) range of UTF-16 offsets into Document::text that was read from one page of a
/// paged source (PDF). A paragraph that runs on to the next page has one span on each page.
struct PageSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    int page = 0; ///< 1 for the first page, as a PDF viewer numbers them
    friend bool operator==(const PageSpan &, const PageSpan &) = default;
};

/// \brief One statement: its text exactly as Lectern analyses and shows it, and where it came from.
///
/// Offsets everywhere in Lectern (spans, annotations) are UTF-16 positions into text(); the
/// command line converts them to Unicode code points at its edge.
struct Document
{
    /// Stored by value in project files: append new formats, never reorder.
    enum class Format
    {
        PlainText,
        Markdown,
        Html,
        Pdf
    };

    QUuid id;
    QString title;
    QString sourcePath; ///< file the statement was read from, absolute
    QString source; ///< publisher or URL, from front matter when there is one
    QString date; ///< publication date as written in the source, may be empty
    Format format = Format::PlainText;
    QString text;
    /// For paged sources (PDF): the page each part of text() came from, in text order; the blank
    /// lines between paragraphs belong to no span. Empty for unpaged formats. (The "= {}" keeps
    /// aggregate initialisers that stop at text free of missing-initialiser warnings.)
    QList<PageSpan> pageSpans = {};

    friend bool operator==(const Document &, const Document &) = default;
};

QString formatName(Document::Format format);

/// The page (1-based) that the text at \a offset came from, or 0 when the document has no pages
/// or the offset lies between paragraphs.
int pageAt(const Document &document, qsizetype offset);

} // namespace Lectern
