// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the project module: widgets call Project's intent methods, never these.

#include "project/project.h"

#include <QUndoCommand>

#include <optional>

namespace Lectern {

/// \brief The one door through which the undo commands reach Project's private lists.
class ProjectCommands
{
public:
    static QList<Document> &documents(Project &p) { return p.m_documents; }
    static QList<Code> &codes(Project &p) { return p.m_codes; }
    static QList<Annotation> &annotations(Project &p) { return p.m_annotations; }

    static qsizetype indexOfDocument(const Project &p, const QUuid &id);
    static qsizetype indexOfCode(const Project &p, const QUuid &id);
    static qsizetype indexOfAnnotation(const Project &p, const QUuid &id);
};

namespace Commands {

/// Merge ids of the commands that merge; one enum so they never collide.
enum MergeId
{
    NoteEdit = 1,
    MemoEdit = 2
};

/// \brief Adds a statement (no annotations yet).
class AddDocument : public QUndoCommand
{
public:
    AddDocument(Project *project, Document document);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Document m_document;
};

/// \brief Removes a statement together with its annotations, and gives both back on undo.
class RemoveDocument : public QUndoCommand
{
public:
    RemoveDocument(Project *project, const QUuid &documentId);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    QUuid m_documentId;
    qsizetype m_index = -1;
    std::optional<Document> m_document; ///< detached while the statement is removed
    QList<std::pair<qsizetype, Annotation>> m_annotations; ///< their positions, ascending
};

/// \brief Adds a code to the codebook.
class AddCode : public QUndoCommand
{
public:
    AddCode(Project *project, Code code);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Code m_code;
};

/// \brief Replaces a code's name, colour and description.
class ChangeCode : public QUndoCommand
{
public:
    ChangeCode(Project *project, Code before, Code after);
    void redo() override;
    void undo() override;

private:
    void apply(const Code &code);
    Project *m_project;
    Code m_before;
    Code m_after;
};

/// \brief Deletes a code that has no children (Project moves them first) and takes it off its
/// annotations; undo puts it back where it was, in the codebook and in each annotation's codes.
class RemoveCode : public QUndoCommand
{
public:
    RemoveCode(Project *project, const QUuid &codeId);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    QUuid m_codeId;
    qsizetype m_index = -1;
    std::optional<Code> m_code;
    QList<std::pair<QUuid, qsizetype>> m_untagged; ///< annotation, where the code was in its list
};

/// \brief Gives a code another parent and place among its siblings; undo puts it back exactly.
class MoveCode : public QUndoCommand
{
public:
    MoveCode(Project *project, const QUuid &codeId, const QUuid &parentId, qsizetype position);
    void redo() override;
    void undo() override;

private:
    void place(const QUuid &parentId, qsizetype listIndex);
    Project *m_project;
    QUuid m_codeId;
    QUuid m_parentId;
    qsizetype m_position; ///< among the new siblings; out of range: last
    QUuid m_oldParentId;
    qsizetype m_oldIndex = -1; ///< in Project::codes()
};

/// \brief Adds one annotation.
class AddAnnotation : public QUndoCommand
{
public:
    AddAnnotation(Project *project, Annotation annotation);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    Annotation m_annotation;
};

/// \brief Removes one annotation; undo puts the very same one (same id) back where it was.
class RemoveAnnotation : public QUndoCommand
{
public:
    RemoveAnnotation(Project *project, const QUuid &annotationId);
    void redo() override;
    void undo() override;

private:
    Project *m_project;
    QUuid m_annotationId;
    qsizetype m_index = -1;
    std::optional<Annotation> m_annotation;
};

/// \brief Replaces an annotation's note or codes. Consecutive note edits of one annotation merge,
/// so typing a note is one undo step.
class ChangeAnnotation : public QUndoCommand
{
public:
    /// \a text names the step when it is not a note edit ("Change annotation code" by default).
    ChangeAnnotation(Project *project, Annotation before, Annotation after, bool noteEdit, const QString &text = {});
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Annotation &annotation);
    Project *m_project;
    Annotation m_before;
    Annotation m_after;
    bool m_noteEdit;
};

} // namespace Commands
} // namespace Lectern
