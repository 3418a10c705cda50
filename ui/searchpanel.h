// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/textsearch.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Lectern {

class Project;
class SearchResultModel;

/// \brief Find in the whole project (Ctrl+Shift+F): every match in every statement, listed with
/// its statement, line and context; whole-word, case and regular-expression options shared with
/// the find bar. Activating a match shows it in the reader; "Code All Matches" codes every one.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Project *project, QWidget *parent = nullptr);

    QString pattern() const;
    SearchOptions options() const;
    void setPattern(const QString &pattern);
    SearchResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Focuses the pattern, with \a text (a selection in the reader) as the pattern if given.
    void activate(const QString &text = {});
    /// Runs the search now (typing runs it after a short pause).
    void search();

Q_SIGNALS:
    void matchActivated(const QUuid &documentId, qsizetype start, qsizetype end);
    /// The user asked to code every match in the project (the window asks for the code).
    void codeAllRequested();

private:
    void rememberOptions();

    Project *m_project;
    SearchResultModel *m_model;
    QLineEdit *m_pattern;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QCheckBox *m_regex;
    QPushButton *m_codeAll;
    QLabel *m_status;
    QTableView *m_view;
    QTimer *m_delay;
};

} // namespace Lectern
