// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>
#include <QUuid>

class QMenu;

namespace Lectern {

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
    void setDocument(const QUuid &documentId);
    QUuid currentAnnotation() const;
    AnnotationModel *annotationModel() const { return m_model; }
    /// The menu the context menu shows for an annotation: Add Code and Remove Code submenus.
    QMenu *codesMenu(const QUuid &annotationId, QWidget *parent);

Q_SIGNALS:
    void annotationActivated(const QUuid &annotationId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Project *m_project;
    AnnotationModel *m_model;
};

} // namespace Lectern
