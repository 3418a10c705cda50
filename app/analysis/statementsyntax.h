// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Lectern::StatementSyntax {

/// Name of the syntax definition shipped in resources/syntax (generated at build time).
inline constexpr auto DefinitionName = "Lectern Statement";

/// The KSyntaxHighlighting repository of the calling thread, with Lectern's definitions and
/// themes (":/lectern/syntax", ":/lectern/themes") added. A Repository is not thread-safe, so
/// each thread that analyses text gets its own; it lives as long as the thread.
KSyntaxHighlighting::Repository &repository();

/// The statement definition; invalid only if the resources were not linked in.
KSyntaxHighlighting::Definition definition();

/// "Lectern Light" or "Lectern Dark".
KSyntaxHighlighting::Theme theme(bool dark);

} // namespace Lectern::StatementSyntax
