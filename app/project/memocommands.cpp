// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/memocommands.h"

#include "project/project.h"
#include "project/projectcommands.h"

#include <QCoreApplication>

namespace Lectern {

SetMemoCommand::SetMemoCommand(Project *project, const QUuid &documentId, QString text)
    : m_project(project)
    , m_documentId(documentId)
    , m_before(project->memo(documentId))
    , m_after(std::move(text))
{
    setText(documentId.isNull() ? QCoreApplication::translate("Lectern::SetMemoCommand", "Edit project memo")
                                : QCoreApplication::translate("Lectern::SetMemoCommand", "Edit statement memo"));
}

void SetMemoCommand::apply(const QString &text)
{
    if (text.isEmpty())
        m_project->m_memos.remove(m_documentId);
    else
        m_project->m_memos.insert(m_documentId, text);
    Q_EMIT m_project->memoChanged(m_documentId);
}

void SetMemoCommand::redo()
{
    apply(m_after);
}

void SetMemoCommand::undo()
{
    apply(m_before);
}

int SetMemoCommand::id() const
{
    return Commands::MemoEdit;
}

bool SetMemoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMemoCommand *>(other);
    if (next->m_documentId != m_documentId)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Lectern
