// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <QUuid>

namespace Lectern {

class Project;

/// Sets a memo; consecutive edits of the same memo merge into one undo step. Private to the
/// project (see Project::setMemo).
class SetMemoCommand : public QUndoCommand
{
public:
    SetMemoCommand(Project *project, const QUuid &documentId, QString text);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &text);

    Project *m_project;
    QUuid m_documentId;
    QString m_before;
    QString m_after;
};

} // namespace Lectern
