// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookpanel.h"

#include "annotatedialog.h"

#include "project/codemodel.h"
#include "project/project.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern {

CodebookPanel::CodebookPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new CodeModel(project, this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Drag a code onto another to make it a subcode, or between two to reorder; every drop goes
    // through Project::moveCode(), so it is undoable.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->expandAll();
    // New subcodes and moved codes are shown, not hidden under a collapsed parent.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view,
        [this](const QModelIndex &under) { m_view->expand(under); });
    connect(m_model, &QAbstractItemModel::rowsMoved, m_view,
        [this](const QModelIndex &, int, int, const QModelIndex &destination) { m_view->expand(destination); });
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this,
        [this](const QModelIndex &index) { Q_EMIT applyRequested(m_model->codeId(index)); });

    auto addAction = [this](const QString &text, const QString &icon, void (CodebookPanel::*slot)(),
                         const QKeySequence &shortcut = {}) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    QAction *create = addAction(tr("&New Code\u2026"), QStringLiteral("list-add"), &CodebookPanel::newCode);
    addAction(tr("New &Subcode\u2026"), QStringLiteral("list-add"), &CodebookPanel::newSubcode);
    QAction *rename = addAction(
        tr("&Rename\u2026"), QStringLiteral("edit-rename"), &CodebookPanel::rename, QKeySequence(Qt::Key_F2));
    addAction(tr("&Colour\u2026"), QStringLiteral("color-management"), &CodebookPanel::recolour);
    addAction(tr("&Description\u2026"), QStringLiteral("document-edit"), &CodebookPanel::describe);
    addAction(tr("&Merge Into\u2026"), QStringLiteral("merge"), &CodebookPanel::mergeInto);
    addAction(tr("Move to &Top Level"), QStringLiteral("go-top"), &CodebookPanel::moveToTopLevel);
    QAction *remove
        = addAction(tr("De&lete Code"), QStringLiteral("list-remove"), &CodebookPanel::remove, QKeySequence::Delete);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {create, rename, remove}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

QUuid CodebookPanel::currentCode() const
{
    return m_model->codeId(m_view->currentIndex());
}

void CodebookPanel::newCode()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New Code"), tr("Name of the code:"), QLineEdit::Normal, {}, &ok).simplified();
    if (!ok || name.isEmpty())
        return;
    const QUuid id = m_project->addCode(name, AnnotateDialog::suggestedColor(int(m_project->codes().size())));
    m_view->setCurrentIndex(m_model->indexOf(id));
}

void CodebookPanel::newSubcode()
{
    const Code *parent = m_project->code(currentCode());
    if (!parent)
        return newCode();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Subcode"),
        tr("Name of the code under \u201C%1\u201D:").arg(parent->name), QLineEdit::Normal, {}, &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    const QUuid id = m_project->addCode(
        name, AnnotateDialog::suggestedColor(int(m_project->codes().size())), QString(), parent->id);
    m_view->setCurrentIndex(m_model->indexOf(id));
}

void CodebookPanel::mergeInto()
{
    const Code *source = m_project->code(currentCode());
    if (!source)
        return;
    QStringList names;
    QList<QUuid> ids;
    for (const QUuid &id : m_project->codesDepthFirst()) {
        if (id == source->id)
            continue;
        int depth = 0;
        for (const Code *c = m_project->code(id); c && !c->parentId.isNull(); c = m_project->code(c->parentId))
            ++depth;
        names.append(QString(depth * 4, u' ') + m_project->code(id)->name);
        ids.append(id);
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Merge Code"), tr("There is no other code to merge into."));
        return;
    }
    bool ok = false;
    const qsizetype count = m_project->annotationCount(source->id);
    const QString chosen = QInputDialog::getItem(this, tr("Merge Code"),
        tr("Merge \u201C%1\u201D into (%n annotation(s) get the chosen code instead; its subcodes move under "
           "it; you can undo this):",
            nullptr, int(count))
            .arg(source->name),
        names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return;
    m_project->mergeCodes(source->id, ids.at(index));
    m_view->setCurrentIndex(m_model->indexOf(ids.at(index)));
}

void CodebookPanel::moveToTopLevel()
{
    const Code *code = m_project->code(currentCode());
    if (code && !code->parentId.isNull())
        m_project->moveCode(code->id, QUuid());
}

void CodebookPanel::rename()
{
    const Code *code = m_project->code(currentCode());
    if (!code)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Code"), tr("New name of \u201C%1\u201D:").arg(code->name), QLineEdit::Normal, code->name, &ok)
                             .simplified();
    if (!ok || name.isEmpty() || name == code->name)
        return;
    Code changed = *code;
    changed.name = name;
    if (!m_project->changeCode(changed))
        QMessageBox::warning(this, tr("Rename Code"), tr("There is already a code named \u201C%1\u201D.").arg(name));
}

void CodebookPanel::recolour()
{
    const Code *code = m_project->code(currentCode());
    if (!code)
        return;
    const QColor color = QColorDialog::getColor(code->color, this, tr("Colour of \u201C%1\u201D").arg(code->name));
    if (!color.isValid())
        return;
    Code changed = *code;
    changed.color = color;
    m_project->changeCode(changed);
}

void CodebookPanel::describe()
{
    const Code *code = m_project->code(currentCode());
    if (!code)
        return;
    bool ok = false;
    const QString description = QInputDialog::getMultiLineText(
        this, tr("Describe Code"), tr("What \u201C%1\u201D means:").arg(code->name), code->description, &ok);
    if (!ok)
        return;
    Code changed = *code;
    changed.description = description;
    m_project->changeCode(changed);
}

void CodebookPanel::remove()
{
    const Code *code = m_project->code(currentCode());
    if (!code)
        return;
    const qsizetype count = m_project->annotationCount(code->id);
    const qsizetype children = m_project->childCodes(code->id).size();
    if (count > 0 || children > 0) {
        QString question = tr("Delete the code \u201C%1\u201D?").arg(code->name);
        if (count > 0)
            question += u' '
                + tr("%n annotation(s) carry it; they stay, without it (as plain highlights when it is their only "
                     "code).",
                    nullptr, int(count));
        if (children > 0)
            question += u' ' + tr("Its %n subcode(s) move up in its place.", nullptr, int(children));
        question += u' ' + tr("You can undo this.");
        const auto answer = QMessageBox::question(this, tr("Delete Code"), question);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_project->removeCode(code->id);
}

} // namespace Lectern
