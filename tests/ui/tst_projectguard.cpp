// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectguard.h"

#include "project/project.h"
#include "storage/projectfile.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Lectern;

namespace {

Document statement()
{
    Document d;
    d.title = QStringLiteral("Statement");
    d.text = QStringLiteral("The Republic of Korea remains a vital ally.");
    return d;
}

/// Clicks the button labelled \a label in the next message box that opens.
void clickInNextMessageBox(const QString &label)
{
    QTimer::singleShot(50, [label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == label) {
                button->click();
                return;
            }
        }
        QFAIL("no such button");
    });
}

} // namespace

class TestProjectGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void secondWindowCannotEditTheSameProject();
    void crashLeavesWorkThatIsOfferedBack();

private:
    QTemporaryDir m_dir;
};

void TestProjectGuard::secondWindowCannotEditTheSameProject()
{
    const QString file = m_dir.filePath(QStringLiteral("shared.lectern"));
    Project first;
    Project second;
    ProjectGuard firstGuard(&first);
    ProjectGuard secondGuard(&second);
    QString error;
    QVERIFY(firstGuard.lock(file, &error));
    QVERIFY(firstGuard.lock(file, &error)); // locking again is harmless
    QVERIFY(!secondGuard.lock(file, &error));
    QVERIFY2(error.contains(QStringLiteral("shared.lectern")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("open")), qPrintable(error));
    firstGuard.closeCleanly();
    QVERIFY2(secondGuard.lock(file, &error), qPrintable(error));
}

void TestProjectGuard::crashLeavesWorkThatIsOfferedBack()
{
    const QString recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
    const QString file = m_dir.filePath(QStringLiteral("work.lectern"));
    {
        Project project;
        project.addDocument(statement());
        ProjectFile writer;
        QVERIFY(writer.save(project, file));
        const QUuid doc = project.documents().first().id;
        project.addAnnotation(doc, 4, 21, QUuid(), QStringLiteral("unsaved note"));
        QVERIFY(project.isModified());
        auto *guard = new ProjectGuard(&project);
        guard->autosaver()->setRecoveryDirectory(recoveryDir);
        QVERIFY2(guard->autosaver()->saveNow(), qPrintable(guard->autosaver()->errorString()));
        // The window goes away without closing cleanly: that is what a crash looks like.
        delete guard;
    }
    QCOMPARE(Autosaver::pendingRecoveries(recoveryDir).size(), 1);

    Project restored;
    ProjectGuard guard(&restored);
    guard.autosaver()->setRecoveryDirectory(recoveryDir);
    clickInNextMessageBox(QStringLiteral("&Recover"));
    guard.offerRecovery(nullptr);
    QCOMPARE(restored.documents().size(), 1);
    QCOMPARE(restored.annotations().size(), 1);
    QCOMPARE(restored.annotations().first().note, QStringLiteral("unsaved note"));
    QCOMPARE(restored.fileName(), file);
    QVERIFY(restored.isModified());
    // Recovered work is now this window's; closing cleanly removes the copy.
    guard.closeCleanly();
    QVERIFY(Autosaver::pendingRecoveries(recoveryDir).isEmpty());
}

QTEST_MAIN(TestProjectGuard)
#include "tst_projectguard.moc"
