// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QStringList>

namespace Lectern {

/// \brief Reads the text layer of a PDF into a Document with poppler: running text rebuilt by
/// PdfLayout, the page of every paragraph kept in Document::pageSpans, the title from the PDF's
/// metadata. Refuses, with a message saying why, PDFs that are damaged, need a password, or have
/// no text (scanned images).
class PdfImporter
{
public:
    /// \a fileName names the file in messages.
    [[nodiscard]] bool importData(const QByteArray &bytes, const QString &fileName, Document *document);
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }

private:
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Lectern
