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
#include <QLoggingCategory>
#include <QSaveFile>

#include <new>
#include <stdexcept>

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

} // namespace

bool ProjectFile::write(const Project &project, QIODevice &device, const QString &subject)
{
    m_errorString.clear();
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
        file.cancelWriting();
        return false;
    }
    // Keep the previous version: losing a project is the worst thing that can happen.
    if (QFile::exists(fileName)) {
        const QString backup = fileName + u'~';
        QFile::remove(backup);
        if (!QFile::copy(fileName, backup))
            qCWarning(lcStorage) << "could not keep a backup of" << fileName;
    }
    if (!file.commit()) {
        m_errorString = QCoreApplication::translate("Lectern::ProjectFile", "Lectern could not save %1: %2")
                            .arg(subject, file.errorString());
        return false;
    }
    project.setFileName(QFileInfo(fileName).absoluteFilePath());
    project.markSaved();
    return true;
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
