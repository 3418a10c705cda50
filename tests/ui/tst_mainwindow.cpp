// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The end-to-end session: open the sample statement, see it recognised, annotate, undo, redo,
// save, reopen, export.
#include "analysiscontroller.h"
#include "annotationfilterbar.h"
#include "annotationspanel.h"
#include "codebookpanel.h"
#include "codestatisticsdialog.h"
#include "documentlist.h"
#include "documentview.h"
#include "entitypanel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "memopanel.h"
#include "noteview.h"
#include "quotespanel.h"
#include "searchpanel.h"

#include "analysis/quotetablemodel.h"

#include "project/annotationmodel.h"
#include "project/searchresultmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Lectern;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void session();
    void findAndCodeAllMatches();
    void findInProject();
    void entitiesOfAllStatements();
    void annotationFilters();
    void openManyStatements();
    void colourSchemes();
    void statementsCodebookAndShortcuts();
    void memos();
    void noteOfTheSelectedAnnotation();

private:
    /// Writes \a bytes to a file named \a name in the test's folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

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
        // Recognised quotations and mentions become annotations in one step each.
        {
            const int steps = window.project()->undoStack()->index();
            QCOMPARE(window.annotateQuotations(), 5);
            QCOMPARE(window.project()->annotations().at(1).note, QStringLiteral("Speaker: Antony Blinken"));
            // Four by name, and three inside the names of the agreement and the alliance.
            QCOMPARE(window.annotateMentions(QStringLiteral("Republic of Korea"), EntityType::Place), 7);
            QCOMPARE(window.project()->codes().size(), 2);
            QCOMPARE(window.project()->undoStack()->index(), steps + 2);
            window.project()->undo();
            window.project()->undo();
            QVERIFY(window.project()->annotations().isEmpty());
            QVERIFY(window.project()->codes().isEmpty());
        }
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
                return m.canonical == QLatin1String("Putin"); // "President Putin"
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
        QCOMPARE(window.project()->code(a.firstCode())->color, QColor(80, 180, 250));
        // The correction came back with the project and applies to the new analysis.
        QCOMPARE(window.project()->entityCorrections().size(), 1);
        window.analysis()->waitForFinished();
        QTRY_VERIFY(window.analysis()->result(window.currentDocument()));
        for (const EntityMention &m : window.analysis()->result(window.currentDocument())->entities)
            QVERIFY(m.canonical != QLatin1String("Putin"));
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

void TestMainWindow::findInProject()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSettings().clear(); // default find options
    QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
    const QString second = writeFile(QStringLiteral("find-in-project.txt"),
        "A second statement.\nThe Republic of Korea and the United States met.\nTalks with the REPUBLIC OF KOREA "
        "go on.\n");
    QVERIFY(window.openFile(second));
    const QUuid secondId = window.currentDocument();

    SearchPanel *search = window.searchPanel();
    QVERIFY(!search->isVisible());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QVERIFY(search->isVisible());
    QVERIFY(search->findChild<QLineEdit *>()->hasFocus());
    search->setPattern(QStringLiteral("republic of korea"));
    SearchResultModel *model = search->model();
    QCOMPARE(model->matchCount(), 8); // six in the sample, two in the second statement
    QCOMPARE(model->statementCount(), 2);

    // Activating a match in the other statement shows it there, selected.
    int row = 0;
    while (row < model->rowCount() && model->index(row, 0).data(SearchResultModel::DocumentIdRole).toUuid() == secondId)
        ++row;
    QVERIFY(row < model->rowCount());
    search->view()->setCurrentIndex(model->index(row, SearchResultModel::ContextColumn));
    Q_EMIT search->view()->activated(model->index(row, SearchResultModel::ContextColumn));
    QVERIFY(window.currentDocument() != secondId);
    QCOMPARE(window.documentView()->textCursor().selectedText().toLower(), QStringLiteral("republic of korea"));

    // Case and whole words narrow the search; an invalid expression says what is wrong.
    QCheckBox *matchCase = nullptr;
    QCheckBox *regex = nullptr;
    for (QCheckBox *box : search->findChildren<QCheckBox *>()) {
        if (box->accessibleName() == QStringLiteral("Match case"))
            matchCase = box;
        if (box->accessibleName() == QStringLiteral("Regular expression"))
            regex = box;
    }
    QVERIFY(matchCase && regex);
    matchCase->setChecked(true);
    QCOMPARE(model->matchCount(), 0);
    search->setPattern(QStringLiteral("Republic of Korea"));
    QCOMPARE(model->matchCount(), 7);
    matchCase->setChecked(false);
    regex->setChecked(true);
    search->setPattern(QStringLiteral("(Republic"));
    QCOMPARE(model->matchCount(), 0);
    QLabel *status = nullptr;
    for (QLabel *label : search->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Search result count"))
            status = label;
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("Invalid regular expression")), qPrintable(status->text()));
    search->setPattern(QStringLiteral("Republic of Korea|United States"));
    const qsizetype matches = model->matchCount();
    QVERIFY(matches > 8);

    // Coding every match is one step to undo.
    const int steps = window.project()->undoStack()->index();
    QCOMPARE(window.codeAllProjectMatches(QStringLiteral("Korea"), QColor(20, 90, 200), QString()), matches);
    QCOMPARE(window.project()->annotations().size(), matches);
    QCOMPARE(window.project()->annotationsOf(secondId).size(), 3);
    window.project()->undo();
    QVERIFY(window.project()->annotations().isEmpty());
    QCOMPARE(window.project()->undoStack()->index(), steps);

    // Removing a statement updates the results.
    window.project()->removeDocument(secondId);
    QTRY_COMPARE(model->statementCount(), 1);
}

