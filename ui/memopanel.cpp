// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memopanel.h"

#include "markdowneditor.h"

#include "project/project.h"

#include <QPlainTextEdit>

namespace Lectern {

MemoPanel::MemoPanel(Project *project, QWidget *parent)
    : QTabWidget(parent)
    , m_project(project)
    , m_statement(new MarkdownEditor(this))
    , m_project_(new MarkdownEditor(this))
{
    m_statement->setPlaceholderText(tr("Notes on this statement, in Markdown"));
    m_project_->setPlaceholderText(tr("Notes on the whole project, in Markdown"));
    addTab(m_statement, tr("Statement"));
    addTab(m_project_, tr("Project"));
    setAccessibleName(tr("Memos"));
    connect(m_statement, &MarkdownEditor::textEdited, this, [this](const QString &text) {
        if (!m_documentId.isNull())
            m_project->setMemo(m_documentId, text);
    });
    connect(
        m_project_, &MarkdownEditor::textEdited, this, [this](const QString &text) { m_project->setMemo({}, text); });
    connect(project, &Project::memoChanged, this, &MemoPanel::refresh);
    connect(project, &Project::projectReset, this, &MemoPanel::refresh);
    refresh();
}

void MemoPanel::setDocument(const QUuid &documentId)
{
    m_documentId = documentId;
    refresh();
}

void MemoPanel::refresh()
{
    m_statement->setEnabled(!m_documentId.isNull());
    m_statement->setText(m_project->memo(m_documentId.isNull() ? QUuid::createUuid() : m_documentId));
    m_project_->setText(m_project->memo());
}

} // namespace Lectern
