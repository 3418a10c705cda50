// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QListView;

namespace Lectern {

class CodeModel;
class Project;

/// \brief The codebook: the project's codes with their colours and counts. Create, rename,
/// recolour, describe and delete codes (saying how many annotations a deletion touches); the
/// first nine codes are applied to the selection with Ctrl+1 ... Ctrl+9.
class CodebookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodebookPanel(Project *project, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QUuid currentCode() const;

Q_SIGNALS:
    /// The user asked to apply a code to the selected passage (double-click).
    void applyRequested(const QUuid &codeId);

private:
    void newCode();
    void rename();
    void recolour();
    void describe();
    void remove();

    Project *m_project;
    CodeModel *m_model;
    QListView *m_view;
};

} // namespace Lectern
