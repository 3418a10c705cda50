// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/autosave.h"
#include "storage/projectlock.h"

#include <QObject>

class QWidget;

namespace Lectern {

class Project;

/// \brief Keeps the window's project safe: one lock per project file, so a second Lectern
/// cannot edit the same file, and an autosaved recovery copy that the next start offers back
/// after a crash.
class ProjectGuard : public QObject
{
    Q_OBJECT

public:
    explicit ProjectGuard(Project *project, QObject *parent = nullptr);

    /// Locks \a fileName for this window before it is opened or saved to; the file already
    /// locked stays locked until then. On failure \a errorString says who holds it.
    [[nodiscard]] bool lock(const QString &fileName, QString *errorString);
    /// Back to the lock of the file the project is saved in (after a failed open).
    void relockCurrent();

    /// Asks, for each recovery copy a crash left behind, whether to recover it into this
    /// window's project (only when the project is empty and unmodified) or to discard it.
    void offerRecovery(QWidget *parent);

    /// The window is closing with its work saved or deliberately discarded.
    void closeCleanly();

    Autosaver *autosaver() { return &m_autosaver; }

private:
    Project *m_project;
    ProjectLock m_lock;
    Autosaver m_autosaver;
};

} // namespace Lectern
