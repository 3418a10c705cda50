// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitycorrection.h"

#include <QUndoCommand>

namespace Lectern {

class Project;

/// Adds or removes one entity correction; private to the project (see Project::addEntityCorrection).
class EntityCorrectionCommand : public QUndoCommand
{
public:
    EntityCorrectionCommand(Project *project, EntityCorrection correction, bool add);
    void redo() override;
    void undo() override;

private:
    void insert();
    void take();

    Project *m_project;
    EntityCorrection m_correction;
    bool m_add;
    qsizetype m_index = -1; ///< where a removed correction was, to put it back there
};

} // namespace Lectern
