// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QByteArray>
#include <QStringList>

namespace Lectern {

/// \brief Reads a saved web page (typically a press release) into a Document: the article's
/// text, one paragraph per block (headings, paragraphs, list items) with a blank line between,
/// without the page's navigation, header, footer, asides, forms and scripts.
///
/// When the page has <article> elements the longest one is taken, else the longest <main>, else
/// the whole body. The title comes from og:title, else <title>, else the first heading; the date
/// from <meta name="date"> or article:published_time; the source from og:url or the canonical link.
class HtmlImporter
{
public:
    /// Decodes \a bytes (byte-order mark, else the page's declared charset, else UTF-8) and
    /// converts them; fails only when the bytes are not text.
    [[nodiscard]] bool importData(const QByteArray &bytes, Document *document);
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }

    /// Fills document's text, title, date and source from decoded HTML.
    static void convert(const QString &html, Document *document);
    /// The charset named by <meta charset>, <meta http-equiv="Content-Type"> or an XML
    /// declaration near the start of \a bytes, in lower case; empty when there is none.
    static QByteArray declaredCharset(const QByteArray &bytes);

private:
    [[nodiscard]] bool decode(const QByteArray &bytes, QString *html);

    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Lectern
