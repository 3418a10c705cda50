// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "project/project.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace Lectern {

struct PdfExportOptions {
    bool includeAnnotations = true;
    bool includeQuotes = false;   ///< each quotation as a highlight, its speaker in the note
    bool includeEntities = false; ///< each entity mention as a highlight, "Person: Antony Blinken"
    QString author;               ///< for annotations that have none, and for quotes and entities
};

/// \brief Exports one statement of a project as a typeset PDF whose annotations are real PDF
/// highlight annotations.
///
/// Renders with DocumentRenderer, annotates with PdfAnnotator, and writes the result through
/// QSaveFile, so a failure never leaves a half-written PDF behind.
class PdfExporter
{
public:
    [[nodiscard]] bool exportDocument(const Project &project, const QUuid &documentId, const AnalysisResult *analysis,
                                      const PdfExportOptions &options, const QString &outputFile);
    QString errorString() const { return m_errorString; }
    /// Highlight annotations written by the last export (a passage over a page break counts twice).
    int annotationCount() const { return m_annotationCount; }
    int pageCount() const { return m_pageCount; }
    /// Passages of the last export that could not be found in the rendered text (not written).
    QStringList missedPassages() const { return m_missed; }

    static QColor quoteColor();
    static QColor entityColor(EntityType type);

private:
    QString m_errorString;
    int m_annotationCount = 0;
    int m_pageCount = 0;
    QStringList m_missed;
};

} // namespace Lectern
