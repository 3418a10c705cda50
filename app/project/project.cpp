// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "project/correctioncommands.h"
#include "project/memocommands.h"

#include "project/projectcommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProject, "lectern.project")

namespace Lectern {

namespace {
// A null code stands for "no code": a plain highlight.
bool carries(const Annotation &a, const QUuid &codeId)
{
    return codeId.isNull() ? a.codeIds.isEmpty() : a.hasCode(codeId);
}
} // namespace

Project::Project(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Project::~Project() = default;

const Document *Project::document(const QUuid &id) const
{
    const qsizetype index = ProjectCommands::indexOfDocument(*this, id);
    return index < 0 ? nullptr : &m_documents.at(index);
}

const Code *Project::code(const QUuid &id) const
{
    const qsizetype index = ProjectCommands::indexOfCode(*this, id);
    return index < 0 ? nullptr : &m_codes.at(index);
}

const Code *Project::codeByName(const QString &name) const
{
    const auto it = std::find_if(m_codes.cbegin(), m_codes.cend(), [&](const Code &c) { return c.name == name; });
    return it == m_codes.cend() ? nullptr : &*it;
}

const Annotation *Project::annotation(const QUuid &id) const
{
    const qsizetype index = ProjectCommands::indexOfAnnotation(*this, id);
    return index < 0 ? nullptr : &m_annotations.at(index);
}

QList<Annotation> Project::annotationsOf(const QUuid &documentId) const
{
    QList<Annotation> result;
    std::copy_if(m_annotations.cbegin(), m_annotations.cend(), std::back_inserter(result),
        [&](const Annotation &a) { return a.documentId == documentId; });
    return result;
}

qsizetype Project::annotationCount(const QUuid &codeId) const
{
    return std::count_if(
        m_annotations.cbegin(), m_annotations.cend(), [&](const Annotation &a) { return carries(a, codeId); });
}

void Project::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(m_fileName);
}

bool Project::isModified() const
{
    return !m_undoStack.isClean();
}

QUuid Project::addDocument(Document document)
{
    if (document.id.isNull() || this->document(document.id))
        document.id = QUuid::createUuid();
    const QUuid id = document.id;
    m_undoStack.push(new Commands::AddDocument(this, std::move(document)));
    return id;
}

void Project::removeDocument(const QUuid &documentId)
{
    if (!document(documentId))
        return;
    m_undoStack.push(new Commands::RemoveDocument(this, documentId));
}

QUuid Project::addCode(const QString &name, const QColor &color, const QString &description, const QUuid &parentId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || (!parentId.isNull() && !code(parentId)))
        return {};
    if (const Code *existing = codeByName(trimmed))
        return existing->id;
    Code code {QUuid::createUuid(), trimmed, color, description, parentId};
    const QUuid id = code.id;
    m_undoStack.push(new Commands::AddCode(this, std::move(code)));
    return id;
}

bool Project::changeCode(const Code &code)
{
    const Code *current = this->code(code.id);
    if (!current)
        return false;
    Code changed = code;
    changed.name = code.name.trimmed();
    changed.parentId = current->parentId; // moveCode() moves, so that item models hear of it
    if (changed.name.isEmpty())
        return false;
    if (const Code *other = codeByName(changed.name); other && other->id != code.id)
        return false;
    if (changed == *current)
        return true;
    m_undoStack.push(new Commands::ChangeCode(this, *current, std::move(changed)));
    return true;
}

QUuid Project::addAnnotation(
    const QUuid &documentId, qsizetype start, qsizetype end, const QUuid &codeId, const QString &note)
{
    const Document *doc = document(documentId);
    if (!doc || start < 0 || end <= start || end > doc->text.size()) {
        qCDebug(lcProject) << "annotation refused: range" << start << end << "document" << documentId;
        return {};
    }
    if (!codeId.isNull() && !code(codeId)) {
        qCDebug(lcProject) << "annotation refused: unknown code" << codeId;
        return {};
    }
    Annotation annotation;
    annotation.id = QUuid::createUuid();
    annotation.documentId = documentId;
    annotation.start = start;
    annotation.end = end;
    if (!codeId.isNull())
        annotation.codeIds = {codeId};
    annotation.note = note;
    annotation.created = QDateTime::currentDateTimeUtc();
    const QUuid id = annotation.id;
    m_undoStack.push(new Commands::AddAnnotation(this, std::move(annotation)));
    return id;
}

