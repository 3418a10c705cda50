// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"
#include "storage/autosave.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace std::chrono_literals;

namespace {

const QString statement = QStringLiteral("Secretary Blinken said, “We stand together.” Paragraph two: 한국어.");

// One statement, one code, one annotation: a project with unsaved work.
void addWork(Project &project)
{
    Document document;
    document.title = QStringLiteral("Joint Statement");
    document.text = statement;
    const QUuid doc = project.addDocument(document);
    const QUuid code = project.addCode(QStringLiteral("Alliance"), QColor(255, 200, 0));
    QVERIFY(!project.addAnnotation(doc, 24, 43, code, QStringLiteral("the quote 📝")).isNull());
}

void compareWork(const Project &actual, const Project &expected)
{
    QCOMPARE(actual.documents().size(), expected.documents().size());
    for (qsizetype i = 0; i < expected.documents().size(); ++i) {
        QCOMPARE(actual.documents().at(i).id, expected.documents().at(i).id);
        QCOMPARE(actual.documents().at(i).title, expected.documents().at(i).title);
        QCOMPARE(actual.documents().at(i).text, expected.documents().at(i).text);
    }
    QVERIFY(actual.codes() == expected.codes());
    QCOMPARE(actual.annotations().size(), expected.annotations().size());
    QVERIFY(actual.annotations() == expected.annotations());
}

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The executable name QLockFile reads from /proc for a running process.
QString programOf(qint64 pid)
{
    return QFileInfo(QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget()).fileName();
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recovery;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList copies() const { return QDir(m_recovery).entryList({QStringLiteral("*.lectern")}, QDir::Files); }
    QStringList recoveryFolder() const { return QDir(m_recovery).entryList(QDir::Files | QDir::Hidden); }

    // A saved project with more work on top, autosaved, then the Autosaver gone without a clean
    // close: what a crash leaves. Returns the recovery file's path.
    QString crash(Project &project)
    {
        ProjectFile file;
        addWork(project);
        if (!file.save(project, path(QStringLiteral("work.lectern"))))
            return {};
        project.addAnnotation(project.documents().constFirst().id, 0, 9, {}, QStringLiteral("unsaved"));
        auto saver = std::make_unique<Autosaver>(&project);
        saver->setRecoveryDirectory(m_recovery);
        if (!saver->saveNow())
            return {};
        return saver->recoveryFilePath(); // destroyed here, without closeCleanly()
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_recovery = path(QStringLiteral("recovery"));
    }

    void defaults()
    {
        Project project;
        Autosaver saver(&project);
        QCOMPARE(saver.interval(), 2min);
        QCOMPARE(saver.recoveryDirectory(), Autosaver::defaultRecoveryDirectory());
        QVERIFY(Autosaver::defaultRecoveryDirectory().endsWith(QStringLiteral("/recovery")));
        QVERIFY(Autosaver::defaultRecoveryDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        saver.setInterval(5s);
        QCOMPARE(saver.interval(), 5s);
    }

    void writesOnlyWhenModified()
    {
        Project project;
        Autosaver saver(&project);
        saver.setRecoveryDirectory(m_recovery);
        QVERIFY(saver.saveNow()); // clean: nothing to keep
        QVERIFY(copies().isEmpty());
        QVERIFY(saver.recoveryFilePath().isEmpty());

        addWork(project);
        QVERIFY(saver.saveNow());
        QCOMPARE(copies().size(), 1);
        QCOMPARE(QFileInfo(saver.recoveryFilePath()).absolutePath(), QFileInfo(m_recovery).absoluteFilePath());
        QVERIFY(QFileInfo(saver.recoveryFilePath()).fileName().startsWith(QStringLiteral("untitled-")));
        QVERIFY(QFile::exists(saver.recoveryFilePath()));
        // The copy changes nothing in the project itself.
        QVERIFY(project.isModified());
        QVERIFY(project.fileName().isEmpty());

        // Undone back to the (empty) saved state: nothing to recover any more.
        while (project.undoStack()->canUndo())
            project.undo();
        QVERIFY(!project.isModified());
        QVERIFY(copies().isEmpty());
        QVERIFY(saver.recoveryFilePath().isEmpty());
        QVERIFY(recoveryFolder().isEmpty()); // nor its .json and .lock
    }

    void timerWritesAfterAChange()
    {
        Project project;
        Autosaver saver(&project);
        saver.setRecoveryDirectory(m_recovery);
        saver.setInterval(50ms);
        QSignalSpy saved(&saver, &Autosaver::recoverySaved);

        QTest::qWait(200);
        QCOMPARE(saved.count(), 0); // clean: the timer does not even run
        QVERIFY(copies().isEmpty());

        addWork(project);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.constFirst().constFirst().toString(), saver.recoveryFilePath());
        QCOMPARE(copies().size(), 1);

        QTest::qWait(200);
        QCOMPARE(saved.count(), 1); // no change since: no write

        project.setAnnotationNote(project.annotations().constFirst().id, QStringLiteral("edited"));
        QTRY_COMPARE(saved.count(), 2);
        Project reread;
        QFile copy(saver.recoveryFilePath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        ProjectFile reader;
        QVERIFY(reader.load(reread, copy));
        QCOMPARE(reread.annotations().constFirst().note, QStringLiteral("edited"));
    }

    void liveCopyIsNotPending()
    {
        Project project;
        Autosaver saver(&project);
        saver.setRecoveryDirectory(m_recovery);
        addWork(project);
        QVERIFY(saver.saveNow());
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty());
        // Nor may it be discarded under the running Autosaver's feet.
        QVERIFY(!Autosaver::discard({{}, saver.recoveryFilePath(), {}}));
        QVERIFY(QFile::exists(saver.recoveryFilePath()));
    }

    void crashLeavesAPendingRecovery()
    {
        Project project;
        const QDateTime before = QDateTime::currentDateTime().addSecs(-2);
        const QString copy = crash(project);
        QVERIFY(!copy.isEmpty());
        QVERIFY(QFile::exists(copy));

        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().originalPath, project.fileName());
        QCOMPARE(pending.constFirst().originalPath, QFileInfo(path(QStringLiteral("work.lectern"))).absoluteFilePath());
        QCOMPARE(pending.constFirst().recoveryPath, copy);
        QVERIFY(!pending.constFirst().isUntitled());
        QVERIFY(pending.constFirst().savedAt >= before);
        QVERIFY(pending.constFirst().savedAt <= QDateTime::currentDateTime().addSecs(2));
    }

