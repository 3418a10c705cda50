// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

// Writes a lock file the way QLockFile does: pid, program, host, then (since Qt 5.10) the
// machine and boot ids, which the old format leaves out.
void writeLockFile(
    const QString &lockFile, qint64 pid, const QString &program, const QString &host, bool withIds = true)
{
    QByteArray content = QByteArray::number(pid) + '\n' + program.toUtf8() + '\n' + host.toUtf8() + '\n';
    if (withIds)
        content += QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    QFile file(lockFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

qint64 pidInLockFile(const QString &lockFile)
{
    QFile file(lockFile);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readLine().trimmed().toLongLong();
}

// The executable name QLockFile reads from /proc for a running process.
QString programOf(qint64 pid)
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget()).fileName();
}

} // namespace

class TestProjectLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("x.lectern"));
        QFile file(m_project);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    void cleanup()
    {
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QFile::remove(path(name));
    }

    void lockFileIsHiddenBesideTheProject()
    {
        QCOMPARE(ProjectLock::lockFileName(m_project), path(QStringLiteral(".x.lectern.lock")));
        // A file not yet saved has a lock too (Save As takes it before writing).
        QCOMPARE(
            ProjectLock::lockFileName(path(QStringLiteral("new.lectern"))), path(QStringLiteral(".new.lectern.lock")));
        // Every path to one file shares one lock.
        const QString link = path(QStringLiteral("link.lectern"));
        QVERIFY(QFile::link(m_project, link));
        QCOMPARE(ProjectLock::lockFileName(link), ProjectLock::lockFileName(m_project));
    }

    void lockAndUnlock()
    {
        const QString lockFile = ProjectLock::lockFileName(m_project);
        {
            ProjectLock lock;
            QVERIFY(!lock.isLocked());
            QVERIFY(lock.tryLock(m_project));
            QVERIFY(lock.isLocked());
            QCOMPARE(lock.projectFile(), m_project);
            QCOMPARE(lock.error(), ProjectLock::Error::NoError);
            QVERIFY(lock.errorString().isEmpty());
            QVERIFY(QFile::exists(lockFile));
            QCOMPARE(pidInLockFile(lockFile), QCoreApplication::applicationPid());
            QVERIFY(lock.tryLock(m_project)); // again: still ours
            lock.unlock();
            QVERIFY(!lock.isLocked());
            QVERIFY(!QFile::exists(lockFile));
            QVERIFY(lock.tryLock(m_project));
        } // the destructor releases it
        QVERIFY(!QFile::exists(lockFile));
    }

    void secondLockRefusedNamingTheHolder()
    {
        ProjectLock first;
        QVERIFY(first.tryLock(m_project));
        ProjectLock second;
        QVERIFY(!second.tryLock(m_project));
        QVERIFY(!second.isLocked());
        QCOMPARE(second.error(), ProjectLock::Error::HeldElsewhere);
        QVERIFY(second.holder().has_value());
        QCOMPARE(second.holder()->pid, QCoreApplication::applicationPid());
        QCOMPARE(second.holder()->hostName, QSysInfo::machineHostName());
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QCOMPARE(second.errorString(),
            QStringLiteral("“x.lectern” is already open in this Lectern (process %1 on %2).")
                .arg(pid, QSysInfo::machineHostName()));
        QVERIFY(first.isLocked()); // the refusal did not disturb the holder
        QVERIFY(QFile::exists(ProjectLock::lockFileName(m_project)));

        first.unlock();
        QVERIFY(second.tryLock(m_project));
        QVERIFY(second.errorString().isEmpty());
        QVERIFY(!second.holder().has_value());
    }

    void lockOfLiveProcessRefusedHoweverOld()
    {
        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        if (sleep.isEmpty())
            QSKIP("no sleep(1) to play the other Lectern");
        QProcess other;
        other.start(sleep, {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        const qint64 pid = other.processId();
        const QString program = programOf(pid);
        QVERIFY(!program.isEmpty());

        const QString lockFile = ProjectLock::lockFileName(m_project);
        writeLockFile(lockFile, pid, program, QSysInfo::machineHostName());
        // Open for an hour: QLockFile's default would call it stale after 30 s and take it.
        {
            QFile file(lockFile);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }

        ProjectLock lock;
        QVERIFY(!lock.tryLock(m_project));
        QCOMPARE(lock.error(), ProjectLock::Error::HeldElsewhere);
        QCOMPARE(lock.holder()->pid, pid);
        QCOMPARE(lock.holder()->application, program);
        QCOMPARE(lock.errorString(),
            QStringLiteral("“x.lectern” is open in another program (%1, process %2 on %3).")
                .arg(program, QString::number(pid), QSysInfo::machineHostName()));
        QCOMPARE(pidInLockFile(lockFile), pid); // untouched

        // The holder dies without unlocking: now the lock is stale and is taken over.
        other.kill();
        QVERIFY(other.waitForFinished());
        QVERIFY(lock.tryLock(m_project));
        QCOMPARE(pidInLockFile(lockFile), QCoreApplication::applicationPid());
    }

    void lockOfDeadProcessTakenOver_data()
    {
        QTest::addColumn<bool>("withIds");
        QTest::newRow("Qt >= 5.10 lock file") << true;
        QTest::newRow("old lock file") << false;
    }

    void lockOfDeadProcessTakenOver()
    {
        QFETCH(bool, withIds);
        const QString trueProgram = QStandardPaths::findExecutable(QStringLiteral("true"));
        if (trueProgram.isEmpty())
            QSKIP("no true(1) to provide a dead process id");
        QProcess gone;
        gone.start(trueProgram, {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(pid > 0);

        const QString lockFile = ProjectLock::lockFileName(m_project);
        writeLockFile(lockFile, pid, QStringLiteral("lectern"), QSysInfo::machineHostName(), withIds);
        ProjectLock lock;
        QVERIFY2(lock.tryLock(m_project), qPrintable(lock.errorString()));
        QCOMPARE(pidInLockFile(lockFile), QCoreApplication::applicationPid());
        QCOMPARE(lock.error(), ProjectLock::Error::NoError);
    }

    void lockFromAnotherHostNeedsConfirmation()
    {
        // Another host's process cannot be checked: the lock stands until the user removes it.
        const QString lockFile = ProjectLock::lockFileName(m_project);
        writeLockFile(lockFile, 4242, QStringLiteral("lectern"), QStringLiteral("elsewhere.example"), false);
        ProjectLock lock;
        QVERIFY(!lock.tryLock(m_project));
        QCOMPARE(lock.error(), ProjectLock::Error::HeldElsewhere);
        QCOMPARE(lock.holder()->hostName, QStringLiteral("elsewhere.example"));
        QCOMPARE(lock.errorString(),
            QStringLiteral("“x.lectern” is open in another Lectern (process 4242 on elsewhere.example)."));
        QVERIFY(QFile::exists(lockFile));

        QVERIFY(ProjectLock::removeStaleLock(m_project));
        QVERIFY(!QFile::exists(lockFile));
        QVERIFY(lock.tryLock(m_project));
    }

    void liveLockCannotBeRemoved()
    {
        ProjectLock holder;
        QVERIFY(holder.tryLock(m_project));
        QVERIFY(!ProjectLock::removeStaleLock(m_project)); // flock()ed by its live holder
        QVERIFY(QFile::exists(ProjectLock::lockFileName(m_project)));
        ProjectLock other;
        QVERIFY(!other.tryLock(m_project));
    }

    void switchingFilesKeepsTheOldLockOnFailure()
    {
        const QString y = path(QStringLiteral("y.lectern"));
        ProjectLock a;
        ProjectLock b;
        QVERIFY(a.tryLock(m_project));
        QVERIFY(b.tryLock(y));

        QVERIFY(!a.tryLock(y));
        QVERIFY(a.isLocked());
        QCOMPARE(a.projectFile(), m_project);
        QVERIFY(QFile::exists(ProjectLock::lockFileName(m_project)));

        b.unlock();
        QVERIFY(a.tryLock(y));
        QCOMPARE(a.projectFile(), y);
        QVERIFY(!QFile::exists(ProjectLock::lockFileName(m_project)));
        QVERIFY(b.tryLock(m_project));
    }

    void readOnlyFolder()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("running with privileges that ignore folder permissions");
        }
        ProjectLock lock;
        QVERIFY(!lock.tryLock(folder + QStringLiteral("/z.lectern")));
        QCOMPARE(lock.error(), ProjectLock::Error::NoPermission);
        QVERIFY(lock.errorString().contains(QStringLiteral("“z.lectern”")));
        QVERIFY(lock.errorString().contains(QStringLiteral("“.z.lectern.lock”")));
    }
};

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
