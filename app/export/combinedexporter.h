// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "export/pdfexporter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace Lectern {

/// \brief Exports all the statements of a project as one annotated PDF.
///
/// Each statement starts on a new page with its header and has a bookmark; the page numbers
/// run through the whole file; one appendix lists the annotations by statement and page, with
/// the codebook; the project is embedded once. A statement imported from a PDF still at its
/// sourcePath contributes its original pages, annotated, as the one-statement export does
/// (options.annotateOriginalPdf). The steps are those of PdfExporter: DocumentRenderer,
/// PdfAnnotator per statement, PdfAssembler (qpdf) to join them, PdfFinisher, QSaveFile.
class CombinedPdfExporter
{
public:
    /// Called after each step with the steps done and all steps; returning false cancels.
    using Progress = std::function<bool(int done, int total, const QString &statement)>;
    using AnalysisOf = std::function<const AnalysisResult *(const QUuid &)>;

    void setProgress(const Progress &progress) { m_progress = progress; }
    /// The PDF's title and the appendix pages' footer; when empty, the project file's name.
    void setTitle(const QString &title) { m_title = title; }

    /// \a analysisOf gives a statement's recognition result (quotes, entities), or null.
    [[nodiscard]] bool exportProject(const Project &project, const AnalysisOf &analysisOf,
        const PdfExportOptions &options, const QString &outputFile);
    QString errorString() const { return m_errorString; }
    bool wasCancelled() const { return m_cancelled; }

    int annotationCount() const { return m_annotationCount; }
    int pageCount() const { return m_pageCount; }
    /// The first page (0-based) of each statement, in the project's order, then of the appendix
    /// when there is one.
    QList<int> partFirstPages() const { return m_firstPages; }
    /// Statements whose original PDF was annotated rather than typeset.
    int originalCount() const { return m_originals; }
    QStringList missedPassages() const { return m_missed; }

private:
    bool proceed(int done, int total, const QString &what);

    Progress m_progress;
    QString m_title;
    QString m_errorString;
    bool m_cancelled = false;
    int m_annotationCount = 0;
    int m_pageCount = 0;
    int m_originals = 0;
    QList<int> m_firstPages;
    QStringList m_missed;
};

} // namespace Lectern
