// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QTextCharFormat>

namespace Lectern {

/// The character format of a span kind, from the "Lectern Light" or "Lectern Dark"
/// KSyntaxHighlighting theme (resources/themes), so the view and the PDF use the theme's colours.
/// Computed once per palette; call from the GUI thread or any one thread at a time.
QTextCharFormat spanCharFormat(SpanKind kind, bool dark);

} // namespace Lectern
