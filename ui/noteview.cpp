// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteview.h"

#include "markdowneditor.h"

#include "project/project.h"

#include <QVBoxLayout>

namespace Lectern {

NoteView::NoteView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_editor(new MarkdownEditor(this))
{
    m_editor->setPlaceholderText(tr("Select an annotation to read or write its note (Markdown)"));
    m_editor->setAccessibleName(tr("Note of the selected annotation"));
    m_editor->setPreviewing(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(m_editor, &MarkdownEditor::textEdited, this, [this](const QString &text) {
        if (m_project->annotation(m_annotationId))
            m_project->setAnnotationNote(m_annotationId, text);
    });
    connect(project, &Project::annotationChanged, this, [this](const QUuid &id) {
        if (id == m_annotationId)
            refresh();
    });
    connect(project, &Project::annotationRemoved, this, [this](const QUuid &id) {
        if (id == m_annotationId)
            setAnnotation({});
    });
    connect(project, &Project::projectReset, this, [this] { setAnnotation({}); });
    refresh();
}

void NoteView::setAnnotation(const QUuid &annotationId)
{
    m_annotationId = annotationId;
    refresh();
}

void NoteView::refresh()
{
    const Annotation *annotation = m_project->annotation(m_annotationId);
    m_editor->setEnabled(annotation != nullptr);
    m_editor->setText(annotation ? annotation->note : QString());
}

} // namespace Lectern
