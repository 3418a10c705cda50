// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterbar.h"

#include "annotationspanel.h"

#include "project/annotationfiltermodel.h"
#include "project/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QVBoxLayout>

namespace Lectern {

namespace {
// The code combo's first two entries; codes follow.
constexpr int AllCodes = 0;
constexpr int Uncoded = 1;
} // namespace

AnnotationFilterBar::AnnotationFilterBar(Project *project, AnnotationsPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_panel(panel)
    , m_text(new QLineEdit(this))
    , m_code(new QComboBox(this))
    , m_scope(new QComboBox(this))
{
    m_text->setPlaceholderText(tr("Filter passages, notes, codes\u2026"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter annotations by text"));
    m_code->setAccessibleName(tr("Filter annotations by code"));
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(10);
    m_scope->addItem(tr("This statement"));
    m_scope->addItem(tr("All statements"));
    m_scope->setAccessibleName(tr("Show the annotations of"));

    refreshCodes();
    const bool all = QSettings().value(QStringLiteral("annotations/allStatements"), false).toBool();
    m_scope->setCurrentIndex(all ? 1 : 0);
    m_panel->setAllStatements(all);

    connect(m_text, &QLineEdit::textChanged, m_panel->filterModel(), &AnnotationFilterModel::setTextFilter);
    connect(m_code, &QComboBox::activated, this, &AnnotationFilterBar::applyCode);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("annotations/allStatements"), index == 1);
        m_panel->setAllStatements(index == 1);
    });
    connect(m_project, &Project::codesChanged, this, &AnnotationFilterBar::refreshCodes);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_code, 1);
    row->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addLayout(row);
}

void AnnotationFilterBar::setCode(const QUuid &codeId)
{
    const int index = codeId.isNull() ? AllCodes : m_code->findData(codeId);
    if (index < 0)
        return;
    m_code->setCurrentIndex(index);
    applyCode();
}

void AnnotationFilterBar::refreshCodes()
{
    const QUuid current = m_code->currentData().toUuid();
    const bool uncoded = m_code->currentIndex() == Uncoded;
    m_code->clear();
    m_code->addItem(tr("All codes"));
    m_code->addItem(tr("Without a code"));
    for (const QUuid &id : m_project->codesDepthFirst()) {
        const Code *code = m_project->code(id);
        int depth = 0;
        for (const Code *c = code; c && !c->parentId.isNull(); c = m_project->code(c->parentId))
            ++depth;
        QPixmap swatch(12, 12);
        swatch.fill(code->color.isValid() ? code->color : QColor(255, 220, 0));
        m_code->addItem(QIcon(swatch), QString(depth * 3, u' ') + code->name, id);
    }
    // Keep the filter when its code is still there; else show everything again.
    const int index = uncoded ? Uncoded : (current.isNull() ? AllCodes : m_code->findData(current));
    m_code->setCurrentIndex(index < 0 ? AllCodes : index);
    applyCode();
}

void AnnotationFilterBar::applyCode()
{
    AnnotationFilterModel *filter = m_panel->filterModel();
    if (m_code->currentIndex() == Uncoded)
        filter->setUncodedOnly(true);
    else
        filter->setCodeFilter(m_code->currentData().toUuid());
}

} // namespace Lectern
