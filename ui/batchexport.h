// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "export/pdfexporter.h"

#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace Lectern {

class Project;

struct BatchExportResult
{
    QStringList written; ///< the PDFs written
    QStringList failures; ///< "title: why", one per statement that failed
    bool cancelled = false;
};

/// Exports every statement of \a project to its own annotated PDF in \a directory (named after
/// the statement, never overwriting another file of the batch), showing progress with a Cancel
/// button under \a parent. \a analysisOf gives each statement's recognition result (for quotes
/// and entities), or null.
BatchExportResult exportStatements(const Project &project, const QString &directory, const PdfExportOptions &options,
    const std::function<const AnalysisResult *(const QUuid &)> &analysisOf, QWidget *parent);

/// Writes every statement of \a project into the one annotated PDF \a fileName (statements on
/// their own pages, one appendix, the project embedded once), showing progress with a Cancel
/// button under \a parent. On success \a written holds \a fileName.
BatchExportResult exportCombined(const Project &project, const QString &fileName, const PdfExportOptions &options,
    const std::function<const AnalysisResult *(const QUuid &)> &analysisOf, QWidget *parent);

enum class BatchExportMode
{
    PerStatement,
    Combined
};

/// Asks whether to write one PDF per statement or one combined PDF, offering the last choice
/// (kept in QSettings as "export/batchMode"); empty when the user cancels.
std::optional<BatchExportMode> askBatchExportMode(QWidget *parent);

/// A file name for a statement's PDF: its title without characters file systems refuse.
QString pdfFileNameFor(const QString &title, const QStringList &taken);

} // namespace Lectern
