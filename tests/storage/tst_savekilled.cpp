// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A save killed part-way (SIGKILL, no chance to clean up) must leave the previous project file
// intact: lectern_savechild saves a large project over a file holding another one, and is killed
// before, during and after the write of its first save.
#include "storage/projectfile.h"
#include "storagetesthelpers.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Lectern;

namespace {

constexpr quint32 SeedA = 1;
constexpr quint32 SeedB = 2;
constexpr int Statements = 200;
constexpr qsizetype CharactersEach = 100 * 1000;

struct OpenFile
{
    QString target;
    qint64 size = 0;
};

// The files in \a dir that process \a pid holds open: a save under way (QSaveFile's temporary
// file, or the backup being copied). Linux only, like SIGKILL semantics here.
QList<OpenFile> openFilesIn(qint64 pid, const QString &dir)
{
    QList<OpenFile> files;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        const QByteArray link = QFile::encodeName(fdDir + u'/' + fd);
        char buffer[4096];
        const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        if (n <= 0)
            continue;
        const QString target = QFile::decodeName(QByteArray(buffer, n));
        if (!target.startsWith(dir + u'/'))
            continue;
        // stat() through /proc follows the descriptor, even to an unlinked (O_TMPFILE) file.
        files.append({target, QFileInfo(fdDir + u'/' + fd).size()});
    }
    return files;
}

QByteArray bytesOf(const Project &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ProjectFile file;
    if (!file.save(project, buffer))
        qFatal("could not serialise the test project");
    return buffer.data();
}

QString describe(const QList<OpenFile> &files)
{
    QStringList parts;
    for (const OpenFile &f : files)
        parts << QStringLiteral("%1 (%2 bytes)").arg(QFileInfo(f.target).fileName()).arg(f.size);
    return parts.isEmpty() ? QStringLiteral("no file open") : parts.join(QStringLiteral(", "));
}

} // namespace

class TestSaveKilled : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(LECTERN_SAVECHILD)), LECTERN_SAVECHILD " is missing");
        QVERIFY(m_dir.isValid());
        m_fileName = m_dir.filePath(QStringLiteral("work.lectern"));
        StorageTest::fillLargeProject(m_a, SeedA, Statements, CharactersEach);
        StorageTest::fillLargeProject(m_b, SeedB, Statements, CharactersEach);
        m_bytesA = bytesOf(m_a);
        m_bytesB = bytesOf(m_b);
        QVERIFY(m_bytesA != m_bytesB);
        QVERIFY2(m_bytesA.size() > 20 * 1000 * 1000, qPrintable(QString::number(m_bytesA.size())));

        QElapsedTimer timer;
        timer.start();
        ProjectFile file;
        QVERIFY2(file.save(m_a, m_fileName), qPrintable(file.errorString()));
        m_saveMs = qMax<qint64>(timer.elapsed(), 20);
        QCOMPARE(fileBytes(m_fileName), m_bytesA);
        qInfo("a project of %lld bytes saves in %lld ms here", qlonglong(m_bytesA.size()), qlonglong(m_saveMs));
    }

    // Killed at a time: while building or serialising, writing, copying the backup or renaming,
    // depending on how fast this machine is.
    void killedAfterDelay_data()
    {
        QTest::addColumn<int>("percentOfASave");
        for (int percent : {0, 30, 60, 90, 120, 200})
            QTest::addRow("%d%% of a save", percent) << percent;
    }
    void killedAfterDelay()
    {
        QFETCH(int, percentOfASave);
        QProcess child;
        startChild(child);
        QThread::msleep(m_saveMs * percentOfASave / 100);
        const QList<OpenFile> open = openFilesIn(child.processId(), m_dir.path());
        killChild(child);
        qInfo("killed with %s; %d save(s) reported", qPrintable(describe(open)), int(m_savedLines));
        verifyIntact(false);
    }

    // Killed while the temporary file is being written: a few bytes in, halfway, near the end.
    void killedDuringWrite_data()
    {
        QTest::addColumn<int>("afterMs");
        for (int ms : {0, 0, 1, 2, 4})
            QTest::addRow("%d ms into the write", ms) << ms;
    }
    void killedDuringWrite()
    {
        QFETCH(int, afterMs);
        QProcess child;
        startChild(child);
        QElapsedTimer timer;
        timer.start();
        // Wait for the first save's temporary file to have some, but not all, of its bytes.
        bool writing = false;
        while (!writing && timer.elapsed() < 120 * 1000 && child.state() == QProcess::Running) {
            for (const OpenFile &f : openFilesIn(child.processId(), m_dir.path()))
                writing = writing || (f.size > 0 && f.size < m_bytesB.size() && !f.target.endsWith(u"~"));
            if (!writing)
                QThread::usleep(200);
        }
        QVERIFY2(writing, "the child never started writing");
        if (afterMs > 0)
            QThread::msleep(afterMs);
        const QList<OpenFile> open = openFilesIn(child.processId(), m_dir.path());
        killChild(child);
        qInfo("killed with %s; %d save(s) reported", qPrintable(describe(open)), int(m_savedLines));
        bool partial = false;
        for (const OpenFile &f : open)
            partial = partial || (f.size > 0 && f.size < m_bytesB.size());
        if (partial && m_savedLines == 0)
            ++m_killsDuringWrite;
        verifyIntact(partial && m_savedLines == 0);
    }

    void someKillsLandedDuringTheWrite()
    {
        // Without this, the test could pass on a machine where every kill came too early or late.
        QVERIFY2(m_killsDuringWrite >= 2,
            qPrintable(QStringLiteral("only %1 kill(s) landed while a file was half-written").arg(m_killsDuringWrite)));
        qInfo("%d kill(s) landed while the temporary file was half-written", m_killsDuringWrite);
    }

