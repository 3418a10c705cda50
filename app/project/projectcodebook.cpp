// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Project's intent methods for the code tree and for the codes of an annotation.

#include "project/project.h"
#include "project/projectcommands.h"

#include <algorithm>

namespace Lectern {

QList<QUuid> Project::childCodes(const QUuid &parentId) const
{
    QList<QUuid> children;
    for (const Code &code : m_codes) {
        if (code.parentId == parentId)
            children.append(code.id);
    }
    return children;
}

QList<QUuid> Project::codesDepthFirst() const
{
    QList<QUuid> order;
    order.reserve(m_codes.size());
    // An explicit stack: the tree may be deep, and storage guarantees it has no cycle.
    QList<QUuid> pending = childCodes();
    std::reverse(pending.begin(), pending.end());
    while (!pending.isEmpty() && order.size() < m_codes.size()) {
        const QUuid id = pending.takeLast();
        order.append(id);
        const QList<QUuid> children = childCodes(id);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            pending.append(*it);
    }
    return order;
}

bool Project::isCodeWithin(const QUuid &codeId, const QUuid &ancestorId) const
{
    QUuid id = codeId;
    for (qsizetype steps = 0; !id.isNull() && steps <= m_codes.size(); ++steps) {
        if (id == ancestorId)
            return true;
        const Code *c = code(id);
        id = c ? c->parentId : QUuid();
    }
    return false;
}

bool Project::moveCode(const QUuid &codeId, const QUuid &parentId, qsizetype position)
{
    const Code *moved = code(codeId);
    if (!moved || (!parentId.isNull() && !code(parentId)))
        return false;
    if (!parentId.isNull() && isCodeWithin(parentId, codeId))
        return false; // under itself: a cycle
    if (moved->parentId == parentId) {
        const QList<QUuid> siblings = childCodes(parentId);
        const qsizetype last = siblings.size() - 1;
        const qsizetype target = position < 0 || position > last ? last : position;
        if (siblings.indexOf(codeId) == target)
            return true;
    }
    m_undoStack.push(new Commands::MoveCode(this, codeId, parentId, position));
    return true;
}

void Project::removeCode(const QUuid &codeId)
{
    const Code *removed = code(codeId);
    if (!removed)
        return;
    const QList<QUuid> children = childCodes(codeId);
    if (children.isEmpty()) {
        m_undoStack.push(new Commands::RemoveCode(this, codeId));
        return;
    }
    // The children take the deleted code's place under its parent, in their order.
    const QUuid parentId = removed->parentId;
    const qsizetype position = childCodes(parentId).indexOf(codeId);
    m_undoStack.beginMacro(tr("Delete code “%1”").arg(removed->name));
    for (qsizetype i = 0; i < children.size(); ++i)
        m_undoStack.push(new Commands::MoveCode(this, children.at(i), parentId, position + 1 + i));
    m_undoStack.push(new Commands::RemoveCode(this, codeId));
    m_undoStack.endMacro();
}

bool Project::mergeCodes(const QUuid &sourceId, const QUuid &targetId)
{
    const Code *source = code(sourceId);
    const Code *target = code(targetId);
    if (!source || !target || sourceId == targetId)
        return false;
    const QString stepName = tr("Merge code “%1” into “%2”").arg(source->name, target->name);
    const QUuid sourceParent = source->parentId;
    m_undoStack.beginMacro(stepName);
    // A target under the source first takes the source's place, so that the source's children
    // can move under it without a cycle.
    if (isCodeWithin(targetId, sourceId))
        m_undoStack.push(
            new Commands::MoveCode(this, targetId, sourceParent, childCodes(sourceParent).indexOf(sourceId)));
    for (const Annotation &a : std::as_const(m_annotations)) {
        const qsizetype at = a.codeIds.indexOf(sourceId);
        if (at < 0)
            continue;
        Annotation changed = a;
        if (changed.codeIds.contains(targetId))
            changed.codeIds.removeAt(at);
        else
            changed.codeIds[at] = targetId;
        m_undoStack.push(new Commands::ChangeAnnotation(this, a, std::move(changed), false, stepName));
    }
    for (const QUuid &child : childCodes(sourceId))
        m_undoStack.push(new Commands::MoveCode(this, child, targetId, -1));
    m_undoStack.push(new Commands::RemoveCode(this, sourceId));
    m_undoStack.endMacro();
    return true;
}

bool Project::addAnnotationCode(const QUuid &annotationId, const QUuid &codeId)
{
    const Annotation *current = annotation(annotationId);
    const Code *added = code(codeId);
    if (!current || !added || current->hasCode(codeId))
        return false;
    Annotation changed = *current;
    changed.codeIds.append(codeId);
    m_undoStack.push(new Commands::ChangeAnnotation(
        this, *current, std::move(changed), false, tr("Add code “%1” to annotation").arg(added->name)));
    return true;
}

bool Project::removeAnnotationCode(const QUuid &annotationId, const QUuid &codeId)
{
    const Annotation *current = annotation(annotationId);
    if (!current || !current->hasCode(codeId))
        return false;
    const Code *removed = code(codeId);
    Annotation changed = *current;
    changed.codeIds.removeAll(codeId);
    m_undoStack.push(new Commands::ChangeAnnotation(this, *current, std::move(changed), false,
        tr("Remove code “%1” from annotation").arg(removed ? removed->name : QString())));
    return true;
}

} // namespace Lectern
