// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookpanel.h"

#include "annotatedialog.h"

#include "project/codemodel.h"
#include "project/project.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

CodebookPanel::CodebookPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new CodeModel(project, this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QListView::doubleClicked, this,
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
    QAction *rename = addAction(
        tr("&Rename\u2026"), QStringLiteral("edit-rename"), &CodebookPanel::rename, QKeySequence(Qt::Key_F2));
    addAction(tr("&Colour\u2026"), QStringLiteral("color-management"), &CodebookPanel::recolour);
    addAction(tr("&Description\u2026"), QStringLiteral("document-edit"), &CodebookPanel::describe);
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
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(id)));
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
    if (count > 0) {
        const auto answer = QMessageBox::question(this, tr("Delete Code"),
            tr("Delete the code \u201C%1\u201D? %n annotation(s) carry it; they stay, as plain highlights. You can "
               "undo this.",
                nullptr, int(count))
                .arg(code->name));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_project->removeCode(code->id);
}

} // namespace Lectern
