// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlist.h"

#include "analysiscontroller.h"

#include "project/project.h"

#include <QAction>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>

namespace Lectern {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

DocumentList::DocumentList(Project *project, AnalysisController *analysis, QWidget *parent)
    : QTreeWidget(parent)
    , m_project(project)
    , m_analysis(analysis)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Statement"), tr("Source"), tr("Date"), tr("Annotations"), tr("Quotations"), tr("Entities")});
    headerItem()->setToolTip(SourceColumn, tr("Where the statement comes from: its publisher, or its file"));
    headerItem()->setToolTip(AnnotationsColumn, tr("Annotations made in the statement"));
    headerItem()->setToolTip(QuotesColumn, tr("Quotations the recogniser found"));
    headerItem()->setToolTip(EntitiesColumn, tr("Entity mentions the recogniser found"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    for (int column = DateColumn; column < ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAccessibleName(tr("Statements"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT documentSelected(item->data(0, IdRole).toUuid());
    });
    auto *remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Statement"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = currentItem())
            Q_EMIT removeRequested(item->data(0, IdRole).toUuid());
    });
    addAction(remove);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DocumentList::refresh()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Document &document : m_project->documents()) {
        const QString source = !document.source.isEmpty() ? document.source
            : !document.sourcePath.isEmpty()              ? QFileInfo(document.sourcePath).fileName()
                                                          : QString();
        auto *item = new QTreeWidgetItem(this, {document.title, source, document.date});
        item->setData(0, IdRole, document.id);
        QStringList tip;
        if (!document.sourcePath.isEmpty())
            tip << document.sourcePath;
        if (!document.source.isEmpty())
            tip << document.source;
        item->setToolTip(TitleColumn, tip.join(u'\n'));
        item->setToolTip(SourceColumn, tip.join(u'\n'));
        for (int column = AnnotationsColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    refreshCounts();
}

void DocumentList::refreshCounts()
{
    // One pass over the annotations, not one per statement: a project of 1,000 statements and
    // 50,000 annotations recounts on every change.
    QHash<QUuid, int> annotations;
    for (const Annotation &annotation : m_project->annotations())
        ++annotations[annotation.documentId];
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = topLevelItem(row);
        const QUuid id = item->data(0, IdRole).toUuid();
        item->setText(AnnotationsColumn, QString::number(annotations.value(id)));
        const AnalysisResult *result = m_analysis->result(id);
        item->setText(QuotesColumn, result ? QString::number(result->quotes.size()) : QStringLiteral("\u2026"));
        item->setText(EntitiesColumn, result ? QString::number(result->entities.size()) : QStringLiteral("\u2026"));
    }
}

void DocumentList::setCurrentDocument(const QUuid &documentId)
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (topLevelItem(row)->data(0, IdRole).toUuid() == documentId) {
            setCurrentItem(topLevelItem(row));
            return;
        }
    }
    setCurrentItem(nullptr);
}

} // namespace Lectern
