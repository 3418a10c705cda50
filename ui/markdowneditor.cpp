// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "analysis/statementsyntax.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_stack(new QStackedWidget(this))
    , m_previewButton(new QToolButton(this))
    , m_pause(new QTimer(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    KSyntaxHighlighting::Repository &repository = StatementSyntax::repository();
    m_highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));

    m_editor->setAccessibleName(tr("Memo (Markdown)"));
    m_editor->setTabChangesFocus(true);
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("Memo, rendered"));
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);

    m_previewButton->setText(tr("&Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("Show the memo rendered, or edit its Markdown"));
    connect(m_previewButton, &QToolButton::toggled, this, &MarkdownEditor::setPreviewing);

    m_pause->setSingleShot(true);
    m_pause->setInterval(500);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_pause->start();
    });
    connect(m_pause, &QTimer::timeout, this, [this] { Q_EMIT textEdited(text()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_previewButton);
    layout->addLayout(bar);
}

QString MarkdownEditor::text() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    m_pause->stop();
    m_settingText = true;
    const int position = m_editor->textCursor().position();
    m_editor->setPlainText(text);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min<int>(position, int(text.size())));
    m_editor->setTextCursor(cursor);
    m_settingText = false;
    if (isPreviewing())
        m_preview->setMarkdown(text);
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_editor->setPlaceholderText(text);
    m_preview->setPlaceholderText(text);
}

void MarkdownEditor::setAccessibleName(const QString &name)
{
    m_editor->setAccessibleName(name);
    m_preview->setAccessibleName(name);
}

bool MarkdownEditor::isPreviewing() const
{
    return m_stack->currentWidget() == m_preview;
}

void MarkdownEditor::setPreviewing(bool preview)
{
    if (m_pause->isActive()) { // do not lose what was typed just before
        m_pause->stop();
        Q_EMIT textEdited(text());
    }
    if (preview)
        m_preview->setMarkdown(text());
    m_stack->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_editor);
    const QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(preview);
}

} // namespace Lectern