qsizetype Project::addAnnotations(
    const QUuid &documentId, const QList<Passage> &passages, const QUuid &codeId, const QString &stepName)
{
    const Document *doc = document(documentId);
    if (!doc || (!codeId.isNull() && !code(codeId)))
        return 0;
    QList<Passage> fresh;
    for (const Passage &passage : passages) {
        if (passage.range.start < 0 || passage.range.end <= passage.range.start || passage.range.end > doc->text.size())
            continue;
        const bool alreadyCoded = std::any_of(m_annotations.cbegin(), m_annotations.cend(), [&](const Annotation &a) {
            return a.documentId == documentId && a.start == passage.range.start && a.end == passage.range.end
                && carries(a, codeId);
        });
        if (!alreadyCoded)
            fresh.append(passage);
    }
    if (fresh.isEmpty())
        return 0;
    m_undoStack.beginMacro(stepName);
    for (const Passage &passage : std::as_const(fresh))
        addAnnotation(documentId, passage.range.start, passage.range.end, codeId, passage.note);
    m_undoStack.endMacro();
    return fresh.size();
}

qsizetype Project::codeAllMatches(const QString &pattern, const SearchOptions &options, const QUuid &codeId,
    const QString &note, const QList<QUuid> &documentIds, QString *errorString)
{
    if (!codeId.isNull() && !code(codeId)) {
        if (errorString)
            *errorString = QCoreApplication::translate("Lectern::Project", "There is no such code.");
        return -1;
    }
    struct Match
    {
        QUuid documentId;
        TextRange range;
    };
    QList<Match> matches;
    for (const Document &doc : std::as_const(m_documents)) {
        if (!documentIds.isEmpty() && !documentIds.contains(doc.id))
            continue;
        QString error;
        // Line breaks inside a hard-wrapped paragraph count as spaces, as in the reader.
        const QList<TextRange> found = findMatches(reflowedText(doc.text), pattern, options, &error);
        if (!error.isEmpty()) {
            if (errorString)
                *errorString = error;
            return -1;
        }
        for (const TextRange &range : found) {
            const bool alreadyCoded = std::any_of(
                m_annotations.cbegin(), m_annotations.cend(), [&](const Annotation &a) {
                    return a.documentId == doc.id && a.start == range.start && a.end == range.end && carries(a, codeId);
                });
            if (!alreadyCoded)
                matches.append({doc.id, range});
        }
    }
    if (matches.isEmpty())
        return 0;
    const Code *c = code(codeId);
    m_undoStack.beginMacro(
        QCoreApplication::translate("Lectern::Project", "Code %n match(es) as “%1”", nullptr, int(matches.size()))
            .arg(c ? c->name : QString()));
    for (const Match &match : std::as_const(matches))
        addAnnotation(match.documentId, match.range.start, match.range.end, codeId, note);
    m_undoStack.endMacro();
    return matches.size();
}

void Project::removeAnnotation(const QUuid &annotationId)
{
    if (!annotation(annotationId))
        return;
    m_undoStack.push(new Commands::RemoveAnnotation(this, annotationId));
}

void Project::setAnnotationNote(const QUuid &annotationId, const QString &note)
{
    const Annotation *current = annotation(annotationId);
    if (!current || current->note == note)
        return;
    Annotation changed = *current;
    changed.note = note;
    m_undoStack.push(new Commands::ChangeAnnotation(this, *current, std::move(changed), true));
}

void Project::setAnnotationCode(const QUuid &annotationId, const QUuid &codeId)
{
    const Annotation *current = annotation(annotationId);
    const QList<QUuid> codeIds = codeId.isNull() ? QList<QUuid>() : QList<QUuid> {codeId};
    if (!current || current->codeIds == codeIds || (!codeId.isNull() && !code(codeId)))
        return;
    Annotation changed = *current;
    changed.codeIds = codeIds;
    m_undoStack.push(new Commands::ChangeAnnotation(this, *current, std::move(changed), false));
}

void Project::reset(QList<Document> documents, QList<Code> codes, QList<Annotation> annotations,
    QList<EntityCorrection> entityCorrections, QHash<QUuid, QString> memoTexts)
{
    m_undoStack.clear(); // the commands point into the state being replaced
    m_documents = std::move(documents);
    m_codes = std::move(codes);
    m_annotations = std::move(annotations);
    m_entityCorrections = std::move(entityCorrections);
    m_memos = std::move(memoTexts);
    m_undoStack.setClean();
    Q_EMIT projectReset();
    Q_EMIT documentsChanged();
    Q_EMIT codesChanged();
}

QUuid Project::addEntityCorrection(EntityCorrection correction)
{
    if (correction.id.isNull())
        correction.id = QUuid::createUuid();
    const QUuid id = correction.id;
    m_undoStack.push(new EntityCorrectionCommand(this, std::move(correction), true));
    return id;
}

void Project::removeEntityCorrection(const QUuid &correctionId)
{
    for (const EntityCorrection &correction : std::as_const(m_entityCorrections)) {
        if (correction.id == correctionId) {
            m_undoStack.push(new EntityCorrectionCommand(this, correction, false));
            return;
        }
    }
}

void Project::setMemo(const QUuid &documentId, const QString &text)
{
    if (m_memos.value(documentId) == text || (!documentId.isNull() && !document(documentId)))
        return;
    m_undoStack.push(new SetMemoCommand(this, documentId, text));
}

void Project::markSaved()
{
    m_undoStack.setClean();
}

} // namespace Lectern