    void recoveryLoadsTheSameWork()
    {
        Project crashed;
        QVERIFY(!crash(crashed).isEmpty());
        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);

        Project restored;
        QSignalSpy modified(&restored, &Project::modifiedChanged);
        QString error;
        QVERIFY2(Autosaver::recover(pending.constFirst(), restored, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        compareWork(restored, crashed);
        QCOMPARE(restored.annotations().size(), 2); // the saved one and the unsaved one
        QCOMPARE(restored.fileName(), crashed.fileName());
        QVERIFY(restored.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.constFirst().constFirst().toBool(), true);
        // The project file still holds the saved state only.
        Project onDisk;
        ProjectFile file;
        QVERIFY(file.load(onDisk, crashed.fileName()));
        QCOMPARE(onDisk.annotations().size(), 1);
    }

    void recoveredUntitledProject()
    {
        Project project;
        {
            Autosaver saver(&project);
            saver.setRecoveryDirectory(m_recovery);
            addWork(project);
            QVERIFY(saver.saveNow());
        }
        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.constFirst().isUntitled());
        Project restored;
        QVERIFY(Autosaver::recover(pending.constFirst(), restored));
        QVERIFY(restored.fileName().isEmpty());
        QVERIFY(restored.isModified());
        compareWork(restored, project);
    }

    void damagedCopyIsRefused()
    {
        Project crashed;
        const QString copy = crash(crashed);
        QVERIFY(!copy.isEmpty());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();

        Project project;
        addWork(project);
        const QList<Annotation> before = project.annotations();
        QString error;
        QVERIFY(!Autosaver::recover(Autosaver::pendingRecoveries(m_recovery).constFirst(), project, &error));
        QVERIFY2(error.contains(QStringLiteral("“work.lectern”")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
        QVERIFY(project.annotations() == before);
        QVERIFY(project.fileName().isEmpty());
    }

    void savingRemovesTheCopy()
    {
        Project project;
        Autosaver saver(&project);
        saver.setRecoveryDirectory(m_recovery);
        addWork(project);
        QVERIFY(saver.saveNow());
        QCOMPARE(copies().size(), 1);

        ProjectFile file;
        QVERIFY(file.save(project, path(QStringLiteral("saved.lectern"))));
        QVERIFY(copies().isEmpty());
        QVERIFY(recoveryFolder().isEmpty());
        QVERIFY(saver.recoveryFilePath().isEmpty());
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty());

        // More work on the saved project goes to a copy named after the project, not "untitled".
        project.removeAnnotation(project.annotations().constFirst().id);
        QVERIFY(saver.saveNow());
        QCOMPARE(copies().size(), 1);
        QVERIFY(!copies().constFirst().startsWith(QStringLiteral("untitled")));
    }

    void cleanCloseRemovesTheCopy()
    {
        Project project;
        {
            Autosaver saver(&project);
            saver.setRecoveryDirectory(m_recovery);
            addWork(project);
            QVERIFY(saver.saveNow());
            QCOMPARE(copies().size(), 1);
            saver.closeCleanly(); // the user chose to discard the changes
            QVERIFY(copies().isEmpty());
            QVERIFY(recoveryFolder().isEmpty());
            // Detached: later changes are not autosaved.
            project.removeAnnotation(project.annotations().constFirst().id);
            QVERIFY(saver.saveNow());
            QVERIFY(copies().isEmpty());
        }
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty());
    }

