// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>
#include <QUuid>

class QMenu;

namespace Lectern {

class AnnotationFilterModel;
class AnnotationModel;
class Project;

/// \brief The annotations of the shown statement beside the text: passage, codes and note.
/// Activating one shows it in the text; Delete removes the selected one, and its context menu
/// adds codes to it or takes them off (all undoably).
class AnnotationsPanel : public QTreeView
{
    Q_OBJECT
public:
    AnnotationsPanel(Project *project, QWidget *parent = nullptr);
    /// The statement shown in the reader: its annotations are listed unless allStatements().
    void setDocument(const QUuid &documentId);
    /// Lists the annotations of every statement instead of the shown one's.
    void setAllStatements(bool all);
    bool allStatements() const { return m_allStatements; }
    QUuid currentAnnotation() const;
    /// The annotation shown at \a index, an index of this view (filtered and sorted).
    QUuid annotationId(const QModelIndex &index) const;
    /// Makes the annotation current (when the filters let it through); false otherwise.
    bool setCurrentAnnotation(const QUuid &annotationId);
    AnnotationModel *annotationModel() const { return m_model; }
    /// The menu the context menu shows for an annotation: Add Code and Remove Code submenus.
    QMenu *codesMenu(const QUuid &annotationId, QWidget *parent);
    /// The filters by code, statement and text (the annotation filter bar sets them).
    AnnotationFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void annotationActivated(const QUuid &annotationId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Project *m_project;
    AnnotationModel *m_model;
    AnnotationFilterModel *m_filter;
    QUuid m_documentId;
    bool m_allStatements = false;
};

} // namespace Lectern
