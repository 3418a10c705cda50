// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

namespace Lectern {

QString formatName(Document::Format format)
{
    switch (format) {
    case Document::Format::PlainText:
        return QStringLiteral("text");
    case Document::Format::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

} // namespace Lectern
