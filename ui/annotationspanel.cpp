// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "project/annotationfiltermodel.h"
#include "project/annotationmodel.h"
#include "project/project.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QPixmap>

namespace Lectern {

AnnotationsPanel::AnnotationsPanel(Project *project, QWidget *parent)
    : QTreeView(parent)
    , m_project(project)
    , m_model(new AnnotationModel(project, this))
    , m_filter(new AnnotationFilterModel(project, this))
{
    m_filter->setSourceModel(m_model);
    setModel(m_filter);
    setSortingEnabled(true);
    sortByColumn(AnnotationModel::PassageColumn, Qt::AscendingOrder); // text order
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Annotations"));
    header()->setSectionResizeMode(AnnotationModel::PassageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(AnnotationModel::CodeColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    connect(this, &QTreeView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT annotationActivated(annotationId(index)); });
    connect(this, &QTreeView::clicked, this, &QTreeView::activated);
}

void AnnotationsPanel::setDocument(const QUuid &documentId)
{
    m_documentId = documentId;
    if (!m_allStatements)
        m_model->setDocumentFilter(documentId);
}

void AnnotationsPanel::setAllStatements(bool all)
{
    if (all == m_allStatements)
        return;
    m_allStatements = all;
    const QUuid current = currentAnnotation();
    m_model->setDocumentFilter(all ? QUuid() : m_documentId);
    setCurrentAnnotation(current);
}

QUuid AnnotationsPanel::currentAnnotation() const
{
    return annotationId(currentIndex());
}

QUuid AnnotationsPanel::annotationId(const QModelIndex &index) const
{
    return m_model->annotationId(m_filter->mapToSource(index));
}

bool AnnotationsPanel::setCurrentAnnotation(const QUuid &annotationId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(annotationId));
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void AnnotationsPanel::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !currentAnnotation().isNull()) {
        m_project->removeAnnotation(currentAnnotation());
        return;
    }
    QTreeView::keyPressEvent(event);
}

QMenu *AnnotationsPanel::codesMenu(const QUuid &annotationId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const Annotation *annotation = m_project->annotation(annotationId);
    if (!annotation)
        return menu;
    QMenu *add = menu->addMenu(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Code"));
    QMenu *remove = menu->addMenu(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Code"));
    for (const QUuid &codeId : m_project->codesDepthFirst()) {
        const Code *code = m_project->code(codeId);
        QPixmap swatch(12, 12);
        swatch.fill(code->color.isValid() ? code->color : QColor(255, 220, 0));
        QMenu *target = annotation->hasCode(codeId) ? remove : add;
        target->addAction(QIcon(swatch), code->name, this, [this, annotationId, codeId, target, add] {
            if (target == add)
                m_project->addAnnotationCode(annotationId, codeId);
            else
                m_project->removeAnnotationCode(annotationId, codeId);
        });
    }
    add->setEnabled(!add->isEmpty());
    remove->setEnabled(!remove->isEmpty());
    return menu;
}

void AnnotationsPanel::contextMenuEvent(QContextMenuEvent *event)
{
    const QUuid id = annotationId(event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex());
    if (id.isNull())
        return;
    QMenu *menu = codesMenu(id, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Lectern
