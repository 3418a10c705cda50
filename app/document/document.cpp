// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include <algorithm>

namespace Lectern {

QString formatName(Document::Format format)
{
    switch (format) {
    case Document::Format::PlainText:
        return QStringLiteral("text");
    case Document::Format::Markdown:
        return QStringLiteral("markdown");
    case Document::Format::Html:
        return QStringLiteral("html");
    case Document::Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

int pageAt(const Document &document, qsizetype offset)
{
    // Spans are in text order: binary search for the last span starting at or before offset.
    const auto &spans = document.pageSpans;
    auto it = std::upper_bound(
        spans.cbegin(), spans.cend(), offset, [](qsizetype value, const PageSpan &span) { return value < span.start; });
    if (it == spans.cbegin())
        return 0;
    --it;
    return offset < it->end ? it->page : 0;
}

} // namespace Lectern