    void neverWritesTheProjectFile()
    {
        Project project;
        addWork(project);
        const QString projectFile = path(QStringLiteral("mine.lectern"));
        ProjectFile file;
        QVERIFY(file.save(project, projectFile));
        const QByteArray saved = contents(projectFile);
        const QDateTime savedAt = QFileInfo(projectFile).lastModified();
        project.removeAnnotation(project.annotations().constFirst().id);

        Autosaver saver(&project);
        saver.setRecoveryDirectory(m_dir->path()); // even beside the project itself
        QVERIFY(saver.saveNow());
        QVERIFY(!saver.recoveryFilePath().isEmpty());
        QVERIFY(QFileInfo(saver.recoveryFilePath()).canonicalFilePath() != QFileInfo(projectFile).canonicalFilePath());
        QCOMPARE(contents(projectFile), saved);
        QCOMPARE(QFileInfo(projectFile).lastModified(), savedAt);
        QVERIFY(!QFile::exists(projectFile + u'~')); // the save path's backup was not made either
        QCOMPARE(project.fileName(), QFileInfo(projectFile).absoluteFilePath());
        QVERIFY(project.isModified());
        QVERIFY(contents(saver.recoveryFilePath()) != saved);
    }

    void renamedProjectMovesItsCopy()
    {
        Project project;
        auto saver = std::make_unique<Autosaver>(&project);
        saver->setRecoveryDirectory(m_recovery);
        addWork(project);
        QVERIFY(saver->saveNow());
        const QString untitled = saver->recoveryFilePath();

        const QString named = QFileInfo(path(QStringLiteral("named.lectern"))).absoluteFilePath();
        project.setFileName(named); // as a failed Save As might leave it: named, still modified
        QVERIFY(saver->saveNow());
        QVERIFY(saver->recoveryFilePath() != untitled);
        QVERIFY(!QFile::exists(untitled));
        QCOMPARE(copies().size(), 1);
        QVERIFY(!QFile::exists(named)); // the work is still only in the copy

        saver.reset(); // crash
        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().originalPath, named);
    }

    void adoptedCopyIsReplacedThenRemovedOnSave()
    {
        Project crashed;
        QVERIFY(!crash(crashed).isEmpty());
        const RecoveryFile pending = Autosaver::pendingRecoveries(m_recovery).constFirst();

        Project restored;
        QVERIFY(Autosaver::recover(pending, restored));
        Autosaver saver(&restored);
        saver.setRecoveryDirectory(m_recovery);
        QVERIFY(saver.adopt(pending));
        QCOMPARE(saver.recoveryFilePath(), pending.recoveryPath);
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty()); // live again
        Autosaver intruder(&restored);
        QVERIFY(!intruder.adopt(pending));

        restored.setAnnotationNote(restored.annotations().constFirst().id, QStringLiteral("after recovery"));
        QVERIFY(saver.saveNow());
        QCOMPARE(saver.recoveryFilePath(), pending.recoveryPath); // the same project: the same copy
        QCOMPARE(copies().size(), 1);

        ProjectFile file;
        QVERIFY(file.save(restored, restored.fileName()));
        QVERIFY(copies().isEmpty());
        Project reread;
        QVERIFY(file.load(reread, crashed.fileName()));
        QCOMPARE(reread.annotations().size(), 2);
        QCOMPARE(reread.annotations().constFirst().note, QStringLiteral("after recovery"));
    }

    void discardRemovesTheCopy()
    {
        Project crashed;
        const QString copy = crash(crashed);
        QVERIFY(!copy.isEmpty());
        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);
        QVERIFY(Autosaver::discard(pending.constFirst()));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(recoveryFolder().isEmpty());
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty());
        QVERIFY(QFile::exists(crashed.fileName())); // the project file is not touched
    }

    void copyOfAnotherLiveProcessIsNotPending()
    {
        Project crashed;
        const QString copy = crash(crashed);
        QVERIFY(!copy.isEmpty());
        const QString lockFile = copy.chopped(int(QStringLiteral(".lectern").size())) + QStringLiteral(".lock");

        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        if (sleep.isEmpty())
            QSKIP("no sleep(1) to play the other Lectern");
        QProcess other;
        other.start(sleep, {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        const qint64 pid = other.processId();
        const QByteArray lock = QByteArray::number(pid) + '\n' + programOf(pid).toUtf8() + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
            + QSysInfo::bootUniqueId() + '\n';
        {
            QFile file(lockFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(lock), lock.size());
        }
        QVERIFY(Autosaver::pendingRecoveries(m_recovery).isEmpty()); // that Lectern still runs

        other.kill(); // ... and now it has crashed
        QVERIFY(other.waitForFinished());
        const QList<RecoveryFile> pending = Autosaver::pendingRecoveries(m_recovery);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().recoveryPath, copy);
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
