// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

/// One PDF whose pages go into an assembled PDF.
struct PdfPart
{
    QString fileName;
    QString bookmark; ///< an outline entry at the part's first page, when not empty
};

/// \brief Puts the pages of several PDFs into one, with qpdf, and gives parts bookmarks.
///
/// Pages are copied whole, annotations included. With keepFirstDocument, the first part is the
/// base: its catalog, outline, metadata and pages stay as they are and the other parts' pages
/// follow (an appendix after an original PDF). Otherwise the result is a new document titled
/// setTitle() that opens with its outline shown (a combined export).
class PdfAssembler
{
public:
    void setKeepFirstDocument(bool keep) { m_keepFirst = keep; }
    void setTitle(const QString &title) { m_title = title; }

    [[nodiscard]] bool assemble(const QList<PdfPart> &parts, const QString &outputFile);
    QString errorString() const { return m_errorString; }
    int pageCount() const { return m_pageCount; }

private:
    bool m_keepFirst = false;
    QString m_title;
    QString m_errorString;
    int m_pageCount = 0;
};

} // namespace Lectern