void TestMainWindow::entitiesOfAllStatements()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSettings().clear();
    QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
    const QUuid sample = window.currentDocument();
    const QString second = writeFile(QStringLiteral("blinken-only.txt"),
        "Readout.\n\u201CWe will keep working together,\u201D Blinken said in Tokyo on Friday.\n");
    QVERIFY(window.openFile(second));
    const QUuid secondId = window.currentDocument();
    window.analysis()->waitForFinished();

    auto *entities = window.findChild<EntityPanel *>();
    QVERIFY(entities);
    auto entityItem = [entities](const QString &name) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> found = entities->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.constFirst();
    };
    // This statement alone: "Blinken" is linked to the full name the sample gave.
    QTRY_VERIFY(entityItem(QStringLiteral("Antony Blinken")));
    QCOMPARE(entityItem(QStringLiteral("Antony Blinken"))->childCount(), 1);

    // All statements: one entity with the mentions of both statements.
    QComboBox *scope = nullptr;
    for (QComboBox *box : window.findChildren<QComboBox *>())
        if (box->accessibleName() == QStringLiteral("Show the entities of"))
            scope = box;
    QVERIFY(scope);
    scope->setCurrentIndex(1);
    QTRY_VERIFY(
        entityItem(QStringLiteral("Antony Blinken")) && entityItem(QStringLiteral("Antony Blinken"))->childCount() > 1);
    QTreeWidgetItem *blinken = entityItem(QStringLiteral("Antony Blinken"));
    // The count is of the names; the pronouns that refer to him are listed too ("he said").
    int mentions = 0;
    int pronouns = 0;
    for (int i = 0; i < blinken->childCount(); ++i)
        (EntityPanel::isReference(blinken->child(i)) ? pronouns : mentions) += 1;
    QCOMPARE(blinken->text(1).toInt(), mentions);
    QVERIFY(pronouns > 0);
    // Activating a mention in the other statement shows it there.
    QTreeWidgetItem *inSample = nullptr;
    for (int i = 0; i < blinken->childCount(); ++i)
        if (blinken->child(i)->text(0).startsWith(window.project()->document(sample)->title)
            && !EntityPanel::isReference(blinken->child(i)))
            inSample = blinken->child(i);
    QVERIFY(inSample);
    Q_EMIT entities->itemActivated(inSample, 0);
    QCOMPARE(window.currentDocument(), sample);
    QVERIFY(window.documentView()->textCursor().selectedText().contains(QStringLiteral("Blinken")));

    // Annotating every mention covers both statements, in one undoable step.
    QCOMPARE(window.annotateMentions(QStringLiteral("Antony Blinken"), EntityType::Person), qsizetype(mentions));
    QVERIFY(!window.project()->annotationsOf(secondId).isEmpty());
    QVERIFY(!window.project()->annotationsOf(sample).isEmpty());
    window.project()->undo();
    QVERIFY(window.project()->annotations().isEmpty());
    // The choice is remembered.
    QVERIFY(QSettings().value(QStringLiteral("entities/allStatements")).toBool());
}

