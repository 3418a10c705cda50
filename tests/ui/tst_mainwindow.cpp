// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end session: open the sample statement, see it recognised, annotate, undo, redo,
// save, reopen, export.
#include "analysiscontroller.h"
#include "annotationspanel.h"
#include "documentview.h"
#include "entitypanel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "quotespanel.h"

#include "analysis/quotetablemodel.h"

#include "project/annotationmodel.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void session();
    void findAndCodeAllMatches();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QSettings().clear();
}

void TestMainWindow::session()
{
    const QString sample = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt");
    const QString projectFile = m_dir.filePath(QStringLiteral("session.lectern"));
    const QString pdfFile = m_dir.filePath(QStringLiteral("session.pdf"));
    QString passage;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(sample));
        QCOMPARE(window.project()->documents().size(), 1);
        window.analysis()->waitForFinished();
        const AnalysisResult *result = window.analysis()->result(window.currentDocument());
        QVERIFY(result);
        QCOMPARE(result->quotes.size(), 5);
        // The quote table lists them with their speakers; a row shows its passage.
        auto *quotes = window.findChild<QuotesPanel *>();
        QVERIFY(quotes);
        QCOMPARE(quotes->view()->model()->rowCount(), 5);
        const QModelIndex second = quotes->view()->model()->index(1, QuoteTableModel::SpeakerColumn);
        QCOMPARE(second.data().toString(), QStringLiteral("Antony Blinken"));
        Q_EMIT quotes->view()->activated(second);
        QVERIFY(window.documentView()->textCursor().selectedText().startsWith(QStringLiteral("\u201CWe reaffirmed")));
        const QString csvFile = m_dir.filePath(QStringLiteral("quotes.csv"));
        QString csvError;
        QVERIFY2(quotes->exportCsv(csvFile, &csvError), qPrintable(csvError));
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 6);

        // Select "Park Jin" in the text and annotate it.
        const QString text = window.project()->documents().first().text;
        const qsizetype start = text.indexOf(QStringLiteral("Park Jin"));
        QVERIFY(start > 0);
        window.documentView()->revealRange(start, start + 8);
        passage = window.documentView()->textCursor().selectedText();
        QCOMPARE(passage, QStringLiteral("Park Jin"));
        const QUuid id = window.annotateSelection(
            QStringLiteral("Negotiators"), QColor(80, 180, 250), QStringLiteral("Signed the S&T agreement"));
        QVERIFY(!id.isNull());
        auto *panel = window.findChild<AnnotationsPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(window.isWindowModified());

        // Undo removes the annotation (and the code made with it); redo brings both back.
        window.project()->undo();
        QCOMPARE(panel->model()->rowCount(), 0);
        QCOMPARE(window.project()->codes().size(), 0);
        window.project()->redo();
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(window.project()->codes().size(), 1);

        // Activating the row selects the passage in the text.
        window.documentView()->moveCursor(QTextCursor::End);
        Q_EMIT panel->annotationActivated(id);
        QCOMPARE(window.documentView()->textCursor().selectedText(), passage);

        // Correct the entity list from its context menu's offers: "Putin" is not an entity; the
        // statement is analysed again with the correction; undo brings Putin back.
        auto *entities = window.findChild<EntityPanel *>();
        QVERIFY(entities);
        const auto offers = entities->correctionsFor(QStringLiteral("Putin"), EntityType::Person);
        const auto notAnEntity = std::find_if(offers.cbegin(), offers.cend(),
            [](const auto &offer) { return offer.second.kind == EntityCorrection::Kind::NotAnEntity; });
        QVERIFY(notAnEntity != offers.cend());
        Q_EMIT entities->correctionRequested(notAnEntity->second);
        QCOMPARE(window.project()->entityCorrections().size(), 1);
        auto hasPutin = [&window] {
            window.analysis()->waitForFinished();
            const AnalysisResult *r = window.analysis()->result(window.currentDocument());
            return r && std::any_of(r->entities.cbegin(), r->entities.cend(), [](const EntityMention &m) {
                return m.text == QLatin1String("Putin");
            });
        };
        QTRY_VERIFY(window.analysis()->result(window.currentDocument()));
        QVERIFY(!hasPutin());
        window.project()->undo();
        QTRY_VERIFY(window.analysis()->result(window.currentDocument()));
        QVERIFY(hasPutin());
        window.project()->redo();
        QTRY_VERIFY(window.analysis()->result(window.currentDocument()));
        QVERIFY(!hasPutin());

        QVERIFY(window.saveProject(projectFile));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.exportPdf(pdfFile));
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(projectFile));
        QCOMPARE(window.project()->annotations().size(), 1);
        const Annotation a = window.project()->annotations().first();
        QCOMPARE(window.project()->documents().first().text.mid(a.start, a.end - a.start), passage);
        QCOMPARE(a.note, QStringLiteral("Signed the S&T agreement"));
        QCOMPARE(window.project()->code(a.codeId)->color, QColor(80, 180, 250));
        // The correction came back with the project and applies to the new analysis.
        QCOMPARE(window.project()->entityCorrections().size(), 1);
        window.analysis()->waitForFinished();
        QTRY_VERIFY(window.analysis()->result(window.currentDocument()));
        for (const EntityMention &m : window.analysis()->result(window.currentDocument())->entities)
            QVERIFY(m.text != QLatin1String("Putin"));
        QVERIFY(!window.isWindowModified());
    }
    QFile pdf(pdfFile);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Highlight"));
}

void TestMainWindow::findAndCodeAllMatches()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
    FindBar *bar = window.findBar();
    QSettings().clear(); // default find options
    QVERIFY(!bar->isVisible());
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(bar->isVisible());
    bar->setPattern(QStringLiteral("republic of korea"));
    QCOMPARE(bar->matches().size(), 6); // case-insensitive, inside longer names too (whole words are off)
    QVERIFY(bar->findNext());
    QCOMPARE(window.documentView()->textCursor().selectedText(), QStringLiteral("Republic of Korea"));
    const qsizetype first = window.documentView()->selectedRange().start;
    QVERIFY(bar->findNext());
    QVERIFY(window.documentView()->selectedRange().start > first);

    const int steps = window.project()->undoStack()->index();
    QCOMPARE(window.codeAllMatches(QStringLiteral("ROK"), QColor(200, 60, 60), QStringLiteral("named")),
        qsizetype(bar->matches().size()));
    QCOMPARE(window.project()->annotations().size(), bar->matches().size());
    window.project()->undo(); // one step takes back the code and every annotation
    QVERIFY(window.project()->annotations().isEmpty());
    QVERIFY(window.project()->codes().isEmpty());
    QCOMPARE(window.project()->undoStack()->index(), steps);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
