// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

namespace Lectern {

class MarkdownEditor;
class Project;

/// \brief The note of the selected annotation, shown rendered and edited as Markdown; edits go
/// through the project (undoable, typing merged into one step).
class NoteView : public QWidget
{
    Q_OBJECT
public:
    explicit NoteView(Project *project, QWidget *parent = nullptr);
    void setAnnotation(const QUuid &annotationId);
    QUuid annotation() const { return m_annotationId; }
    MarkdownEditor *editor() const { return m_editor; }

private:
    void refresh();

    Project *m_project;
    QUuid m_annotationId;
    MarkdownEditor *m_editor;
};

} // namespace Lectern
