// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectanalysis.h"

#include "analysis/persondirectory.h"
#include "analysis/recognizer.h"
#include "project/project.h"

namespace Lectern {

std::map<QUuid, AnalysisResult> analyseProject(const Project &project)
{
    std::map<QUuid, AnalysisResult> analyses;
    const Recognizer recognizer;
    PersonDirectory people;
    for (const Document &document : project.documents()) {
        const AnalysisResult &result
            = analyses
                  .insert_or_assign(
                      document.id, recognizer.analyze(document.text, project.entityCorrections(), document.title))
                  .first->second;
        people.add(result);
    }
    for (auto &[id, result] : analyses)
        people.link(result);
    return analyses;
}

} // namespace Lectern
