// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

namespace {
template<typename T>
qsizetype indexOfId(const QList<T> &list, const QUuid &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? -1 : qsizetype(it - list.cbegin());
}
} // namespace

qsizetype ProjectCommands::indexOfDocument(const Project &p, const QUuid &id)
{
    return indexOfId(p.m_documents, id);
}

qsizetype ProjectCommands::indexOfCode(const Project &p, const QUuid &id)
{
    return indexOfId(p.m_codes, id);
}

qsizetype ProjectCommands::indexOfAnnotation(const Project &p, const QUuid &id)
{
    return indexOfId(p.m_annotations, id);
}

namespace Commands {

// --- documents ------------------------------------------------------------------------------

AddDocument::AddDocument(Project *project, Document document)
    : m_project(project)
    , m_document(std::move(document))
{
    setText(QCoreApplication::translate("Lectern::Project", "Add statement"));
}

void AddDocument::redo()
{
    ProjectCommands::documents(*m_project).append(m_document);
    Q_EMIT m_project->documentsChanged();
}

void AddDocument::undo()
{
    const qsizetype index = ProjectCommands::indexOfDocument(*m_project, m_document.id);
    if (index < 0)
        return;
    ProjectCommands::documents(*m_project).removeAt(index);
    Q_EMIT m_project->documentsChanged();
}

RemoveDocument::RemoveDocument(Project *project, const QUuid &documentId)
    : m_project(project)
    , m_documentId(documentId)
{
    setText(QCoreApplication::translate("Lectern::Project", "Remove statement"));
}

void RemoveDocument::redo()
{
    m_index = ProjectCommands::indexOfDocument(*m_project, m_documentId);
    if (m_index < 0)
        return;
    // Annotations first, so that no one sees an annotation whose statement is gone.
    auto &annotations = ProjectCommands::annotations(*m_project);
    m_annotations.clear();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        if (annotations.at(i).documentId == m_documentId)
            m_annotations.append({i, annotations.at(i)});
    }
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        annotations.removeAt(it->first);
        Q_EMIT m_project->annotationRemoved(it->second.id);
    }
    m_document = ProjectCommands::documents(*m_project).takeAt(m_index);
    Q_EMIT m_project->documentsChanged();
}

void RemoveDocument::undo()
{
    if (!m_document)
        return;
    ProjectCommands::documents(*m_project).insert(m_index, *std::exchange(m_document, std::nullopt));
    Q_EMIT m_project->documentsChanged();
    auto &annotations = ProjectCommands::annotations(*m_project);
    for (const auto &[index, annotation] : std::as_const(m_annotations)) {
        annotations.insert(index, annotation);
        Q_EMIT m_project->annotationAdded(annotation.id);
    }
    m_annotations.clear();
}

// --- codes ----------------------------------------------------------------------------------

AddCode::AddCode(Project *project, Code code)
    : m_project(project)
    , m_code(std::move(code))
{
    setText(QCoreApplication::translate("Lectern::Project", "Add code “%1”").arg(m_code.name));
}

void AddCode::redo()
{
    ProjectCommands::codes(*m_project).append(m_code);
    Q_EMIT m_project->codeAdded(m_code.id);
    Q_EMIT m_project->codesChanged();
}

void AddCode::undo()
{
    const qsizetype index = ProjectCommands::indexOfCode(*m_project, m_code.id);
    if (index < 0)
        return;
    ProjectCommands::codes(*m_project).removeAt(index);
    Q_EMIT m_project->codeRemoved(m_code.id);
    Q_EMIT m_project->codesChanged();
}

ChangeCode::ChangeCode(Project *project, Code before, Code after)
    : m_project(project)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("Lectern::Project", "Change code “%1”").arg(m_before.name));
}

void ChangeCode::redo()
{
    apply(m_after);
}

void ChangeCode::undo()
{
    apply(m_before);
}

void ChangeCode::apply(const Code &code)
{
    const qsizetype index = ProjectCommands::indexOfCode(*m_project, code.id);
    if (index < 0)
        return;
    ProjectCommands::codes(*m_project)[index] = code;
    Q_EMIT m_project->codeChanged(code.id);
    Q_EMIT m_project->codesChanged();
}

RemoveCode::RemoveCode(Project *project, const QUuid &codeId)
    : m_project(project)
    , m_codeId(codeId)
{
    const Code *code = project->code(codeId);
    setText(QCoreApplication::translate("Lectern::Project", "Delete code “%1”").arg(code ? code->name : QString()));
}

void RemoveCode::redo()
{
    m_index = ProjectCommands::indexOfCode(*m_project, m_codeId);
    if (m_index < 0)
        return;
    m_untagged.clear();
    for (auto &annotation : ProjectCommands::annotations(*m_project)) {
        const qsizetype at = annotation.codeIds.indexOf(m_codeId);
        if (at >= 0) {
            annotation.codeIds.removeAt(at);
            m_untagged.append({annotation.id, at});
        }
    }
    m_code = ProjectCommands::codes(*m_project).takeAt(m_index);
    Q_EMIT m_project->codeRemoved(m_codeId);
    Q_EMIT m_project->codesChanged();
    for (const auto &untagged : std::as_const(m_untagged))
        Q_EMIT m_project->annotationChanged(untagged.first);
}

