// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QHash>

namespace Lectern {

/// \brief Turns a Markdown statement into readable text: front matter becomes the document's
/// title, date and source; markup (headings, emphasis, links, escapes) is removed; line
/// structure (and so hard-wrapped paragraphs) is kept.
class MarkdownImporter
{
public:
    void convert(const QString &markdown, Document *document) const;

    /// Parses a YAML front matter block ("---" ... "---") at the start of the text into simple
    /// key/value pairs; returns the offset where the body starts (0 when there is none).
    static qsizetype parseFrontMatter(const QString &text, QHash<QString, QString> *values);
    /// Removes inline Markdown from one line of text.
    static QString stripInline(const QString &line);
};

} // namespace Lectern
