// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitycorrection.h"
#include "document/document.h"
#include "project/annotation.h"
#include "project/code.h"
#include "project/textsearch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUndoStack>

namespace Lectern {

/// \brief The analyst's work: statements, the codebook and the annotations, with one undo stack.
///
/// Widgets never build undo commands: they call the intent methods below, which push private
/// commands onto undoStack() and emit the change signals. "Modified" means the stack is not clean.
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    // --- state -------------------------------------------------------------------------------
    const QList<Document> &documents() const { return m_documents; }
    const Document *document(const QUuid &id) const;
    const QList<Code> &codes() const { return m_codes; }
    const Code *code(const QUuid &id) const;
    const Code *codeByName(const QString &name) const;
    /// The codes directly under \a parentId (the top level for a null id), in their order.
    QList<QUuid> childCodes(const QUuid &parentId = {}) const;
    /// Every code, depth first (each parent before its children): the order of Ctrl+1..9.
    QList<QUuid> codesDepthFirst() const;
    /// Whether \a codeId is \a ancestorId or lies somewhere under it.
    bool isCodeWithin(const QUuid &codeId, const QUuid &ancestorId) const;
    const QList<Annotation> &annotations() const { return m_annotations; }
    const Annotation *annotation(const QUuid &id) const;
    QList<Annotation> annotationsOf(const QUuid &documentId) const;

    /// The memo of a statement, or of the project for a null id (Markdown).
    QString memo(const QUuid &documentId = {}) const { return m_memos.value(documentId); }
    /// Memos by statement id (the null id: the project's), empty ones left out.
    const QHash<QUuid, QString> &memos() const { return m_memos; }

    /// The analyst's corrections to the recognised entities, in the order they were made.
    const QList<EntityCorrection> &entityCorrections() const { return m_entityCorrections; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    // --- intent methods (undoable) --------------------------------------------------------------
    /// Adds a statement; gives it an id when it has none. Returns the id.
    QUuid addDocument(Document document);
    void removeDocument(const QUuid &documentId);
    /// Creates a code (last under \a parentId, or at the top level); a name already in use
    /// returns the existing code's id instead.
    QUuid addCode(
        const QString &name, const QColor &color, const QString &description = {}, const QUuid &parentId = {});
    /// Tags [start, end) of a document. Returns the new annotation's id, or a null id when the
    /// range is empty or outside the document's text.
    QUuid addAnnotation(
        const QUuid &documentId, qsizetype start, qsizetype end, const QUuid &codeId, const QString &note = {});
    void removeAnnotation(const QUuid &annotationId);
    /// A passage to annotate in one step with others (see addAnnotations()).
    struct Passage
    {
        TextRange range;
        QString note;
    };
    /// Annotates several passages of a statement with one code in one undoable step (passages
    /// that already carry the code are left alone); returns how many annotations were made.
    qsizetype addAnnotations(
        const QUuid &documentId, const QList<Passage> &passages, const QUuid &codeId, const QString &stepName);
    /// Codes every match of \a pattern in the given statements (all when empty) in one undoable
    /// step; a passage that already carries the code is left alone. Returns how many annotations
    /// were made, or -1 with \a errorString for an invalid pattern or an unknown code.
    qsizetype codeAllMatches(const QString &pattern, const SearchOptions &options, const QUuid &codeId,
        const QString &note = {}, const QList<QUuid> &documentIds = {}, QString *errorString = nullptr);
    void setAnnotationNote(const QUuid &annotationId, const QString &note);
    /// Gives an annotation this one code instead of all it carries (a null id leaves it a plain
    /// highlight).
    void setAnnotationCode(const QUuid &annotationId, const QUuid &codeId);
    /// Adds a code to an annotation's codes (last); false when it carries it already or either
    /// is unknown.
    bool addAnnotationCode(const QUuid &annotationId, const QUuid &codeId);
    /// Takes a code off an annotation; the last one taken leaves a plain highlight.
    bool removeAnnotationCode(const QUuid &annotationId, const QUuid &codeId);
    /// Renames, recolours or redescribes a code; code.id names the code to change. A name used
    /// by another code is refused (returns false), as is an empty name. The parent is left
    /// alone: moveCode() changes it.
    bool changeCode(const Code &code);
    /// Moves a code under \a parentId (null: the top level), to \a position among its new
    /// siblings (out of range: last). Refuses (false) unknown codes and a move under the code
    /// itself or one of its descendants.
    bool moveCode(const QUuid &codeId, const QUuid &parentId, qsizetype position = -1);
    /// Deletes a code in one undo step: its children move up to its parent, in its place, and
    /// annotations tagged with it stay, without it (a plain highlight when it was their only code).
    void removeCode(const QUuid &codeId);
    /// Merges \a sourceId into \a targetId in one undo step: annotations carrying the source carry
    /// the target instead (once), the source's children move under the target, and the source is
    /// deleted. Refuses (false) unknown codes and a code merged into itself.
    bool mergeCodes(const QUuid &sourceId, const QUuid &targetId);
    /// How many annotations carry the code (what removeCode() and mergeCodes() touch); for a null
    /// id, how many carry no code.
    qsizetype annotationCount(const QUuid &codeId) const;

    /// Records a correction to the entity list (given an id when it has none); returns its id.
    QUuid addEntityCorrection(EntityCorrection correction);
    void removeEntityCorrection(const QUuid &correctionId);

    /// Sets the memo of a statement (or of the project, for a null id); consecutive edits of
    /// one memo are one undo step.
    void setMemo(const QUuid &documentId, const QString &text);

    void undo() { m_undoStack.undo(); }
    void redo() { m_undoStack.redo(); }

    // --- not undoable: loading replaces everything ---------------------------------------------
    /// Replaces the whole state (used by storage after a load); clears the undo stack and
    /// marks the project clean.
    void reset(QList<Document> documents, QList<Code> codes, QList<Annotation> annotations,
        QList<EntityCorrection> entityCorrections = {}, QHash<QUuid, QString> memos = {});
    /// Marks the current state as saved.
    void markSaved();

Q_SIGNALS:
    void documentsChanged();
    void codesChanged();
    void annotationAdded(const QUuid &id);
    void annotationRemoved(const QUuid &id);
    void annotationChanged(const QUuid &id);
    /// Finer-grained than codesChanged(), which is emitted as well, for item models.
    void codeAdded(const QUuid &id);
    void codeRemoved(const QUuid &id);
    void codeChanged(const QUuid &id);
    /// A code has another parent or another place among its siblings (already in codes()).
    void codeMoved(const QUuid &id);
    void memoChanged(const QUuid &documentId);
    /// A correction was added or removed: analyses must be run again.
    void entityCorrectionsChanged();
    /// Everything may have changed (after reset()).
    void projectReset();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    friend class EntityCorrectionCommand;
    friend class SetMemoCommand;
    friend class ProjectCommands; // the private undo commands edit the lists below, only
                                  // through ProjectCommands' static helpers
    QList<Document> m_documents;
    QList<Code> m_codes;
    QList<Annotation> m_annotations;
    QList<EntityCorrection> m_entityCorrections;
    QHash<QUuid, QString> m_memos;
    QString m_fileName;
    QUndoStack m_undoStack;
};

} // namespace Lectern
