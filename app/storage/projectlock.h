// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

class QLockFile;

namespace Lectern {

/// \brief Marks a project file as open in this Lectern, so that two Lecterns never edit (and
/// save over) the same project.
///
/// The lock is a QLockFile named ".<file name>.lock" next to the project file, hidden so that it
/// does not clutter the folder ("/home/a/x.lectern" is locked by "/home/a/.x.lectern.lock").
/// Symbolic links are resolved first, so every path to one file shares one lock. The lock file
/// holds the holder's process id, host name and program name; errorString() reports them.
///
/// A lock left behind by a Lectern that crashed is taken over by tryLock() when its process is
/// provably gone (same host, no such process, or the machine rebooted since). A lock's age alone
/// never makes it stale: a project may stay open for days. A lock that cannot be proven stale,
/// such as one from another host on a shared folder, is removed only by removeStaleLock(), which
/// the UI calls when the user confirms.
class ProjectLock
{
public:
    enum class Error
    {
        NoError,
        HeldElsewhere, ///< another Lectern (or this one) holds it; see holder()
        NoPermission, ///< the lock file could not be created: a read-only folder, say
        UnknownError,
    };

    /// Who holds a lock, as recorded in its lock file.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName; ///< empty when the lock file does not say
        QString application; ///< the holder's executable name, "lectern" for Lectern
    };

    ProjectLock();
    ~ProjectLock(); ///< releases the lock
    Q_DISABLE_COPY_MOVE(ProjectLock)

    /// Locks projectFile (which need not exist yet) without waiting. Locking the file already
    /// held returns true. Locking another file releases the one held, but only once the new
    /// lock is taken: on failure the old lock is kept.
    [[nodiscard]] bool tryLock(const QString &projectFile);
    /// Releases the lock (removes the lock file); does nothing when nothing is locked.
    void unlock();

    bool isLocked() const;
    /// The project file locked, as given to tryLock(); empty when none is.
    QString projectFile() const { return m_projectFile; }

    /// Why the last tryLock() failed, and who held the lock then (HeldElsewhere only).
    Error error() const { return m_error; }
    std::optional<Holder> holder() const { return m_holder; }
    /// Plain English, naming the holder, e.g. "“x.lectern” is open in another Lectern
    /// (process 1234 on host)."; empty after a success.
    QString errorString() const { return m_errorString; }

    /// The lock file guarding projectFile.
    static QString lockFileName(const QString &projectFile);
    /// Removes another holder's lock on projectFile, when the user says its Lectern is gone.
    /// Fails while a live process on this host holds it (its lock file is flock()ed).
    [[nodiscard]] static bool removeStaleLock(const QString &projectFile);

private:
    void fail(Error error, const QString &projectFile);

    std::unique_ptr<QLockFile> m_lock;
    QString m_projectFile;
    Error m_error = Error::NoError;
    std::optional<Holder> m_holder;
    QString m_errorString;
};

} // namespace Lectern
