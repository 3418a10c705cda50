// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/correctioncommands.h"

#include "project/project.h"

#include <QCoreApplication>

namespace Lectern {

EntityCorrectionCommand::EntityCorrectionCommand(Project *project, EntityCorrection correction, bool add)
    : m_project(project)
    , m_correction(std::move(correction))
    , m_add(add)
{
    setText(add ? QCoreApplication::translate("Lectern::EntityCorrectionCommand", "Correct entities: %1")
                      .arg(describeCorrection(m_correction))
                : QCoreApplication::translate("Lectern::EntityCorrectionCommand", "Withdraw correction: %1")
                      .arg(describeCorrection(m_correction)));
}

void EntityCorrectionCommand::insert()
{
    QList<EntityCorrection> &list = m_project->m_entityCorrections;
    list.insert(m_index >= 0 && m_index <= list.size() ? m_index : list.size(), m_correction);
    Q_EMIT m_project->entityCorrectionsChanged();
}

void EntityCorrectionCommand::take()
{
    QList<EntityCorrection> &list = m_project->m_entityCorrections;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == m_correction.id) {
            m_index = i;
            list.removeAt(i);
            break;
        }
    }
    Q_EMIT m_project->entityCorrectionsChanged();
}

void EntityCorrectionCommand::redo()
{
    if (m_add)
        insert();
    else
        take();
}

void EntityCorrectionCommand::undo()
{
    if (m_add)
        take();
    else
        insert();
}

} // namespace Lectern
