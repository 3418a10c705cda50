// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "project/annotationmodel.h"
#include "project/project.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Lectern {

AnnotationsPanel::AnnotationsPanel(Project *project, QWidget *parent)
    : QTreeView(parent)
    , m_project(project)
    , m_model(new AnnotationModel(project, this))
{
    setModel(m_model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Annotations"));
    header()->setSectionResizeMode(AnnotationModel::PassageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(AnnotationModel::CodeColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    connect(this, &QTreeView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT annotationActivated(m_model->annotationId(index)); });
    connect(this, &QTreeView::clicked, this, &QTreeView::activated);
}

void AnnotationsPanel::setDocument(const QUuid &documentId)
{
    m_model->setDocumentFilter(documentId);
}

QUuid AnnotationsPanel::currentAnnotation() const
{
    return m_model->annotationId(currentIndex());
}

void AnnotationsPanel::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !currentAnnotation().isNull()) {
        m_project->removeAnnotation(currentAnnotation());
        return;
    }
    QTreeView::keyPressEvent(event);
}

} // namespace Lectern
