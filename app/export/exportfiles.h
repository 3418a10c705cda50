// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pdfexporter.h"
#include "export/pdffinisher.h"

#include <QString>

class QSaveFile;

namespace Lectern {

/// The project file of \a options as the PDF's attachment; empty data when there is none.
PdfAttachment projectAttachment(const PdfExportOptions &options, const QString &description);

/// Copies the finished PDF \a fileName into \a out (opened on \a outputFile); on failure sets
/// \a error and cancels \a out.
[[nodiscard]] bool copyInto(const QString &fileName, QSaveFile &out, const QString &outputFile, QString *error);

} // namespace Lectern
