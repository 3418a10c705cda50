// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QUuid>

#include <map>

namespace Lectern {

class Project;

/// Every statement of \a project analysed as the window analyses it: with the project's entity
/// corrections, and the people linked across statements ("Blinken" in one statement is the
/// "Antony Blinken" another names). For the exports of the command line, which have no window.
std::map<QUuid, AnalysisResult> analyseProject(const Project &project);

} // namespace Lectern
