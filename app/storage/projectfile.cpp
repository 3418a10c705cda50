// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectfile.h"

#include "project/project.h"
#include "storage/envelope.h"
#include "storage/projectarchive.h"

#include <boost/archive/archive_exception.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <new>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <unistd.h>

#include <cstdio>
#endif

Q_LOGGING_CATEGORY(lcStorage, "lectern.storage")

namespace Lectern {

namespace {

QString fileSubject(const QString &fileName)
{
    return QStringLiteral("“%1”").arg(QFileInfo(fileName).fileName());
}

QString deviceSubject()
{
    return QCoreApplication::translate("Lectern::ProjectFile", "The data");
}

QString newerMessage(const QString &subject)
{
    return QStringLiteral("%1 was saved by a newer version of Lectern. Update Lectern to open it.").arg(subject);
}

QString detail(const char *what)
{
    return QString::fromLocal8Bit(what);
}

// The one place where exceptions from Boost and the standard library are caught and turned into
// a message; everything that can throw in this module runs inside it.
template<typename Fn>
QString guarded(const QString &subject, bool reading, Fn &&fn)
{
    const QString damaged = QStringLiteral("%1 is damaged and cannot be read (%2).");
    try {
        fn();
        return {};
    } catch (const ArchiveError &e) {
        if (e.kind() == ArchiveError::Newer)
            return newerMessage(subject);
        return damaged.arg(subject, detail(e.what()));
    } catch (const boost::archive::archive_exception &e) {
        qCWarning(lcStorage) << "archive exception" << e.code << e.what();
        if (reading
            && (e.code == boost::archive::archive_exception::unsupported_version
                || e.code == boost::archive::archive_exception::unsupported_class_version))
            return newerMessage(subject);
        if (reading)
            return damaged.arg(subject, detail(e.what()));
        return QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not write %1 (%2).")
            .arg(subject, detail(e.what()));
    } catch (const std::bad_alloc &) {
        return reading ? QStringLiteral("%1 could not be read: there is not enough memory.").arg(subject)
                       : QStringLiteral("%1 could not be written: there is not enough memory.").arg(subject);
    } catch (const std::length_error &e) {
        return reading ? damaged.arg(subject, detail(e.what()))
                       : QStringLiteral("%1 is too large to save (%2).").arg(subject, detail(e.what()));
    } catch (const std::exception &e) {
        return reading ? damaged.arg(subject, detail(e.what()))
                       : QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not write %1 (%2).")
                             .arg(subject, detail(e.what()));
    } catch (...) {
        return reading
            ? damaged.arg(subject, QCoreApplication::translate("Lectern::ProjectFile", "unknown error"))
            : QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not write %1.").arg(subject);
    }
}

QString envelopeMessage(Envelope::Status status, const QString &subject, const QIODevice &device)
{
    switch (status) {
    case Envelope::Status::Ok:
        return {};
    case Envelope::Status::Empty:
        return QStringLiteral("%1 is empty; it is not a Lectern project.").arg(subject);
    case Envelope::Status::NotLectern:
        return QStringLiteral("%1 is not a Lectern project.").arg(subject);
    case Envelope::Status::NewerVersion:
        return newerMessage(subject);
    case Envelope::Status::Damaged:
        return QStringLiteral("%1 is damaged: its header does not match its contents.").arg(subject);
    case Envelope::Status::Truncated:
        return QStringLiteral("%1 is truncated: it is shorter than it should be, perhaps cut off while it was "
                              "being copied or saved.")
            .arg(subject);
    case Envelope::Status::TooLarge:
        return QStringLiteral("%1 is too large to be a Lectern project.").arg(subject);
    case Envelope::Status::ChecksumMismatch:
        return QStringLiteral("%1 is damaged: its contents do not match their checksum.").arg(subject);
    case Envelope::Status::ReadError:
        return QStringLiteral("%1 could not be read: %2").arg(subject, device.errorString());
    }
    return {};
}

// When a write failed because the disk is full, says so plainly (Qt's message is the system's,
// "No space left on device", or nothing at all for a short write); else an empty string.
QString noSpaceMessage(const QString &fileName, const QString &subject, QFileDevice::FileError error, qint64 needed)
{
    QStorageInfo storage(QFileInfo(fileName).absolutePath());
    storage.refresh();
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (error != QFileDevice::ResourceError && (available < 0 || available >= needed))
        return {};
    const QLocale locale;
    if (available < 0)
        return QStringLiteral("There is not enough space on the disk to save %1. The previous version of the file is "
                              "unchanged; free some space, or save the project somewhere else.")
            .arg(subject);
    return QStringLiteral("There is not enough space on the disk to save %1: it needs %2, and %3 is free. The "
                          "previous version of the file is unchanged; free some space, or save the project "
                          "somewhere else.")
        .arg(subject, locale.formattedDataSize(needed), locale.formattedDataSize(available));
}

} // namespace

bool ProjectFile::write(const Project &project, QIODevice &device, const QString &subject)
{
    m_errorString.clear();
    m_bytesToWrite = 0;
    QByteArray payload;
    m_errorString = guarded(subject, false, [&] {
        payload = ProjectArchive::serialize({project.documents(), project.codes(), project.annotations(),
            project.entityCorrections(), project.memos()});
    });
    if (!m_errorString.isEmpty())
        return false;
    if (quint64(payload.size()) > Envelope::MaxPayloadSize) {
        m_errorString = QCoreApplication::translate(
            "Lectern::ProjectFile", "The project is too large to save (more than 1 GiB).");
        return false;
    }
    m_bytesToWrite = Envelope::HeaderSize + payload.size();
    if (!Envelope::write(device, payload)) {
        m_errorString = QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not write %1: %2")
                            .arg(subject, device.errorString());
        return false;
    }
    return true;
}

bool ProjectFile::read(Project &project, QIODevice &device, const QString &subject)
{
    m_errorString.clear();
    Envelope envelope;
    const Envelope::Status status = envelope.read(device);
    if (status != Envelope::Status::Ok) {
        m_errorString = envelopeMessage(status, subject, device);
        qCInfo(lcStorage) << "refused:" << m_errorString;
        return false;
    }
    ProjectContents contents;
    m_errorString = guarded(subject, true, [&] { contents = ProjectArchive::deserialize(envelope.payload()); });
    if (!m_errorString.isEmpty()) {
        qCInfo(lcStorage) << "refused:" << m_errorString;
        return false;
    }
    project.reset(std::move(contents.documents), std::move(contents.codes), std::move(contents.annotations),
        std::move(contents.corrections), std::move(contents.memos));
    return true;
}

bool ProjectFile::save(const Project &project, QIODevice &device)
{
    return write(project, device, deviceSubject());
}

bool ProjectFile::save(Project &project, const QString &fileName)
{
    const QString subject = fileSubject(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not write %1: %2")
                            .arg(subject, file.errorString());
        return false;
    }
    if (!write(project, file, subject)) {
        const QFileDevice::FileError error = file.error();
        file.cancelWriting();
        // commit() after cancelWriting() discards the temporary file now, so that the free space
        // measured below is the disk's own.
        if (file.commit())
            qCWarning(lcStorage) << "a cancelled save was committed";
        if (m_bytesToWrite > 0) {
            const QString noSpace = noSpaceMessage(fileName, subject, error, m_bytesToWrite);
            if (!noSpace.isEmpty())
                m_errorString = noSpace;
        }
        return false;
    }
    // Keep the previous version: losing a project is the worst thing that can happen.
    if (QFile::exists(fileName))
        keepBackup(fileName);
    if (!file.commit()) {
        const QString noSpace = noSpaceMessage(fileName, subject, file.error(), m_bytesToWrite);
        m_errorString = !noSpace.isEmpty()
            ? noSpace
            : QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not save %1: %2")
                  .arg(subject, file.errorString());
        return false;
    }
    project.setFileName(QFileInfo(fileName).absoluteFilePath());
    project.markSaved();
    return true;
}

void ProjectFile::keepBackup(const QString &fileName)
{
    const QString backup = fileName + u'~';
#ifdef Q_OS_UNIX
    // A hard link costs no space and no time, so the backup is kept even on a disk too full for a
    // copy, and the previous backup is replaced (atomically, by rename) only once the new one exists.
    const QString link = backup + QStringLiteral(".new");
    const QByteArray from = QFile::encodeName(fileName);
    const QByteArray linkName = QFile::encodeName(link);
    const QByteArray to = QFile::encodeName(backup);
    ::unlink(linkName.constData()); // left over by a save that was killed
    int error = 0;
    if (::link(from.constData(), linkName.constData()) == 0) {
        if (std::rename(linkName.constData(), to.constData()) == 0)
            return;
        error = errno;
        ::unlink(linkName.constData());
    } else {
        error = errno;
    }
    qCInfo(lcStorage) << "no hard link for the backup of" << fileName << qt_error_string(error) << "- copying";
    // A file system without hard links: copy to the side first, so that a failed copy (a full
    // disk) leaves the previous backup in place.
    QFile::remove(link);
    if (QFile::copy(fileName, link) && std::rename(linkName.constData(), to.constData()) == 0)
        return;
    QFile::remove(link);
#else
    QFile::remove(backup);
    if (QFile::copy(fileName, backup))
        return;
#endif
    qCWarning(lcStorage) << "could not keep a backup of" << fileName;
}

bool ProjectFile::load(Project &project, QIODevice &device)
{
    return read(project, device, deviceSubject());
}

bool ProjectFile::load(Project &project, const QString &fileName)
{
    const QString subject = fileSubject(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not open %1: %2")
                            .arg(subject, file.errorString());
        return false;
    }
    if (!read(project, file, subject))
        return false;
    project.setFileName(QFileInfo(fileName).absoluteFilePath());
    return true;
}

} // namespace Lectern
