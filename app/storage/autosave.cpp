// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/autosave.h"

#include "project/project.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Lectern {

namespace {

const QLatin1StringView DataSuffix(".lectern");
const QLatin1StringView InfoSuffix(".json");
const QLatin1StringView LockSuffix(".lock");
const QLatin1StringView OriginalPathKey("originalPath");

// The name of a copy without its suffix: "<dir>/abc.lectern" -> "<dir>/abc".
QString stem(const QString &dataPath)
{
    return dataPath.endsWith(DataSuffix) ? dataPath.chopped(DataSuffix.size()) : dataPath;
}

std::unique_ptr<QLockFile> makeLock(const QString &stemPath)
{
    auto lock = std::make_unique<QLockFile>(stemPath + LockSuffix);
    lock->setStaleLockTime(0); // a project may stay modified for hours: only a dead holder is stale
    return lock;
}

// True when a live Lectern (this one included) holds the copy at stemPath.
bool isHeld(const QString &stemPath)
{
    const std::unique_ptr<QLockFile> lock = makeLock(stemPath);
    return !lock->tryLock() && lock->error() == QLockFile::LockFailedError; // unlocked on return
}

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

QString readOriginalPath(const QString &infoPath)
{
    QFile file(infoPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(OriginalPathKey).toString();
}

QString subjectOf(const QString &originalPath)
{
    return originalPath.isEmpty() ? QCoreApplication::translate("Lectern::Autosaver", "an untitled project")
                                  : QStringLiteral("“%1”").arg(QFileInfo(originalPath).fileName());
}

} // namespace

Autosaver::Autosaver(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_directory(defaultRecoveryDirectory())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::timeout);
    if (!project)
        return;
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::projectChanged);
    connect(project, &Project::fileNameChanged, this, &Autosaver::projectChanged);
    connect(project, &Project::modifiedChanged, this, &Autosaver::modifiedChanged);
    connect(project, &QObject::destroyed, &m_timer, &QTimer::stop);
    if (project->isModified())
        projectChanged();
}

// The copy of a modified project stays (only its lock goes): this is how a crash looks.
Autosaver::~Autosaver() = default;

void Autosaver::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void Autosaver::setRecoveryDirectory(const QString &directory)
{
    m_directory = directory;
}

QString Autosaver::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1StringView("/recovery");
}

void Autosaver::projectChanged()
{
    m_dirty = true;
    if (m_project && m_project->isModified() && !m_timer.isActive())
        m_timer.start();
}

void Autosaver::modifiedChanged(bool modified)
{
    if (modified) {
        projectChanged();
        return;
    }
    // Clean again: the project file holds everything, so the copy has nothing to recover.
    m_timer.stop();
    m_dirty = false;
    removeRecovery();
}

void Autosaver::timeout()
{
    if (m_dirty && !saveNow())
        m_timer.start(); // try again later; recoveryFailed() has told the UI
}

QString Autosaver::preferredBaseName() const
{
    const QString fileName = m_project->fileName();
    if (fileName.isEmpty())
        return QLatin1StringView("untitled-") + m_untitledId.toString(QUuid::WithoutBraces);
    const QByteArray path = QDir::cleanPath(QFileInfo(fileName).absoluteFilePath()).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(32));
}

bool Autosaver::fail(const QString &message)
{
    m_errorString = message;
    qCWarning(lcStorage) << "autosave failed:" << message;
    Q_EMIT recoveryFailed(message);
    return false;
}

bool Autosaver::saveNow()
{
    m_errorString.clear();
    if (!m_project)
        return true;
    if (!m_project->isModified()) {
        removeRecovery();
        m_dirty = false;
        return true;
    }
    const QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(
            QCoreApplication::translate("Lectern::Autosaver", "Lectern could not create the recovery folder “%1”.")
                .arg(m_directory));

    // The copy goes where its lock can be taken: "<hash>", or when another Lectern autosaves
    // the same project (it was opened twice despite the project lock), "<hash>-<uuid>".
    const QString preferred = dir.filePath(preferredBaseName());
    const QString alternative = preferred + u'-' + m_untitledId.toString(QUuid::WithoutBraces);
    const QString current = m_lock ? stem(m_dataPath) : QString();
    QString target;
    std::unique_ptr<QLockFile> newLock;
    for (const QString &candidate : {preferred, alternative}) {
        if (candidate == current) {
            target = candidate;
            break;
        }
        std::unique_ptr<QLockFile> lock = makeLock(candidate);
        if (lock->tryLock()) {
            target = candidate;
            newLock = std::move(lock);
            break;
        }
    }
    if (target.isEmpty())
        return fail(
            QCoreApplication::translate("Lectern::Autosaver", "Lectern could not lock its recovery copy in “%1”.")
                .arg(m_directory));

    const QString dataPath = target + DataSuffix;
    const QString infoPath = target + InfoSuffix;
    const QString projectPath = m_project->fileName();
    if (sameFile(dataPath, projectPath) || sameFile(infoPath, projectPath))
        return fail(QCoreApplication::translate(
            "Lectern::Autosaver", "Lectern refused to write its recovery copy over the project file itself."));

    QSaveFile file(dataPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Lectern::Autosaver", "Lectern could not write its recovery copy: %1")
                        .arg(file.errorString()));
    ProjectFile writer;
    if (!writer.save(*m_project, file)) {
        file.cancelWriting();
        return fail(writer.errorString());
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("Lectern::Autosaver", "Lectern could not write its recovery copy: %1")
                        .arg(file.errorString()));

    if (newLock) { // moved: the previous copy, under another name, is superseded
        removeRecovery();
        m_lock = std::move(newLock);
        m_dataPath = dataPath;
        m_infoPath = infoPath;
    }
    if ((m_writtenFor != projectPath || !QFile::exists(infoPath)) && !writeInfo(infoPath))
        return false;
    m_dirty = false;
    qCDebug(lcStorage) << "recovery copy written:" << dataPath;
    Q_EMIT recoverySaved(dataPath);
    return true;
}

