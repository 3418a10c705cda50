// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

/// \brief The window's colours: the desktop's, or Lectern's own light or dark palette (on the
/// Fusion style, which draws any palette faithfully). The reader's highlighting follows with
/// the "Lectern Light" or "Lectern Dark" theme.
enum class ColourScheme
{
    System,
    Light,
    Dark
};

/// Applies \a scheme to the whole application and remembers it (QSettings "view/colourScheme").
void applyColourScheme(ColourScheme scheme);
/// The scheme remembered from the last session (System at first).
ColourScheme savedColourScheme();

} // namespace Lectern
