// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <memory>

class QLockFile;

namespace Lectern {

class Project;

/// A recovery file left by a Lectern that did not close its project cleanly.
struct RecoveryFile
{
    QString originalPath; ///< the project file it is a newer copy of; empty for an untitled project
    QString recoveryPath; ///< the copy itself, a .lectern file in the recovery folder
    QDateTime savedAt; ///< when the copy was last written

    bool isUntitled() const { return originalPath.isEmpty(); }
};

/// \brief Keeps a recovery copy of a modified project, so that a crash loses at most a few minutes.
///
/// While the project is modified, the copy is written through ProjectFile every interval()
/// (a timer starts at the first change after a write) to "<recoveryDirectory()>/<name>.lectern",
/// where <name> is a hash of the project's path, or "untitled-<uuid>" for an untitled project.
/// A "<name>.json" beside it records the project's path, and "<name>.lock", held while this
/// Autosaver lives, tells pendingRecoveries() that the copy is not a crash's leftover.
///
/// The copy is removed as soon as the project is clean again (saved, or undone back to its saved
/// state) and by closeCleanly(). Destroying an Autosaver without closeCleanly() keeps the copy of
/// a modified project, as a crash would: forgetting to call it must not lose work. The project's
/// own file is never written, nor its file name or saved state changed.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultInterval = std::chrono::minutes(2);

    explicit Autosaver(Project *project, QObject *parent = nullptr);
    ~Autosaver() override;

    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void setInterval(std::chrono::milliseconds interval);

    /// defaultRecoveryDirectory() unless set. Setting it moves nothing already written: the next
    /// write goes to the new folder and removes the old copy.
    QString recoveryDirectory() const { return m_directory; }
    void setRecoveryDirectory(const QString &directory);
    /// The copy written last, empty when there is none.
    QString recoveryFilePath() const { return m_dataPath; }

    /// Writes the copy now when the project is modified; when it is clean, removes the copy
    /// instead. False, with errorString(), when the copy could not be written.
    [[nodiscard]] bool saveNow();
    QString errorString() const { return m_errorString; }

    /// Takes over a recovered copy (see recover()): later writes replace it, and saving or a
    /// clean close removes it. False when another live Lectern still holds it.
    [[nodiscard]] bool adopt(const RecoveryFile &file);
    /// The project was saved or closed without a crash (its changes deliberately discarded, say):
    /// removes the copy and stops watching the project.
    void closeCleanly();

    /// "<AppDataLocation>/recovery".
    static QString defaultRecoveryDirectory();
    /// The copies in directory that no live Lectern holds, newest first.
    static QList<RecoveryFile> pendingRecoveries(const QString &directory = defaultRecoveryDirectory());
    /// Loads a copy into project, with the original file name, marked modified (its changes are
    /// not in the original file). The copy itself stays until the project is saved: adopt() it.
    /// On failure the project is left as it was and errorString, when given, says why.
    [[nodiscard]] static bool recover(const RecoveryFile &file, Project &project, QString *errorString = nullptr);
    /// Removes a copy (and its .json and stale .lock). False while a live Lectern holds it.
    static bool discard(const RecoveryFile &file);

Q_SIGNALS:
    void recoverySaved(const QString &recoveryPath);
    void recoveryFailed(const QString &errorString);

private:
    void projectChanged();
    void modifiedChanged(bool modified);
    void timeout();
    void removeRecovery();
    QString preferredBaseName() const;
    bool takeLock(const QString &baseName, std::unique_ptr<QLockFile> &lock) const;
    bool writeInfo(const QString &infoPath);
    bool fail(const QString &message);

    QPointer<Project> m_project;
    QTimer m_timer;
    QString m_directory;
    QUuid m_untitledId = QUuid::createUuid();
    bool m_dirty = false; ///< changed since the copy was written
    // The copy written last, and the lock that marks it live.
    QString m_dataPath;
    QString m_infoPath;
    QString m_writtenFor; ///< the project path that m_infoPath records
    std::unique_ptr<QLockFile> m_lock;
    QString m_errorString;
};

} // namespace Lectern
