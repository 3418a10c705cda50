// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "project/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Lectern {

struct ExportPassage;

struct PdfExportOptions
{
    bool includeAnnotations = true;
    bool includeQuotes = false; ///< each quotation as a highlight, its speaker in the note
    bool includeEntities = false; ///< each entity mention as a highlight, "Person: Antony Blinken"
    QString author; ///< for annotations that have none, and for quotes and entities
                    ///< (when empty: the login name)
    bool includeAppendix = true; ///< pages after the statement: annotations by page, the codebook
    /// The project file, embedded in the PDF as an attachment (with /AFRelationship /Source)
    /// when not empty: ProjectFile::save() into a QBuffer gives these bytes.
    QByteArray projectFile;
    QString projectFileName; ///< its name in the PDF; "project.lectern" when empty
    /// A statement imported from a PDF still at its sourcePath is annotated in that PDF itself,
    /// its pages untouched, the appendix on pages after them; otherwise it is typeset anew.
    bool annotateOriginalPdf = true;
};

/// \brief Exports one statement of a project as a typeset PDF whose annotations are real PDF
/// highlight annotations.
///
/// Renders with DocumentRenderer (the statement, then the appendix), finds the passages and
/// writes the highlights with poppler (PdfAnnotator), completes them with qpdf (PdfFinisher:
/// appearance streams, popups, the embedded project file), and writes the result through
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
    /// Pages of the statement itself (or of its original PDF), before the appendix.
    int bodyPageCount() const { return m_bodyPageCount; }
    /// Whether the last export annotated the statement's original PDF rather than typesetting it.
    bool annotatedOriginal() const { return m_annotatedOriginal; }
    /// Passages of the last export that could not be found in the rendered text (not written).
    QStringList missedPassages() const { return m_missed; }

    static QColor quoteColor();
    static QColor entityColor(EntityType type);

private:
    /// Typesets the statement (and the appendix) into \a fileName; sets each passage's location.
    [[nodiscard]] bool typeset(const Project &project, const Document &document, const AnalysisResult *analysis,
        const PdfExportOptions &options, QList<ExportPassage> &passages, const QString &fileName);

    /// Appends the appendix after the pages of the annotated original \a pdf (set to the result).
    [[nodiscard]] bool appendAppendix(const Project &project, const Document &document,
        const QList<ExportPassage> &passages, const QString &workDir, QString &pdf);

    QString m_errorString;
    int m_annotationCount = 0;
    int m_pageCount = 0;
    int m_bodyPageCount = 0;
    bool m_annotatedOriginal = false;
    QStringList m_missed;
};

} // namespace Lectern
