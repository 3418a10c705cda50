// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// Replaces HTML character references in \a text: numeric ones (&#8220; &#x201C;, with the
/// Windows-1252 meanings browsers give to &#128;-&#159;) and the named ones that occur in
/// ordinary prose (&amp; &nbsp; &rsquo; &eacute; ...). Unknown or malformed references are left
/// as written, as a browser does. \a inAttribute applies the stricter rule browsers use in
/// attribute values for names written without their semicolon.
QString decodeHtmlEntities(QStringView text, bool inAttribute = false);

} // namespace Lectern
