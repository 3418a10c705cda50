// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Lectern {

/// \brief A Markdown note editor: KSyntaxHighlighting's Markdown highlighting while writing,
/// the rendered text on "Preview". textEdited() fires once the typing pauses.
class MarkdownEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QString text() const;
    /// Replaces the text unless it is the same (keeps the cursor when an undo restores it).
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    void setAccessibleName(const QString &name);
    bool isPreviewing() const;
    void setPreviewing(bool preview);
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void textEdited(const QString &text);

private:
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QStackedWidget *m_stack;
    QToolButton *m_previewButton;
    QTimer *m_pause;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_settingText = false;
};

} // namespace Lectern