bool Autosaver::writeInfo(const QString &infoPath)
{
    QJsonObject info;
    info.insert(OriginalPathKey, m_project->fileName());
    QSaveFile file(infoPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(info).toJson()) < 0 || !file.commit())
        return fail(QCoreApplication::translate("Lectern::Autosaver", "Lectern could not write its recovery copy: %1")
                        .arg(file.errorString()));
    m_writtenFor = m_project->fileName();
    return true;
}

void Autosaver::removeRecovery()
{
    if (m_dataPath.isEmpty())
        return;
    if (!QFile::remove(m_dataPath) && QFile::exists(m_dataPath))
        qCWarning(lcStorage) << "could not remove the recovery copy" << m_dataPath;
    QFile::remove(m_infoPath);
    m_lock.reset(); // last: until the copy is gone, no one may take it for a crash's leftover
    m_dataPath.clear();
    m_infoPath.clear();
    m_writtenFor.clear();
}

bool Autosaver::adopt(const RecoveryFile &file)
{
    const QString target = stem(QFileInfo(file.recoveryPath).absoluteFilePath());
    if (m_lock && stem(m_dataPath) == target)
        return true;
    std::unique_ptr<QLockFile> lock = makeLock(target);
    if (!lock->tryLock())
        return false;
    removeRecovery();
    m_lock = std::move(lock);
    m_dataPath = target + DataSuffix;
    m_infoPath = target + InfoSuffix;
    m_writtenFor = file.originalPath;
    return true;
}

void Autosaver::closeCleanly()
{
    m_timer.stop();
    m_dirty = false;
    removeRecovery();
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
        disconnect(m_project, nullptr, &m_timer, nullptr);
        disconnect(m_project->undoStack(), nullptr, this, nullptr);
    }
    m_project = nullptr;
}

QList<RecoveryFile> Autosaver::pendingRecoveries(const QString &directory)
{
    QList<RecoveryFile> result;
    const QDir dir(directory);
    const QFileInfoList copies
        = dir.entryInfoList({QLatin1Char('*') + DataSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &copy : copies) {
        const QString target = stem(copy.absoluteFilePath());
        if (isHeld(target)) // a Lectern that is still running autosaves it
            continue;
        result.append({readOriginalPath(target + InfoSuffix), copy.absoluteFilePath(), copy.lastModified()});
    }
    std::stable_sort(result.begin(), result.end(),
        [](const RecoveryFile &a, const RecoveryFile &b) { return a.savedAt > b.savedAt; });
    return result;
}

bool Autosaver::recover(const RecoveryFile &file, Project &project, QString *errorString)
{
    const QString subject = subjectOf(file.originalPath);
    QFile copy(file.recoveryPath);
    ProjectFile reader;
    QString message;
    if (!copy.open(QIODevice::ReadOnly))
        message = QCoreApplication::translate("Lectern::Autosaver", "The recovered copy of %1 could not be opened: %2")
                      .arg(subject, copy.errorString());
    else if (!reader.load(project, copy))
        message = QCoreApplication::translate("Lectern::Autosaver", "The recovered copy of %1 could not be read: %2")
                      .arg(subject, reader.errorString());
    if (!message.isEmpty()) {
        if (errorString)
            *errorString = message;
        return false;
    }
    project.setFileName(file.originalPath);
    // Its changes are in no project file yet: leave the clean state so that closing asks to save.
    project.undoStack()->resetClean();
    if (errorString)
        errorString->clear();
    return true;
}

bool Autosaver::discard(const RecoveryFile &file)
{
    const QString target = stem(QFileInfo(file.recoveryPath).absoluteFilePath());
    const std::unique_ptr<QLockFile> lock = makeLock(target);
    if (!lock->tryLock() && lock->error() == QLockFile::LockFailedError)
        return false; // a live Lectern still autosaves it
    QFile::remove(target + InfoSuffix);
    return QFile::remove(target + DataSuffix) || !QFile::exists(target + DataSuffix);
}

} // namespace Lectern
