// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectguard.h"

#include "project/project.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

ProjectGuard::ProjectGuard(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_autosaver(project)
{
}

bool ProjectGuard::lock(const QString &fileName, QString *errorString)
{
    if (m_lock.isLocked() && QFileInfo(m_lock.projectFile()) == QFileInfo(fileName))
        return true;
    if (m_lock.tryLock(fileName))
        return true;
    if (errorString)
        *errorString = m_lock.errorString();
    return false;
}

void ProjectGuard::relockCurrent()
{
    const QString current = m_project->fileName();
    if (current.isEmpty())
        m_lock.unlock();
    else
        (void)m_lock.tryLock(current);
}

void ProjectGuard::offerRecovery(QWidget *parent)
{
    for (const RecoveryFile &file : Autosaver::pendingRecoveries(m_autosaver.recoveryDirectory())) {
        const QString name = file.isUntitled() ? tr("an untitled project") : QFileInfo(file.originalPath).fileName();
        const QString when = QLocale().toString(file.savedAt, QLocale::ShortFormat);
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
            tr("Lectern did not close properly. Unsaved work on %1 was kept at %2.").arg(name, when),
            QMessageBox::NoButton, parent);
        box.setInformativeText(tr("Recover it to go on where you stopped, or discard it for good."));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosaver::discard(file);
        } else if (box.clickedButton() == recover) {
            if (!m_project->documents().isEmpty() || m_project->isModified()) {
                QMessageBox::information(parent, tr("Recover Unsaved Work"),
                    tr("Open the recovered work in a window with no project; it is kept until then."));
                return;
            }
            if (!file.isUntitled()) {
                QString error;
                if (!lock(file.originalPath, &error)) {
                    QMessageBox::warning(parent, tr("Recover Unsaved Work"), error);
                    continue;
                }
            }
            QString error;
            if (!Autosaver::recover(file, *m_project, &error)) {
                QMessageBox::critical(
                    parent, tr("Recover Unsaved Work"), tr("The recovery copy could not be read.\n\n%1").arg(error));
                continue;
            }
            (void)m_autosaver.adopt(file);
            return; // one project per window
        }
    }
}

void ProjectGuard::closeCleanly()
{
    m_autosaver.closeCleanly();
    m_lock.unlock();
}

} // namespace Lectern