void RemoveCode::undo()
{
    if (!m_code)
        return;
    ProjectCommands::codes(*m_project).insert(m_index, *std::exchange(m_code, std::nullopt));
    Q_EMIT m_project->codeAdded(m_codeId);
    Q_EMIT m_project->codesChanged();
    auto &annotations = ProjectCommands::annotations(*m_project);
    for (const auto &[id, at] : std::as_const(m_untagged)) {
        const qsizetype index = ProjectCommands::indexOfAnnotation(*m_project, id);
        if (index < 0)
            continue;
        QList<QUuid> &codeIds = annotations[index].codeIds;
        codeIds.insert(std::min(at, codeIds.size()), m_codeId);
        Q_EMIT m_project->annotationChanged(id);
    }
}

MoveCode::MoveCode(Project *project, const QUuid &codeId, const QUuid &parentId, qsizetype position)
    : m_project(project)
    , m_codeId(codeId)
    , m_parentId(parentId)
    , m_position(position)
{
    const Code *code = project->code(codeId);
    setText(QCoreApplication::translate("Lectern::Project", "Move code “%1”").arg(code ? code->name : QString()));
}

void MoveCode::redo()
{
    m_oldIndex = ProjectCommands::indexOfCode(*m_project, m_codeId);
    if (m_oldIndex < 0)
        return;
    auto &codes = ProjectCommands::codes(*m_project);
    m_oldParentId = codes.at(m_oldIndex).parentId;
    // Siblings keep the order of the flat list: the code goes before the sibling now at
    // m_position, or after the last one.
    QList<qsizetype> siblings;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (i != m_oldIndex && codes.at(i).parentId == m_parentId)
            siblings.append(i);
    }
    qsizetype index = codes.size();
    if (m_position >= 0 && m_position < siblings.size())
        index = siblings.at(m_position);
    else if (!siblings.isEmpty())
        index = siblings.last() + 1;
    if (index > m_oldIndex)
        --index; // counted before the code was taken out
    place(m_parentId, index);
}

void MoveCode::undo()
{
    if (m_oldIndex >= 0)
        place(m_oldParentId, m_oldIndex);
}

void MoveCode::place(const QUuid &parentId, qsizetype listIndex)
{
    const qsizetype index = ProjectCommands::indexOfCode(*m_project, m_codeId);
    if (index < 0)
        return;
    auto &codes = ProjectCommands::codes(*m_project);
    Code code = codes.takeAt(index);
    code.parentId = parentId;
    codes.insert(std::clamp(listIndex, qsizetype(0), codes.size()), std::move(code));
    Q_EMIT m_project->codeMoved(m_codeId);
    Q_EMIT m_project->codesChanged();
}

// --- annotations ----------------------------------------------------------------------------

AddAnnotation::AddAnnotation(Project *project, Annotation annotation)
    : m_project(project)
    , m_annotation(std::move(annotation))
{
    setText(QCoreApplication::translate("Lectern::Project", "Add annotation"));
}

void AddAnnotation::redo()
{
    ProjectCommands::annotations(*m_project).append(m_annotation);
    Q_EMIT m_project->annotationAdded(m_annotation.id);
}

void AddAnnotation::undo()
{
    const qsizetype index = ProjectCommands::indexOfAnnotation(*m_project, m_annotation.id);
    if (index < 0)
        return;
    ProjectCommands::annotations(*m_project).removeAt(index);
    Q_EMIT m_project->annotationRemoved(m_annotation.id);
}

RemoveAnnotation::RemoveAnnotation(Project *project, const QUuid &annotationId)
    : m_project(project)
    , m_annotationId(annotationId)
{
    setText(QCoreApplication::translate("Lectern::Project", "Remove annotation"));
}

void RemoveAnnotation::redo()
{
    m_index = ProjectCommands::indexOfAnnotation(*m_project, m_annotationId);
    if (m_index < 0)
        return;
    m_annotation = ProjectCommands::annotations(*m_project).takeAt(m_index);
    Q_EMIT m_project->annotationRemoved(m_annotationId);
}

void RemoveAnnotation::undo()
{
    if (!m_annotation)
        return;
    ProjectCommands::annotations(*m_project).insert(m_index, *std::exchange(m_annotation, std::nullopt));
    Q_EMIT m_project->annotationAdded(m_annotationId);
}

ChangeAnnotation::ChangeAnnotation(
    Project *project, Annotation before, Annotation after, bool noteEdit, const QString &text)
    : m_project(project)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_noteEdit(noteEdit)
{
    setText(noteEdit         ? QCoreApplication::translate("Lectern::Project", "Edit note")
            : text.isEmpty() ? QCoreApplication::translate("Lectern::Project", "Change annotation code")
                             : text);
}

void ChangeAnnotation::redo()
{
    apply(m_after);
}

void ChangeAnnotation::undo()
{
    apply(m_before);
}

int ChangeAnnotation::id() const
{
    return m_noteEdit ? NoteEdit : -1;
}

bool ChangeAnnotation::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeAnnotation *>(other); // same id() means same class
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

void ChangeAnnotation::apply(const Annotation &annotation)
{
    const qsizetype index = ProjectCommands::indexOfAnnotation(*m_project, annotation.id);
    if (index < 0)
        return;
    ProjectCommands::annotations(*m_project)[index] = annotation;
    Q_EMIT m_project->annotationChanged(annotation.id);
}

} // namespace Commands
} // namespace Lectern
