// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lectern {

/// A file to carry inside the PDF, such as the project the statement comes from.
struct PdfAttachment
{
    QByteArray data;
    QString fileName; ///< the name a viewer offers to save it under
    QString description;
    QString mimeType = QStringLiteral("application/octet-stream");
    QDateTime modified; ///< may be invalid
};

/// \brief Completes, with qpdf, what poppler leaves out of an annotated PDF.
///
/// Poppler writes each highlight's quads, colour, note, author, dates and name, but no
/// appearance stream and no popup. This gives every text-markup highlight without one an
/// appearance stream (its quads filled in its colour with the Multiply blend mode, as viewers
/// draw highlights, so it looks and prints the same everywhere) and a closed /Popup annotation
/// holding the note; and it embeds an attachment as an associated file of the document
/// (EmbeddedFiles name tree and the catalog's /AF, relationship /Source).
class PdfFinisher
{
public:
    void setAttachment(const PdfAttachment &attachment) { m_attachment = attachment; }

    [[nodiscard]] bool finish(const QString &inputFile, const QString &outputFile);
    QString errorString() const { return m_errorString; }
    /// What the last finish() added.
    int appearanceCount() const { return m_appearances; }
    int popupCount() const { return m_popups; }

private:
    PdfAttachment m_attachment;
    QString m_errorString;
    int m_appearances = 0;
    int m_popups = 0;
};

} // namespace Lectern
