// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "documentview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace Lectern {

FindBar::FindBar(DocumentView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_pattern(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_pattern->setPlaceholderText(tr("Find in the statement"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Find"));
    m_scope->addItem(tr("This statement"));
    m_scope->addItem(tr("All statements"));
    m_scope->setAccessibleName(tr("Where to code the matches"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *codeAll = new QToolButton(this);
    codeAll->setText(tr("Code &All Matches\u2026"));
    codeAll->setAccessibleName(tr("Code all matches"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));

    QSettings settings;
    m_case->setChecked(settings.value(QStringLiteral("find/caseSensitive"), false).toBool());
    m_words->setChecked(settings.value(QStringLiteral("find/wholeWords"), false).toBool());
    m_regex->setChecked(settings.value(QStringLiteral("find/regularExpression"), false).toBool());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_pattern, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_case);
    layout->addWidget(m_words);
    layout->addWidget(m_regex);
    layout->addWidget(m_status);
    layout->addWidget(codeAll);
    layout->addWidget(m_scope);
    layout->addWidget(close);

    connect(m_pattern, &QLineEdit::textChanged, this, &FindBar::update);
    connect(m_pattern, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    for (QCheckBox *box : {m_case, m_words, m_regex}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            QSettings stored;
            stored.setValue(QStringLiteral("find/caseSensitive"), m_case->isChecked());
            stored.setValue(QStringLiteral("find/wholeWords"), m_words->isChecked());
            stored.setValue(QStringLiteral("find/regularExpression"), m_regex->isChecked());
            update();
        });
    }
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(codeAll, &QToolButton::clicked, this, &FindBar::codeAllRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
}

QString FindBar::pattern() const
{
    return m_pattern->text();
}

SearchOptions FindBar::options() const
{
    return {m_case->isChecked(), m_words->isChecked(), m_regex->isChecked()};
}

bool FindBar::allStatements() const
{
    return m_scope->currentIndex() == 1;
}

void FindBar::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_pattern->setText(selected);
    show();
    m_pattern->setFocus();
    m_pattern->selectAll();
    update();
}

QList<TextRange> FindBar::matches() const
{
    return findMatches(m_view->toPlainText(), pattern(), options());
}

bool FindBar::findNext(bool backwards)
{
    const QList<TextRange> found = matches();
    if (found.isEmpty()) {
        update();
        return false;
    }
    const TextRange current = m_view->selectedRange();
    const qsizetype cursor
        = current.length() > 0 ? (backwards ? current.start : current.end) : m_view->textCursor().position();
    TextRange target = backwards ? found.constLast() : found.constFirst(); // wrap around
    if (backwards) {
        for (auto it = found.crbegin(); it != found.crend(); ++it) {
            if (it->end <= cursor && it->start < cursor) {
                target = *it;
                break;
            }
        }
    } else {
        for (const TextRange &range : found) {
            if (range.start >= cursor) {
                target = range;
                break;
            }
        }
    }
    m_view->revealRange(target.start, target.end);
    const qsizetype index = found.indexOf(target);
    m_status->setText(tr("%1 of %2").arg(index + 1).arg(found.size()));
    return true;
}

void FindBar::update()
{
    QString error;
    const QList<TextRange> found = findMatches(m_view->toPlainText(), pattern(), options(), &error);
    QPalette palette = m_pattern->palette();
    palette.setColor(QPalette::Text, error.isEmpty() ? this->palette().color(QPalette::Text) : QColor(200, 40, 40));
    m_pattern->setPalette(palette);
    if (!error.isEmpty())
        m_status->setText(error);
    else if (pattern().isEmpty())
        m_status->clear();
    else
        m_status->setText(found.isEmpty() ? tr("No match") : tr("%n match(es)", nullptr, int(found.size())));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        findNext(event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Lectern
