// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Lectern {

class AnnotationsPanel;
class Project;

/// \brief The filters above the annotations list: words (in the passage, the note or the
/// codes), a code (with the codes under it, or "without a code"), and this statement or all.
/// The scope is remembered; the words and the code are not, so that nothing stays hidden by
/// a filter forgotten in an earlier session.
class AnnotationFilterBar : public QWidget
{
    Q_OBJECT
public:
    AnnotationFilterBar(Project *project, AnnotationsPanel *panel, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *codeBox() const { return m_code; }
    QComboBox *scopeBox() const { return m_scope; }
    /// Selects the code filter (a null id: every code).
    void setCode(const QUuid &codeId);

private:
    void refreshCodes();
    void applyCode();

    Project *m_project;
    AnnotationsPanel *m_panel;
    QLineEdit *m_text;
    QComboBox *m_code;
    QComboBox *m_scope;
};

} // namespace Lectern
