// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Lectern {

/// Sets the application's names and installs the translations for the user's locale.
void setUpApplication(QCoreApplication &app);

/// Runs the GUI: a window with the statements or projects named on the command line.
int runApplication(int argc, char **argv);

} // namespace Lectern
