// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern {

/// `lectern project new|code|info ...`: batch work on project files. \a arguments are
/// "lectern", the sub-verb, then its arguments. Errors go to standard error with a non-zero
/// exit code; a project file is either written whole or left as it was.
int runProjectCommand(const QStringList &arguments);

/// The usage lines of the project verbs, for `lectern --help`.
QString projectUsage();

} // namespace Lectern
