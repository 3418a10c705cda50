// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Lectern {

namespace {

std::unique_ptr<QLockFile> makeLock(const QString &lockFile)
{
    auto lock = std::make_unique<QLockFile>(lockFile);
    // Never stale by age (QLockFile's default is 30 s, after which a second Lectern would take
    // over the lock of a project that is still open): only a dead holder makes a lock stale.
    lock->setStaleLockTime(0);
    return lock;
}

QString fileSubject(const QString &fileName)
{
    return QStringLiteral("“%1”").arg(QFileInfo(fileName).fileName());
}

bool isLectern(const QString &application)
{
    const QString ours = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    return application.isEmpty() || application == ours
        || application.compare(QLatin1StringView("lectern"), Qt::CaseInsensitive) == 0;
}

QString where(const ProjectLock::Holder &holder)
{
    return holder.hostName.isEmpty()
        ? QCoreApplication::translate("Lectern::ProjectLock", "process %1").arg(holder.pid)
        : QCoreApplication::translate("Lectern::ProjectLock", "process %1 on %2").arg(holder.pid).arg(holder.hostName);
}

} // namespace

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock() = default; // QLockFile's destructor unlocks

QString ProjectLock::lockFileName(const QString &projectFile)
{
    const QFileInfo given(projectFile);
    const QString canonical = given.canonicalFilePath(); // empty when the file does not exist yet
    const QFileInfo file(canonical.isEmpty() ? given.absoluteFilePath() : canonical);
    return QDir(file.absolutePath()).filePath(QLatin1Char('.') + file.fileName() + QLatin1StringView(".lock"));
}

bool ProjectLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

bool ProjectLock::tryLock(const QString &projectFile)
{
    const QString lockFile = lockFileName(projectFile);
    m_error = Error::NoError;
    m_holder.reset();
    m_errorString.clear();
    if (isLocked() && m_lock->fileName() == lockFile)
        return true;

    std::unique_ptr<QLockFile> lock = makeLock(lockFile);
    // Two attempts: the holder may let go between our failed tryLock() and getLockInfo().
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (lock->tryLock()) { // also removes a lock whose holder is provably dead
            m_lock = std::move(lock); // releases the previous lock, if any
            m_projectFile = projectFile;
            return true;
        }
        if (lock->error() != QLockFile::LockFailedError)
            break;
        Holder holder;
        if (lock->getLockInfo(&holder.pid, &holder.hostName, &holder.application)) {
            m_holder = holder;
            break;
        }
    }
    switch (lock->error()) {
    case QLockFile::NoError:
    case QLockFile::LockFailedError:
        fail(Error::HeldElsewhere, projectFile);
        break;
    case QLockFile::PermissionError:
        fail(Error::NoPermission, projectFile);
        break;
    case QLockFile::UnknownError:
        fail(Error::UnknownError, projectFile);
        break;
    }
    return false;
}

void ProjectLock::fail(Error error, const QString &projectFile)
{
    m_error = error;
    const QString subject = fileSubject(projectFile);
    switch (error) {
    case Error::NoError:
        m_errorString.clear();
        break;
    case Error::HeldElsewhere:
        if (!m_holder)
            m_errorString = QStringLiteral("%1 is open in another Lectern.").arg(subject);
        else if (m_holder->pid == QCoreApplication::applicationPid() && isLectern(m_holder->application))
            m_errorString = QStringLiteral("%1 is already open in this Lectern (%2).").arg(subject, where(*m_holder));
        else if (isLectern(m_holder->application))
            m_errorString = QStringLiteral("%1 is open in another Lectern (%2).").arg(subject, where(*m_holder));
        else
            m_errorString = QStringLiteral("%1 is open in another program (%2, %3).")
                                .arg(subject, m_holder->application, where(*m_holder));
        break;
    case Error::NoPermission:
        m_errorString = QCoreApplication::translate(
            "Lectern::ProjectLock", "Lectern could not lock %1: it may not create the file “%2” in its folder.")
                            .arg(subject, QFileInfo(lockFileName(projectFile)).fileName());
        break;
    case Error::UnknownError:
        m_errorString = QCoreApplication::translate("Lectern::ProjectLock", "Lectern could not lock %1.").arg(subject);
        break;
    }
    qCInfo(lcStorage) << "lock refused:" << m_errorString;
}

void ProjectLock::unlock()
{
    m_lock.reset();
    m_projectFile.clear();
}

bool ProjectLock::removeStaleLock(const QString &projectFile)
{
    std::unique_ptr<QLockFile> lock = makeLock(lockFileName(projectFile));
    return lock->removeStaleLockFile();
}

} // namespace Lectern
