// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QStringList>

namespace Lectern {

/// \brief Reads a statement file (plain text, Markdown, a saved web page or a PDF) into a Document,
/// choosing the reader by the file name's suffix.
class DocumentImporter
{
public:
    /// Files larger than this are refused rather than read into memory.
    static constexpr qint64 MaximumFileSize = 256LL * 1024 * 1024;

    [[nodiscard]] bool importFile(const QString &fileName, Document *document);
    [[nodiscard]] bool importData(const QByteArray &bytes, const QString &fileName, Document *document);
    QString errorString() const { return m_errorString; }
    /// Problems that did not stop the import, such as invalid UTF-8 that was replaced.
    QStringList warnings() const { return m_warnings; }

    static Document::Format formatForFileName(const QString &fileName);
    /// File-dialog filter for the formats the importer reads.
    static QStringList nameFilters();

private:
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Lectern
