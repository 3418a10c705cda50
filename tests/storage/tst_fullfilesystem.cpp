// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Saving onto a full file system. The small file system is the one named by LECTERN_SMALL_FS
// (packaging/dev mounts a 2 MiB tmpfs at /run/lectern-fullfs for every command). Without it the
// test makes one itself when it can (root with unshare: a private mount namespace), and fails
// otherwise: it must not be skipped silently.
#include "storage/projectfile.h"
#include "storagetesthelpers.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lectern;

namespace {

const char *const SmallFsVariable = "LECTERN_SMALL_FS";
constexpr qint64 MaximumSmallFs = 64LL * 1024 * 1024;

QByteArray bytesOf(const Project &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ProjectFile file;
    if (!file.save(project, buffer))
        qFatal("could not serialise the test project");
    return buffer.data();
}

QByteArray fileBytes(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A project whose file is about \a bytes long.
void fillProjectOfSize(Project &project, quint32 seed, qint64 bytes)
{
    qsizetype characters = qMax<qint64>(bytes / 8, 1000);
    for (int round = 0; round < 3; ++round) {
        StorageTest::fillLargeProject(project, seed, 4, characters);
        const qint64 actual = bytesOf(project).size();
        characters = qMax<qsizetype>(qsizetype(double(characters) * double(bytes) / double(actual)), 1000);
    }
    StorageTest::fillLargeProject(project, seed, 4, characters);
}

} // namespace

class TestFullFileSystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_root = qEnvironmentVariable(SmallFsVariable);
        if (m_root.isEmpty()) {
            m_reran = true;
            rerunInOwnTmpfs();
            return;
        }
        const QStorageInfo storage(m_root);
        QVERIFY2(storage.isValid() && storage.isReady(),
            qPrintable(
                QStringLiteral("%1=%2 is not a mounted file system").arg(QLatin1StringView(SmallFsVariable), m_root)));
        QVERIFY2(storage.bytesTotal() <= MaximumSmallFs,
            qPrintable(QStringLiteral("%1=%2 is %3 bytes: not a small file system")
                           .arg(QLatin1StringView(SmallFsVariable), m_root)
                           .arg(storage.bytesTotal())));
        qInfo("small file system: %s (%s, %lld bytes, %lld free)", qPrintable(m_root),
            storage.fileSystemType().constData(), qlonglong(storage.bytesTotal()), qlonglong(storage.bytesAvailable()));
    }

    void init()
    {
        if (m_reran)
            return;
        m_dir.reset(new QTemporaryDir(m_root + QStringLiteral("/tst_fullfilesystem-XXXXXX")));
        QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
        m_fileName = m_dir->filePath(QStringLiteral("work.lectern"));
    }

    void cleanup() { m_dir.reset(); }

    void saveLargerThanTheFreeSpace()
    {
        if (m_reran)
            return;
        Project original;
        StorageTest::fillLargeProject(original, 1, 3, 2000);
        ProjectFile file;
        QVERIFY2(file.save(original, m_fileName), qPrintable(file.errorString()));
        const QByteArray originalBytes = fileBytes(m_fileName);

        const qint64 freeBefore = available();
        Project large;
        fillProjectOfSize(large, 2, freeBefore + freeBefore / 2 + 64 * 1024);
        QVERIFY(bytesOf(large).size() > freeBefore);
        const QUuid firstStatement = large.documents().constFirst().id;
        large.setMemo(firstStatement, QStringLiteral("unsaved work"));
        QVERIFY(large.isModified());

        QVERIFY(!file.save(large, m_fileName));
        qInfo("errorString: %s", qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(u"not enough space on the disk"), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(u"“work.lectern”"), qPrintable(file.errorString()));
        QVERIFY2(
            file.errorString().contains(u"previous version of the file is unchanged"), qPrintable(file.errorString()));
        QVERIFY(large.isModified()); // the work is not marked saved
        QVERIFY(large.fileName().isEmpty());

        // The previous file is untouched and loads; the failed save left nothing behind.
        QCOMPARE(fileBytes(m_fileName), originalBytes);
        Project loaded;
        QVERIFY2(file.load(loaded, m_fileName), qPrintable(file.errorString()));
        const QString difference = StorageTest::projectDifference(loaded, original);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList {QStringLiteral("work.lectern")});
        QVERIFY2(available() >= freeBefore - 16 * 1024,
            qPrintable(QStringLiteral("%1 bytes free before, %2 after").arg(freeBefore).arg(available())));
    }

    // The new file fits, a copy of the old one beside it would not: the save succeeds and the
    // previous version is still kept as the backup.
    void backupOnANearlyFullDisk()
    {
        if (m_reran)
            return;
        const qint64 total = QStorageInfo(m_root).bytesTotal();
        Project first;
        StorageTest::fillLargeProject(first, 3, 2, 1000);
        ProjectFile file;
        QVERIFY2(file.save(first, m_fileName), qPrintable(file.errorString()));
        Project second;
        fillProjectOfSize(second, 4, total * 35 / 100);
        QVERIFY2(file.save(second, m_fileName), qPrintable(file.errorString()));
        const QByteArray secondBytes = fileBytes(m_fileName);
        Project third;
        fillProjectOfSize(third, 5, total * 35 / 100);
        // Two files of this size fit on the disk, three do not.
        QVERIFY2(available() < 2 * bytesOf(third).size(), qPrintable(QString::number(available())));

        QVERIFY2(file.save(third, m_fileName), qPrintable(file.errorString()));
        QCOMPARE(fileBytes(m_fileName), bytesOf(third));
        QCOMPARE(fileBytes(m_fileName + u'~'), secondBytes);
        Project backup;
        QVERIFY2(file.load(backup, m_fileName + u'~'), qPrintable(file.errorString()));
        const QString difference = StorageTest::projectDifference(backup, second);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

private:
    qint64 available() const
    {
        QStorageInfo storage(m_root);
        storage.refresh();
        return storage.bytesAvailable();
    }

    // No small file system was given: make one in a private mount namespace (needs root and
    // unshare) and run this test again inside it; else fail, saying how to run the test.
    void rerunInOwnTmpfs()
    {
        const QString howTo = QStringLiteral(
            "%1 is not set, so there is no small file system to fill. Run the tests with `packaging/dev test`, "
            "which mounts a 2 MiB tmpfs at /run/lectern-fullfs and sets %1, or mount one yourself "
            "(`sudo mount -t tmpfs -o size=2m tmpfs /mnt/small`) and set %1=/mnt/small.")
                                  .arg(QLatin1StringView(SmallFsVariable));
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (::geteuid() != 0 || unshare.isEmpty())
            QFAIL(qPrintable(howTo + QStringLiteral(" (Not root, or no unshare: cannot make one here.)")));
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1StringView(SmallFsVariable), mountPoint.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(unshare,
            {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mount -t tmpfs -o size=2m lectern-fullfs \"$1\" && shift && exec \"$@\""),
                QStringLiteral("sh"), mountPoint.path(), QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForFinished(10 * 60 * 1000));
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            QFAIL(qPrintable(howTo
                + QStringLiteral(" (Tried a tmpfs in a private mount namespace; that run failed with exit code %1.)")
                      .arg(child.exitCode())));
        qInfo("ran again in a 2 MiB tmpfs of its own: passed");
    }

    QString m_root;
    bool m_reran = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_fileName;
};

QTEST_GUILESS_MAIN(TestFullFileSystem)
#include "tst_fullfilesystem.moc"