void TestMainWindow::annotationFilters()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSettings().clear();
    QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
    const QUuid sample = window.currentDocument();
    const QString second
        = writeFile(QStringLiteral("filters.txt"), "Another statement about deterrence and the alliance.\n");
    QVERIFY(window.openFile(second));
    const QUuid secondId = window.currentDocument();
    Project *project = window.project();
    const QUuid security = project->addCode(QStringLiteral("Security"), QColor(200, 0, 0));
    const QUuid deterrence = project->addCode(QStringLiteral("Deterrence"), QColor(120, 0, 0), {}, security);
    project->addAnnotation(secondId, 24, 34, deterrence, QStringLiteral("the key word"));
    project->addAnnotation(secondId, 43, 51, {});
    project->addAnnotation(sample, 4, 21, security);

    auto *panel = window.findChild<AnnotationsPanel *>();
    auto *bar = window.findChild<AnnotationFilterBar *>();
    QVERIFY(panel && bar);
    QCOMPARE(panel->model()->rowCount(), 2); // the shown statement's
    bar->textEdit()->setText(QStringLiteral("KEY"));
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->annotationId(panel->model()->index(0, 0)), project->annotationsOf(secondId).constFirst().id);
    bar->textEdit()->clear();
    // A code takes in its subcodes; "without a code" shows plain highlights.
    bar->setCode(security);
    QCOMPARE(panel->model()->rowCount(), 1);
    bar->codeBox()->setCurrentIndex(1);
    Q_EMIT bar->codeBox()->activated(1);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(AnnotationModel::PassageRole).toString(), QStringLiteral("alliance"));
    bar->setCode({});
    // All statements, remembered.
    bar->scopeBox()->setCurrentIndex(1);
    QCOMPARE(panel->model()->rowCount(), 3);
    QVERIFY(QSettings().value(QStringLiteral("annotations/allStatements")).toBool());
    bar->setCode(security);
    QCOMPARE(panel->model()->rowCount(), 2);
    // Activating one in the other statement shows it there.
    QModelIndex inSample;
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        if (panel->model()->index(row, 0).data(AnnotationModel::DocumentIdRole).toUuid() == sample)
            inSample = panel->model()->index(row, 0);
    QVERIFY(inSample.isValid());
    Q_EMIT panel->activated(inSample);
    QCOMPARE(window.currentDocument(), sample);
    // Undo passes through the filters.
    project->undo();
    QCOMPARE(panel->model()->rowCount(), 1);
}

void TestMainWindow::openManyStatements()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList files;
    for (int i = 0; i < 5; ++i) {
        files << writeFile(QStringLiteral("many-%1.txt").arg(i),
            QStringLiteral("Statement number %1 on the alliance.\n").arg(i).toUtf8());
    }
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 7 % 256));
    const QString binary = writeFile(QStringLiteral("many-binary.txt"), bytes);
    files.insert(2, binary);
    files << m_dir.filePath(QStringLiteral("does-not-exist.txt"));

    const int steps = window.project()->undoStack()->index();
    QStringList problems;
    QCOMPARE(window.openFiles(files, &problems), qsizetype(5));
    QCOMPARE(window.project()->documents().size(), 5);
    QCOMPARE(problems.size(), 2); // one report for the two that could not open
    QVERIFY2(problems.join(u' ').contains(QStringLiteral("binary")), qPrintable(problems.join(u'\n')));
    QCOMPARE(window.currentDocument(), window.project()->documents().constFirst().id);
    // One undo step takes all five back.
    QCOMPARE(window.project()->undoStack()->index(), steps + 1);
    window.project()->undo();
    QVERIFY(window.project()->documents().isEmpty());
    // Nothing that opens: no empty undo step is left behind.
    QCOMPARE(window.openFiles({binary, m_dir.filePath(QStringLiteral("nope.txt"))}, &problems), qsizetype(0));
    QCOMPARE(window.project()->undoStack()->index(), steps);
}

void TestMainWindow::colourSchemes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *dark = nullptr;
    QAction *light = nullptr;
    QAction *desktop = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->isCheckable() || !action->data().isValid())
            continue;
        if (action->text() == QStringLiteral("D&ark"))
            dark = action;
        else if (action->text() == QStringLiteral("&Light"))
            light = action;
        else if (action->text() == QStringLiteral("As the &Desktop"))
            desktop = action;
    }
    QVERIFY(dark && light && desktop);
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
    QTRY_VERIFY(window.documentView()->palette().color(QPalette::Base).lightness() < 128);
    QCOMPARE(QSettings().value(QStringLiteral("view/colourScheme")).toInt(), 2);
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 128);
    desktop->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("view/colourScheme")).toInt(), 0);
}

