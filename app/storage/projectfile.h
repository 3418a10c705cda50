// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Lectern {

class Project;

/// \brief Reads and writes .lectern project files; failures come back as false plus a plain
/// English errorString() (the UI translates or wraps it), never as an exception.
class ProjectFile
{
public:
    static constexpr QLatin1StringView Suffix{"lectern"};

    /// Writes atomically through QSaveFile (a failed save leaves the previous file intact), keeps
    /// the previous file as "<fileName>~", then sets the project's file name and marks it saved.
    /// A disk too full for the file is reported as such, with the space needed and free.
    [[nodiscard]] bool save(Project &project, const QString &fileName);
    /// Writes to an open device; does not touch the project's file name or saved state.
    [[nodiscard]] bool save(const Project &project, QIODevice &device);

    /// Replaces the project's contents (Project::reset) and sets its file name. On failure the
    /// project is left exactly as it was.
    [[nodiscard]] bool load(Project &project, const QString &fileName);
    /// Reads from an open device; on success replaces the contents but not the file name.
    [[nodiscard]] bool load(Project &project, QIODevice &device);

    QString errorString() const { return m_errorString; }

private:
    bool write(const Project &project, QIODevice &device, const QString &subject);
    bool read(Project &project, QIODevice &device, const QString &subject);
    void keepBackup(const QString &fileName);

    QString m_errorString;
    qint64 m_bytesToWrite = 0; ///< the size of the file write() was writing, 0 if it got no further
};

} // namespace Lectern