private:
    static QByteArray fileBytes(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void startChild(QProcess &child)
    {
        m_savedLines = 0;
        child.setProgram(QStringLiteral(LECTERN_SAVECHILD));
        child.setArguments({m_fileName, QString::number(SeedA), QString::number(SeedB), QString::number(Statements),
            QString::number(CharactersEach)});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QElapsedTimer timer;
        timer.start();
        while (!child.canReadLine() && timer.elapsed() < 120 * 1000 && child.state() == QProcess::Running)
            child.waitForReadyRead(100);
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
    }

    void killChild(QProcess &child)
    {
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30 * 1000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            m_savedLines += line.startsWith("saved ") ? 1 : 0;
    }

    // The file is one of the two projects, whole, and loads as it; the backup too, if there is
    // one. When the kill came during the first write, it is still the original project.
    void verifyIntact(bool mustBeOriginal)
    {
        const QByteArray bytes = fileBytes(m_fileName);
        const bool isA = bytes == m_bytesA;
        QVERIFY2(isA || bytes == m_bytesB,
            qPrintable(QStringLiteral("the project file holds %1 bytes that are neither project").arg(bytes.size())));
        if (mustBeOriginal)
            QVERIFY2(isA, "the save was killed during its write, yet the file was replaced");

        Project loaded;
        ProjectFile file;
        QVERIFY2(file.load(loaded, m_fileName), qPrintable(file.errorString()));
        const QString difference = StorageTest::projectDifference(loaded, isA ? m_a : m_b);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        const QString backup = m_fileName + u'~';
        if (QFile::exists(backup)) {
            const QByteArray backupBytes = fileBytes(backup);
            QVERIFY2(backupBytes == m_bytesA || backupBytes == m_bytesB, "the backup is damaged");
        }
        // What a kill leaves behind is at most a temporary file under another name; put the
        // original back for the next round.
        const QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names) {
            if (name != QFileInfo(m_fileName).fileName())
                QVERIFY(QFile::remove(m_dir.filePath(name)));
        }
        if (!isA) {
            QVERIFY(QFile::remove(m_fileName));
            ProjectFile writer;
            QVERIFY2(writer.save(m_a, m_fileName), qPrintable(writer.errorString()));
            QVERIFY(QFile::remove(m_fileName + u'~') || !QFile::exists(m_fileName + u'~'));
        }
    }

    QTemporaryDir m_dir;
    QString m_fileName;
    Project m_a;
    Project m_b;
    QByteArray m_bytesA;
    QByteArray m_bytesB;
    qint64 m_saveMs = 0;
    int m_savedLines = 0;
    int m_killsDuringWrite = 0;
};

QTEST_GUILESS_MAIN(TestSaveKilled)
#include "tst_savekilled.moc"
