// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>
#include <QUuid>

namespace Lectern {

class MarkdownEditor;
class Project;

/// \brief The memos: one for the statement shown, one for the project, in Markdown. Every edit
/// goes through the project (undoable; typing merges into one step).
class MemoPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit MemoPanel(Project *project, QWidget *parent = nullptr);
    void setDocument(const QUuid &documentId);

    MarkdownEditor *statementMemo() const { return m_statement; }
    MarkdownEditor *projectMemo() const { return m_project_; }

private:
    void refresh();

    Project *m_project;
    QUuid m_documentId;
    MarkdownEditor *m_statement;
    MarkdownEditor *m_project_;
};

} // namespace Lectern
