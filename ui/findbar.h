// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/textsearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Lectern {

class DocumentView;

/// \brief Find in the statement (Ctrl+F): whole words, case and regular expression options,
/// next and previous match, a count, and "Code All Matches" for this statement or the project.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(DocumentView *view, QWidget *parent = nullptr);

    QString pattern() const;
    SearchOptions options() const;
    /// Whether "Code All Matches" covers every statement of the project.
    bool allStatements() const;
    void setPattern(const QString &pattern);

    /// Shows the bar with the selection (if any) as the pattern, and focuses it.
    void activate();
    /// Moves to the next (or previous) match, wrapping around; false when there is none.
    bool findNext(bool backwards = false);
    /// The matches in the shown statement, for the current pattern and options.
    QList<TextRange> matches() const;

Q_SIGNALS:
    /// The user asked to code every match (the window asks for the code and does it).
    void codeAllRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void update();

    DocumentView *m_view;
    QLineEdit *m_pattern;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QCheckBox *m_regex;
    QComboBox *m_scope;
    QLabel *m_status;
};

} // namespace Lectern