void TestMainWindow::statementsCodebookAndShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString sample = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt");
    const QStringList texts
        = {QStringLiteral("Second statement. \u201CWe stand together,\u201D said Foreign Minister Park Jin.\n"),
            QStringLiteral("Third statement about Japan and the Taiwan Strait.\n")};
    QVERIFY(window.openFile(sample));
    for (int i = 0; i < texts.size(); ++i) {
        const QString file = m_dir.filePath(QStringLiteral("statement-%1.txt").arg(i + 2));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(texts.at(i).toUtf8());
        out.close();
        QVERIFY(window.openFile(file));
    }
    QCOMPARE(window.project()->documents().size(), 3);
    auto *list = window.findChild<DocumentList *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(1)->text(DocumentList::SourceColumn), QStringLiteral("statement-2.txt"));
    // Every statement is analysed in the background; the list shows the counts.
    QTRY_COMPARE(list->topLevelItem(0)->text(DocumentList::QuotesColumn), QStringLiteral("5"));
    QTRY_COMPARE(list->topLevelItem(1)->text(DocumentList::QuotesColumn), QStringLiteral("1"));
    QCOMPARE(list->topLevelItem(2)->text(DocumentList::QuotesColumn), QStringLiteral("0"));

    // Two codes; Ctrl+2 applies the second to the selection in the shown (third) statement.
    window.project()->addCode(QStringLiteral("Alliance"), Qt::red);
    const QUuid region = window.project()->addCode(QStringLiteral("Region"), Qt::green);
    QCOMPARE(window.currentDocument(), window.project()->documents().at(2).id);
    const QString text = window.project()->documents().at(2).text;
    const qsizetype start = text.indexOf(QStringLiteral("Taiwan Strait"));
    window.documentView()->revealRange(start, start + 13);
    window.documentView()->setFocus();
    QTest::keyClick(window.documentView(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.project()->annotations().size(), 1);
    QCOMPARE(window.project()->annotations().first().codeIds, QList<QUuid> {region});
    QCOMPARE(list->topLevelItem(2)->text(DocumentList::AnnotationsColumn), QStringLiteral("1"));

    // Every statement to its own PDF (the third title has a character file systems refuse).
    {
        QTemporaryDir pdfs;
        QCOMPARE(window.exportAllPdfs(pdfs.path()), 3);
        const QStringList written = QDir(pdfs.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(written.size(), 3);
        QVERIFY(written.contains(QStringLiteral("us-rok-alliance-statement.pdf")));
        // or all of them into one PDF
        const QString combined = QDir(pdfs.path()).filePath(QStringLiteral("all.pdf"));
        QVERIFY(window.exportCombinedPdf(combined));
        QFile pdf(combined);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Subtype /Highlight"), 1);
        QCOMPARE(bytes.count("/Type /EmbeddedFile"), 1);
    }

    // Code statistics: one Region annotation in the third statement; CSV of the shown table.
    {
        CodeStatisticsDialog statistics(CodeStatistics::of(*window.project()), &window);
        QCOMPARE(statistics.frequencies()->rowCount(), 4); // three statements and the totals
        QCOMPARE(statistics.frequencies()->item(2, 1)->text(), QStringLiteral("1"));
        QCOMPARE(statistics.frequencies()->item(3, 2)->text(), QStringLiteral("1"));
        const QString csvFile = m_dir.filePath(QStringLiteral("frequencies.csv"));
        QString error;
        QVERIFY2(statistics.exportCsv(csvFile, &error), qPrintable(error));
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("Statement,Alliance,Region,Total\r\n"));
    }

    // The codebook lists both codes with their counts; deleting one keeps its annotation.
    auto *codebook = window.findChild<CodebookPanel *>();
    QVERIFY(codebook);
    QCOMPARE(codebook->view()->model()->rowCount(), 2);
    window.project()->removeCode(region);
    QCOMPARE(codebook->view()->model()->rowCount(), 1);
    QCOMPARE(window.project()->annotations().size(), 1);
    window.project()->undo();
    QCOMPARE(codebook->view()->model()->rowCount(), 2);

    // With a subcode, Ctrl+1 ... Ctrl+9 follow the codebook's depth-first order: Alliance,
    // Korea, Region.
    const QUuid alliance = window.project()->codeByName(QStringLiteral("Alliance"))->id;
    const QUuid korea = window.project()->addCode(QStringLiteral("Korea"), Qt::blue, {}, alliance);
    QCOMPARE(codebook->view()->model()->rowCount(), 2);
    window.documentView()->revealRange(start, start + 6);
    // Shortcuts reach an active window only.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.documentView()->setFocus();
    QTest::keyClick(window.documentView(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.project()->annotations().size(), 2);
    const QUuid taiwan = window.project()->annotations().last().id;
    QCOMPARE(window.project()->annotation(taiwan)->codeIds, QList<QUuid> {korea});

    // The annotations panel's menu adds a code to the annotation and takes it off again.
    auto *panel = window.findChild<AnnotationsPanel *>();
    QVERIFY(panel);
    auto trigger = [&](int submenu, const QString &name) {
        std::unique_ptr<QMenu> menu(panel->codesMenu(taiwan, nullptr));
        const QList<QAction *> actions = menu->actions().at(submenu)->menu()->actions();
        const auto it
            = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction *a) { return a->text() == name; });
        QVERIFY(it != actions.cend());
        (*it)->trigger();
    };
    trigger(0, QStringLiteral("Region"));
    QCOMPARE(window.project()->annotation(taiwan)->codeIds, (QList<QUuid> {korea, region}));
    trigger(1, QStringLiteral("Korea"));
    QCOMPARE(window.project()->annotation(taiwan)->codeIds, QList<QUuid> {region});
    window.project()->undo();
    window.project()->undo();
    QCOMPARE(window.project()->annotation(taiwan)->codeIds, QList<QUuid> {korea});
}

