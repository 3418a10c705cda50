// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportappendix.h"
#include "export/pdfannotator.h"
#include "export/pdfexporter.h"

#include <QDateTime>
#include <QList>

namespace Lectern {

/// One passage an export highlights: a user annotation, or a recognised quotation or entity.
struct ExportPassage
{
    enum class Kind
    {
        Annotation,
        Quote,
        Entity
    };
    Kind kind = Kind::Annotation;
    TextRange range;
    QString label; ///< the (first) code's name, "Quotation", or the entity type
    QList<std::pair<QString, QColor>> moreCodes; ///< an annotation's further codes: name, colour
    QString legendNote; ///< the description the legend gives the label
    QString statement; ///< the statement's title, for the appendix of a combined export
    PdfHighlight highlight;
};

/// What an export of \a document highlights, in text order; highlight.location is left unset.
QList<ExportPassage> collectPassages(const Project &project, const Document &document, const AnalysisResult *analysis,
    const PdfExportOptions &options, const QDateTime &now);

/// The appendix of an export: the user annotations by page (pages from \a pageOf, 0-based, -1
/// when not rendered) and the legend (the whole codebook, then the automatic layers included).
ExportAppendix buildAppendix(const Project &project, const QList<ExportPassage> &passages, const QList<int> &pageOf);

/// The author written into annotations that name none: the login name, or "Lectern".
QString defaultAnnotationAuthor();

} // namespace Lectern
