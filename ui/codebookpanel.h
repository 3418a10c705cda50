// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QTreeView;

namespace Lectern {

class CodeModel;
class Project;

/// \brief The codebook: the project's code tree with colours and counts. Create codes and
/// subcodes, rename, recolour, describe, move (drag and drop), merge and delete them (saying how
/// many annotations a deletion or merge touches); the first nine codes, depth first, are applied
/// to the selection with Ctrl+1 ... Ctrl+9.
class CodebookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodebookPanel(Project *project, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QUuid currentCode() const;

Q_SIGNALS:
    /// The user asked to apply a code to the selected passage (double-click).
    void applyRequested(const QUuid &codeId);

private:
    void newCode();
    void newSubcode();
    void mergeInto();
    void moveToTopLevel();
    void rename();
    void recolour();
    void describe();
    void remove();

    Project *m_project;
    CodeModel *m_model;
    QTreeView *m_view;
};

} // namespace Lectern