void TestMainWindow::memos()
{
    const QString projectFile = m_dir.filePath(QStringLiteral("memos.lectern"));
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
        auto *memos = window.findChild<MemoPanel *>();
        QVERIFY(memos);
        memos->statementMemo()->editor()->setFocus();
        QTest::keyClicks(memos->statementMemo()->editor(), QStringLiteral("**Key** statement"));
        QTRY_COMPARE(window.project()->memo(window.currentDocument()), QStringLiteral("**Key** statement"));
        const int steps = window.project()->undoStack()->index();
        QTest::keyClicks(memos->projectMemo()->editor(), QStringLiteral("Alliance memo"));
        QTRY_COMPARE(window.project()->memo(), QStringLiteral("Alliance memo"));
        QCOMPARE(window.project()->undoStack()->index(), steps + 1); // the typing is one step
        window.project()->undo();
        QCOMPARE(memos->projectMemo()->text(), QString());
        window.project()->redo();
        QCOMPARE(memos->projectMemo()->text(), QStringLiteral("Alliance memo"));
        memos->statementMemo()->setPreviewing(true);
        QVERIFY(memos->statementMemo()->isPreviewing());
        QVERIFY(window.saveProject(projectFile));
    }
    MainWindow window;
    QVERIFY(window.openFile(projectFile));
    auto *memos = window.findChild<MemoPanel *>();
    QCOMPARE(memos->statementMemo()->text(), QStringLiteral("**Key** statement"));
    QCOMPARE(memos->projectMemo()->text(), QStringLiteral("Alliance memo"));
}

void TestMainWindow::noteOfTheSelectedAnnotation()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
    const QString text = window.project()->documents().first().text;
    const qsizetype start = text.indexOf(QStringLiteral("Taiwan Strait"));
    window.documentView()->revealRange(start, start + 13);
    const QUuid id
        = window.annotateSelection(QStringLiteral("Region"), Qt::green, QStringLiteral("*Contested* waters"));
    auto *panel = window.findChild<AnnotationsPanel *>();
    auto *notes = window.findChild<NoteView *>();
    QVERIFY(panel && notes);
    panel->setCurrentIndex(panel->model()->index(0, 0));
    QCOMPARE(notes->annotation(), id);
    QVERIFY(notes->editor()->isPreviewing()); // shown rendered first
    QCOMPARE(notes->editor()->text(), QStringLiteral("*Contested* waters"));
    notes->editor()->setPreviewing(false);
    notes->editor()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes->editor()->editor(), QStringLiteral(" since 1949"));
    QTRY_COMPARE(window.project()->annotation(id)->note, QStringLiteral("*Contested* waters since 1949"));
    window.project()->undo();
    QCOMPARE(notes->editor()->text(), QStringLiteral("*Contested* waters"));
    window.project()->undo(); // the annotation itself
    QVERIFY(notes->annotation().isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
