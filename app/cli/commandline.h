// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern {

/// Whether the arguments ask for a command-line verb (analyze, export-pdf, --help, --version)
/// rather than the GUI.
bool isCommandLineInvocation(int argc, char **argv);

/// Runs a command-line verb and returns the process exit code. Output goes to stdout, errors
/// to stderr. Needs a QGuiApplication (export-pdf lays out text).
int runCommandLine(const QStringList &arguments);

} // namespace Lectern
