// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "batchexport.h"
#include "codebookpanel.h"
#include "codestatisticsdialog.h"
#include "colourscheme.h"
#include "documentlist.h"
#include "findbar.h"
#include "memopanel.h"
#include "noteview.h"
#include "projectguard.h"
#include "quotespanel.h"
#include "searchpanel.h"

#include "analysiscontroller.h"
#include "annotatedialog.h"
#include "annotationfilterbar.h"
#include "annotationspanel.h"
#include "documentview.h"
#include "entitypanel.h"

#include "analysis/quotetablemodel.h"
#include "analysis/recognizer.h"
#include "document/documentimporter.h"
#include "export/pdfexporter.h"
#include "project/annotationmodel.h"
#include "project/searchresultmodel.h"
#include "storage/projectfile.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Lectern {

namespace {
constexpr int MaxRecentFiles = 8;
const auto ProjectSuffix = QLatin1String("lectern");

bool isProjectFile(const QString &fileName)
{
    return QFileInfo(fileName).suffix().compare(ProjectSuffix, Qt::CaseInsensitive) == 0;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new DocumentView(this))
    , m_analysis(new AnalysisController(this))
    , m_guard(new ProjectGuard(&m_project, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *reader = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_view, 1);
    m_findBar = new FindBar(m_view, reader);
    m_findBar->hide();
    readerLayout->addWidget(m_findBar);
    setCentralWidget(reader);
    connect(m_findBar, &FindBar::codeAllRequested, this, &MainWindow::codeAllMatchesInteractive);
    setAcceptDrops(true);
    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_statusCounts = new QLabel(this));

    connect(&m_project, &Project::annotationAdded, this, &MainWindow::refreshAnnotations);
    connect(&m_project, &Project::annotationRemoved, this, &MainWindow::refreshAnnotations);
    connect(&m_project, &Project::annotationChanged, this, &MainWindow::refreshAnnotations);
    connect(&m_project, &Project::codesChanged, this, &MainWindow::refreshAnnotations);
    connect(&m_project, &Project::documentsChanged, this, &MainWindow::refreshDocuments);
    connect(&m_project, &Project::entityCorrectionsChanged, this, [this] {
        // Analyse again with the corrections; the current statement first.
        m_analysis->setCorrections(m_project.entityCorrections());
        refreshDocuments();
    });
    connect(&m_project, &Project::projectReset, this, [this] {
        m_analysis->clear();
        m_analysis->setCorrections(m_project.entityCorrections());
        m_quoteModel->clear();
        refreshDocuments();
    });
    connect(&m_project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_project, &Project::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_analysis, &AnalysisController::started, this,
        [this] { statusBar()->showMessage(tr("Recognising quotations and entities\u2026")); });
    connect(m_analysis, &AnalysisController::finished, this, [this](const QUuid &id) {
        statusBar()->clearMessage();
        m_documents->refreshCounts();
        if (const Document *document = m_project.document(id); document && m_analysis->result(id))
            m_quoteModel->setQuotes(id, document->title, document->text, m_analysis->result(id)->quotes);
        if (id == m_currentDocument)
            refreshAnalysis();
        else if (entitiesOfAllStatements())
            m_entitiesTimer->start();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_view->zoomBy(settings.value(QStringLiteral("view/zoom"), 0).toInt());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 820);
    if (!settings.contains(QStringLiteral("window/state"))) {
        // First start: room for the statements' titles and counts beside the reader.
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->objectName() == QLatin1String("DocumentsDock"))
                resizeDocks({dock}, {360}, Qt::Horizontal);
            if (dock->objectName() == QLatin1String("AnnotationsDock"))
                resizeDocks({dock}, {330}, Qt::Horizontal);
        }
    }
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto addDock = [this](QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    m_documents = new DocumentList(&m_project, m_analysis, this);
    addDock(m_documents, tr("Statements"), QStringLiteral("DocumentsDock"), Qt::LeftDockWidgetArea);
    connect(m_documents, &DocumentList::documentSelected, this, &MainWindow::showDocument);
    connect(m_documents, &DocumentList::removeRequested, this, [this](const QUuid &id) {
        const Document *document = m_project.document(id);
        if (!document)
            return;
        const qsizetype annotations = m_project.annotationsOf(id).size();
        if (annotations > 0
            && QMessageBox::question(this, tr("Remove Statement"),
                   tr("Remove \u201C%1\u201D from the project? Its %n annotation(s) go with it. You can undo this.",
                       nullptr, int(annotations))
                       .arg(document->title))
                != QMessageBox::Yes)
            return;
        m_project.removeDocument(id);
    });

    m_codebook = new CodebookPanel(&m_project, this);
    addDock(m_codebook, tr("Codebook"), QStringLiteral("CodebookDock"), Qt::LeftDockWidgetArea);
    connect(m_codebook, &CodebookPanel::applyRequested, this, &MainWindow::applyCode);

    m_memos = new MemoPanel(&m_project, this);
    addDock(m_memos, tr("Memos"), QStringLiteral("MemosDock"), Qt::RightDockWidgetArea)->hide();

    auto *history = new QUndoView(m_project.undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    addDock(history, tr("History"), QStringLiteral("HistoryDock"), Qt::LeftDockWidgetArea)->hide();

    m_annotations = new AnnotationsPanel(&m_project, this);
    m_noteView = new NoteView(&m_project, this);
    auto *annotationsList = new QWidget(this);
    auto *annotationsLayout = new QVBoxLayout(annotationsList);
    annotationsLayout->setContentsMargins(0, 0, 0, 0);
    annotationsLayout->setSpacing(2);
    m_annotationFilter = new AnnotationFilterBar(&m_project, m_annotations, annotationsList);
    annotationsLayout->addWidget(m_annotationFilter);
    annotationsLayout->addWidget(m_annotations, 1);
    auto *annotationsSplit = new QSplitter(Qt::Vertical, this);
    annotationsSplit->addWidget(annotationsList);
    annotationsSplit->addWidget(m_noteView);
    annotationsSplit->setStretchFactor(0, 3);
    annotationsSplit->setStretchFactor(1, 1);
    addDock(annotationsSplit, tr("Annotations"), QStringLiteral("AnnotationsDock"), Qt::RightDockWidgetArea);
    connect(m_annotations->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &index) { m_noteView->setAnnotation(m_annotations->annotationId(index)); });
    connect(m_annotations, &AnnotationsPanel::annotationActivated, this, [this](const QUuid &id) {
        if (const Annotation *a = m_project.annotation(id)) {
            if (a->documentId != m_currentDocument)
                showDocument(a->documentId);
            m_view->revealRange(a->start, a->end);
        }
    });

    // The entities of the shown statement, or of every statement of the project as one list.
    auto *entitiesBox = new QWidget(this);
    m_entityScope = new QComboBox(entitiesBox);
    m_entityScope->addItem(tr("This statement"));
    m_entityScope->addItem(tr("All statements"));
    m_entityScope->setAccessibleName(tr("Show the entities of"));
    m_entityScope->setCurrentIndex(QSettings().value(QStringLiteral("entities/allStatements"), false).toBool() ? 1 : 0);
    m_entities = new EntityPanel(entitiesBox);
    auto *entitiesLayout = new QVBoxLayout(entitiesBox);
    entitiesLayout->setContentsMargins(0, 0, 0, 0);
    entitiesLayout->addWidget(m_entityScope);
    entitiesLayout->addWidget(m_entities, 1);
    addDock(entitiesBox, tr("Entities"), QStringLiteral("EntitiesDock"), Qt::RightDockWidgetArea);
    connect(m_entityScope, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("entities/allStatements"), index == 1);
        refreshEntities();
    });
    // Analyses that finish one after another rebuild the project's list once, not each time.
    m_entitiesTimer = new QTimer(this);
    m_entitiesTimer->setSingleShot(true);
    m_entitiesTimer->setInterval(150);
    connect(m_entitiesTimer, &QTimer::timeout, this, &MainWindow::refreshEntities);
    connect(m_entities, &EntityPanel::mentionActivated, this,
        [this](const QUuid &documentId, qsizetype start, qsizetype end) {
            if (!documentId.isNull() && documentId != m_currentDocument)
                showDocument(documentId);
            m_view->revealRange(start, end);
        });
    connect(m_entities, &EntityPanel::annotateMentionsRequested, this, &MainWindow::annotateMentions);
    connect(m_entities, &EntityPanel::correctionRequested, this,
        [this](const EntityCorrection &correction) { m_project.addEntityCorrection(correction); });

    m_search = new SearchPanel(&m_project, this);
    m_searchDock = addDock(m_search, tr("Find in Project"), QStringLiteral("SearchDock"), Qt::BottomDockWidgetArea);
    m_searchDock->hide(); // shown by Edit > Find in Project (Ctrl+Shift+F)
    connect(
        m_search, &SearchPanel::matchActivated, this, [this](const QUuid &documentId, qsizetype start, qsizetype end) {
            if (documentId != m_currentDocument)
                showDocument(documentId);
            m_view->revealRange(start, end);
        });
    connect(m_search, &SearchPanel::codeAllRequested, this, &MainWindow::codeAllProjectMatchesInteractive);

    m_quoteModel = new QuoteTableModel(this);
    auto *quotes = new QuotesPanel(m_quoteModel, this);
    QDockWidget *quotesDock
        = addDock(quotes, tr("Quotations"), QStringLiteral("QuotationsDock"), Qt::BottomDockWidgetArea);
    quotesDock->hide(); // shown from the View menu
    connect(
        quotes, &QuotesPanel::quoteActivated, this, [this](const QUuid &documentId, qsizetype start, qsizetype end) {
            if (documentId != m_currentDocument)
                showDocument(documentId);
            m_view->revealRange(start, end);
        });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open\u2026"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a statement (text or Markdown) or a Lectern project"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *save
        = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As\u2026"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
        tr("&Export Annotated PDF\u2026"), this, &MainWindow::exportPdfInteractive);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export &All Statements as PDFs\u2026"), this, &MainWindow::exportAllInteractive);
    QSettings settings;
    m_includeQuotes = file->addAction(tr("Include Recognised &Quotations in PDF"));
    m_includeQuotes->setCheckable(true);
    m_includeQuotes->setChecked(settings.value(QStringLiteral("export/includeQuotes"), false).toBool());
    m_includeEntities = file->addAction(tr("Include Recognised E&ntities in PDF"));
    m_includeEntities->setCheckable(true);
    m_includeEntities->setChecked(settings.value(QStringLiteral("export/includeEntities"), false).toBool());
    file->addSeparator();
    QAction *quit
        = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_project.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *annotate = edit->addAction(QIcon::fromTheme(QStringLiteral("format-text-highlight")),
        tr("&Annotate Selection\u2026"), this, &MainWindow::annotateInteractive);
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    annotate->setStatusTip(tr("Tag the selected passage with a code and a note"));
    QAction *remove = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Remove Annotation"), this,
        &MainWindow::removeCurrentAnnotation);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    // Ctrl+1 ... Ctrl+9 apply the first nine codes of the codebook, in the order the codebook
    // shows them (depth first), to the selection.
    QMenu *applyMenu = edit->addMenu(tr("Apply &Code"));
    for (int i = 0; i < 9; ++i) {
        QAction *apply = applyMenu->addAction(tr("Code %1").arg(i + 1), this, [this, i] {
            const QList<QUuid> order = m_project.codesDepthFirst();
            if (i < order.size())
                applyCode(order.at(i));
            else
                statusBar()->showMessage(tr("The codebook has no code %1.").arg(i + 1), 4000);
        });
        apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    connect(applyMenu, &QMenu::aboutToShow, this, [this, applyMenu] {
        const QList<QAction *> actions = applyMenu->actions();
        const QList<QUuid> order = m_project.codesDepthFirst();
        for (int i = 0; i < actions.size(); ++i)
            actions.at(i)->setText(i < order.size()
                    ? QStringLiteral("&%1 %2").arg(i + 1).arg(m_project.code(order.at(i))->name)
                    : tr("Code %1").arg(i + 1));
    });
    edit->addSeparator();
    QAction *find = edit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find\u2026"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] {
        if (m_findBar->pattern().isEmpty())
            m_findBar->activate();
        else
            m_findBar->findNext(false);
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] { m_findBar->findNext(true); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *findInProject = edit->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find")), tr("Find in &Project\u2026"), this, &MainWindow::findInProject);
    findInProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    edit->addSeparator();
    // The selection is a name the recogniser missed: every occurrence becomes an entity.
    QMenu *markEntity = edit->addMenu(tr("Mark Selection as &Entity"));
    const std::pair<EntityType, QString> types[] = {
        {EntityType::Person, tr("&Person")},
        {EntityType::Place, tr("P&lace")},
        {EntityType::Organization, tr("&Organisation")},
        {EntityType::Agreement, tr("&Agreement")},
        {EntityType::Event, tr("&Event")},
        {EntityType::Date, tr("&Date")},
    };
    for (const auto &[type, label] : types) {
        const EntityType t = type;
        markEntity->addAction(label, this, [this, t] {
            const QString name = m_view->textCursor().selectedText().simplified();
            if (name.isEmpty()) {
                statusBar()->showMessage(tr("Select a name in the text first."), 4000);
                return;
            }
            m_project.addEntityCorrection({{}, EntityCorrection::Kind::AddEntity, name, {}, t});
        });
    }
    edit->addSeparator();
    QAction *copy
        = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), m_view, &QPlainTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(
        QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this, [this] { m_view->zoomBy(1); });
    zoomIn->setShortcuts(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(
        QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this, [this] { m_view->zoomBy(-1); });
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = m_viewMenu->addAction(tr("&Actual Size"), this, [this] { m_view->resetZoom(); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    // Colours: the desktop's, or Lectern's light or dark palette; the reader's theme follows.
    QMenu *colours = m_viewMenu->addMenu(tr("&Colours"));
    auto *colourGroup = new QActionGroup(this);
    const ColourScheme current = savedColourScheme();
    const std::pair<ColourScheme, QString> schemes[] = {{ColourScheme::System, tr("As the &Desktop")},
        {ColourScheme::Light, tr("&Light")}, {ColourScheme::Dark, tr("D&ark")}};
    for (const auto &[scheme, label] : schemes) {
        QAction *action = colours->addAction(label, this, [scheme] { applyColourScheme(scheme); });
        action->setCheckable(true);
        action->setChecked(scheme == current);
        action->setData(int(scheme));
        colourGroup->addAction(action);
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Annotate &Quotations in This Statement"), this, &MainWindow::annotateQuotations);
    tools->addSeparator();
    tools->addAction(tr("Code &Statistics\u2026"), this, [this] {
        CodeStatisticsDialog dialog(CodeStatistics::of(m_project), this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
            tr("<h3>Lectern %1</h3><p>A reader and annotation tool for official statements: quotations with "
               "their speakers, named entities, codes and notes, and annotated PDFs.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QStringLiteral(LECTERN_VERSION_STRING)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    for (QAction *action : {open, save, exportAction, undo, redo, annotate})
        toolbar->addAction(action);
}

void MainWindow::open()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Statements or a Project"), lastDirectory(),
        tr("Statements and projects (%1 *.lectern);;Lectern projects (*.lectern);;All files (*)")
            .arg(DocumentImporter::nameFilters().join(QLatin1Char(' '))));
    openFiles(files);
}

qsizetype MainWindow::openFiles(const QStringList &files, QStringList *problems)
{
    // Projects open one by one (each replaces the open project); statements are added together.
    QStringList statements;
    for (const QString &file : files) {
        if (isProjectFile(file))
            openFile(file);
        else
            statements.append(file);
    }
    if (statements.size() <= 1) {
        const bool opened = !statements.isEmpty() && openFile(statements.constFirst());
        return opened ? 1 : 0;
    }
    // Many statements: progress with Cancel, one undo step, one report of what could not open.
    QProgressDialog progress(tr("Adding statements\u2026"), tr("Cancel"), 0, int(statements.size()), this);
    progress.setWindowTitle(tr("Open Statements"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QStringList failed;
    QStringList warned;
    QList<Document> documents;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        progress.setValue(int(i));
        progress.setLabelText(tr("Adding %1\u2026").arg(QFileInfo(statements.at(i)).fileName()));
        if (progress.wasCanceled())
            break;
        DocumentImporter importer;
        Document document;
        if (!importer.importFile(statements.at(i), &document)) {
            failed.append(importer.errorString());
            continue;
        }
        for (const QString &warning : importer.warnings())
            warned.append(QStringLiteral("%1: %2").arg(QFileInfo(statements.at(i)).fileName(), warning));
        documents.append(std::move(document));
        rememberDirectory(statements.at(i));
    }
    progress.setValue(int(statements.size()));
    const qsizetype added = documents.size();
    QUuid first;
    if (added > 0) {
        m_project.undoStack()->beginMacro(tr("Add %n statement(s)", nullptr, int(added)));
        for (Document &document : documents) {
            const QUuid id = m_project.addDocument(std::move(document));
            if (first.isNull())
                first = id;
        }
        m_project.undoStack()->endMacro();
    }
    if (!first.isNull())
        showDocument(first);
    statusBar()->showMessage(tr("Added %n statement(s)", nullptr, int(added)), 5000);
    const QStringList all = failed + warned;
    if (problems)
        *problems = all;
    else if (!all.isEmpty())
        QMessageBox::warning(this, tr("Some Statements Had Problems"),
            tr("%1 of %2 statements were added.").arg(added).arg(statements.size()) + QStringLiteral("\n\n")
                + all.join(u'\n'));
    return added;
}

void MainWindow::offerRecovery()
{
    m_guard->offerRecovery(this);
    if (m_currentDocument.isNull() && !m_project.documents().isEmpty())
        showDocument(m_project.documents().first().id);
}

bool MainWindow::openFile(const QString &fileName)
{
    rememberDirectory(fileName);
    if (isProjectFile(fileName)) {
        if (!maybeSave())
            return false;
        QString lockError;
        if (!m_guard->lock(fileName, &lockError)) {
            showError(
                tr("Cannot Open Project"), tr("Lectern could not open the project %1.\n\n%2").arg(fileName, lockError));
            return false;
        }
        ProjectFile reader;
        if (!reader.load(m_project, fileName)) {
            m_guard->relockCurrent();
            showError(tr("Cannot Open Project"),
                tr("Lectern could not open the project %1.\n\n%2").arg(fileName, reader.errorString()));
            return false;
        }
        addRecentFile(fileName);
        if (!m_project.documents().isEmpty())
            showDocument(m_project.documents().first().id);
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(fileName).fileName()), 4000);
        return true;
    }
    DocumentImporter importer;
    Document document;
    if (!importer.importFile(fileName, &document)) {
        showError(tr("Cannot Open Statement"), importer.errorString());
        return false;
    }
    if (!importer.warnings().isEmpty())
        QMessageBox::warning(this, tr("Statement Opened with Problems"), importer.warnings().join(QLatin1Char('\n')));
    const QUuid id = m_project.addDocument(std::move(document));
    addRecentFile(fileName);
    showDocument(id);
    return true;
}

void MainWindow::showDocument(const QUuid &documentId)
{
    const Document *document = m_project.document(documentId);
    m_currentDocument = document ? documentId : QUuid();
    m_view->showDocument(document);
    m_annotations->setDocument(m_currentDocument);
    m_documents->setCurrentDocument(m_currentDocument);
    m_memos->setDocument(m_currentDocument);
    if (document)
        m_analysis->request(document->id, document->text, document->title);
    refreshAnnotations();
    refreshAnalysis();
    updateTitle();
}

void MainWindow::refreshDocuments()
{
    m_documents->refresh();
    // Every statement is analysed in the background, so the quote table covers the project.
    QSet<QUuid> present;
    for (const Document &document : m_project.documents()) {
        present.insert(document.id);
        m_analysis->request(document.id, document.text, document.title);
    }
    for (int row = m_quoteModel->rowCount() - 1; row >= 0; --row) {
        const QUuid id = m_quoteModel->index(row, 0).data(QuoteTableModel::DocumentIdRole).toUuid();
        if (!present.contains(id))
            m_quoteModel->removeDocument(id);
    }
    if (!m_project.document(m_currentDocument))
        showDocument(m_project.documents().isEmpty() ? QUuid() : m_project.documents().first().id);
    else
        showDocument(m_currentDocument);
}

QUuid MainWindow::codeNamed(const QString &name)
{
    if (const Code *existing = m_project.codeByName(name))
        return existing->id;
    return m_project.addCode(name, AnnotateDialog::suggestedColor(int(m_project.codes().size())));
}

qsizetype MainWindow::annotateQuotations()
{
    const AnalysisResult *result = m_analysis->result(m_currentDocument);
    if (!result) {
        statusBar()->showMessage(tr("The statement is still being analysed; try again in a moment."), 4000);
        return 0;
    }
    if (result->quotes.isEmpty()) {
        statusBar()->showMessage(tr("The recogniser found no quotation in this statement."), 4000);
        return 0;
    }
    QList<Project::Passage> passages;
    for (const QuoteSpan &quote : result->quotes)
        passages.append(
            {quote.range, quote.speaker ? tr("Speaker: %1").arg(quote.speaker->canonical) : tr("Speaker unknown")});
    // A new code's passages are all new, so the step is never empty.
    m_project.undoStack()->beginMacro(tr("Annotate quotations"));
    const qsizetype made
        = m_project.addAnnotations(m_currentDocument, passages, codeNamed(tr("Quotation")), tr("Annotate quotations"));
    m_project.undoStack()->endMacro();
    statusBar()->showMessage(tr("Annotated %n quotation(s)", nullptr, int(made)), 5000);
    return made;
}

qsizetype MainWindow::annotateMentions(const QString &canonical, EntityType type)
{
    // The shown statement, or every analysed statement when the list shows them all.
    QList<QUuid> scope;
    if (entitiesOfAllStatements()) {
        for (const Document &document : m_project.documents())
            scope.append(document.id);
    } else {
        scope.append(m_currentDocument);
    }
    QList<std::pair<QUuid, QList<Project::Passage>>> work;
    for (const QUuid &id : std::as_const(scope)) {
        const AnalysisResult *result = m_analysis->result(id);
        if (!result)
            continue;
        QList<Project::Passage> passages;
        for (const EntityMention &mention : result->entities) {
            if (mention.canonical == canonical && mention.type == type)
                passages.append({mention.range, {}});
        }
        if (!passages.isEmpty())
            work.append({id, passages});
    }
    if (work.isEmpty())
        return 0;
    m_project.undoStack()->beginMacro(tr("Annotate mentions of \u201C%1\u201D").arg(canonical));
    const QUuid codeId = codeNamed(canonical);
    qsizetype made = 0;
    for (const auto &[id, passages] : std::as_const(work))
        made += m_project.addAnnotations(id, passages, codeId, tr("Annotate mentions"));
    m_project.undoStack()->endMacro();
    statusBar()->showMessage(tr("Annotated %n mention(s)", nullptr, int(made)), 5000);
    return made;
}

void MainWindow::applyCode(const QUuid &codeId)
{
    const Code *code = m_project.code(codeId);
    const TextRange range = m_view->selectedRange();
    if (!code)
        return;
    if (range.length() <= 0 || m_currentDocument.isNull()) {
        statusBar()->showMessage(tr("Select a passage to code it as \u201C%1\u201D.").arg(code->name), 4000);
        return;
    }
    m_project.addAnnotation(m_currentDocument, range.start, range.end, codeId);
    m_lastCode = code->name;
}

void MainWindow::refreshAnnotations()
{
    m_documents->refreshCounts();
    m_view->setAnnotations(m_project.annotationsOf(m_currentDocument), m_project.codes());
    updateStatus();
}

void MainWindow::refreshAnalysis()
{
    const AnalysisResult *result = m_analysis->result(m_currentDocument);
    m_view->setSpans(result ? result->spans : QList<LexicalSpan>());
    m_view->setRecognised(result ? *result : AnalysisResult());
    if (entitiesOfAllStatements())
        m_entitiesTimer->start(); // analyses finishing one after another rebuild the list once
    else
        refreshEntities();
    updateStatus();
}

bool MainWindow::entitiesOfAllStatements() const
{
    return m_entityScope->currentIndex() == 1;
}

void MainWindow::refreshEntities()
{
    if (!entitiesOfAllStatements()) {
        const AnalysisResult *result = m_analysis->result(m_currentDocument);
        const Document *document = m_project.document(m_currentDocument);
        m_entities->setEntities(document ? document->text : QString(),
            result ? result->entities : QList<EntityMention>(), m_currentDocument,
            result ? result->references : QList<EntityMention>());
        return;
    }
    QList<EntityPanel::Statement> statements;
    qsizetype waiting = 0;
    for (const Document &document : m_project.documents()) {
        if (const AnalysisResult *result = m_analysis->result(document.id)) {
            statements.append({document.id, document.title, document.text, result->entities, result->references});
        } else {
            m_analysis->request(
                document.id, document.text, document.title); // analysed in turn; each refreshes the list
            ++waiting;
        }
    }
    m_entities->setStatements(statements);
    if (waiting > 0)
        statusBar()->showMessage(
            tr("Recognising %n more statement(s) for the entity list\u2026", nullptr, int(waiting)), 3000);
}

void MainWindow::updateStatus()
{
    const AnalysisResult *result = m_analysis->result(m_currentDocument);
    const qsizetype annotations = m_project.annotationsOf(m_currentDocument).size();
    if (!m_project.document(m_currentDocument)) {
        m_statusCounts->setText(tr("Open a statement to begin (Ctrl+O)"));
        return;
    }
    m_statusCounts->setText(result ? tr("%1 quotations \u00b7 %2 entity mentions \u00b7 %3 annotations")
                                         .arg(result->quotes.size())
                                         .arg(result->entities.size())
                                         .arg(annotations)
                                   : tr("%1 annotations").arg(annotations));
}

void MainWindow::updateTitle()
{
    const QString name = m_project.fileName().isEmpty()
        ? (m_project.document(m_currentDocument) ? m_project.document(m_currentDocument)->title : tr("Untitled"))
        : QFileInfo(m_project.fileName()).fileName();
    setWindowTitle(tr("%1[*] \u2014 Lectern").arg(name));
    setWindowModified(m_project.isModified());
}

qsizetype MainWindow::codeAllMatches(const QString &codeName, const QColor &color, const QString &note)
{
    const QList<QUuid> scope = m_findBar->allStatements() ? QList<QUuid>() : QList<QUuid> {m_currentDocument};
    if (m_findBar->pattern().isEmpty() || (!m_findBar->allStatements() && m_currentDocument.isNull()))
        return 0;
    return codeMatches(m_findBar->pattern(), m_findBar->options(), scope, codeName, color, note);
}

qsizetype MainWindow::codeAllProjectMatches(const QString &codeName, const QColor &color, const QString &note)
{
    if (m_search->pattern().isEmpty())
        return 0;
    return codeMatches(m_search->pattern(), m_search->options(), {}, codeName, color, note);
}

qsizetype MainWindow::codeMatches(const QString &pattern, const SearchOptions &options, const QList<QUuid> &scope,
    const QString &codeName, const QColor &color, const QString &note)
{
    m_project.undoStack()->beginMacro(tr("Code all matches of \u201C%1\u201D").arg(pattern));
    const QUuid codeId = codeName.isEmpty() ? QUuid() : m_project.addCode(codeName, color);
    QString error;
    const qsizetype made = m_project.codeAllMatches(pattern, options, codeId, note, scope, &error);
    m_project.undoStack()->endMacro();
    if (made < 0) {
        m_project.undo(); // the code made for nothing
        showError(tr("Cannot Code the Matches"), error);
        return -1;
    }
    m_lastCode = codeName;
    statusBar()->showMessage(tr("Coded %n passage(s)", nullptr, int(made)), 5000);
    return made;
}

void MainWindow::findInProject()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->activate(m_view->textCursor().selectedText());
}

void MainWindow::codeAllProjectMatchesInteractive()
{
    if (m_search->pattern().isEmpty())
        return;
    AnnotateDialog dialog(
        tr("%n match(es) of \u201C%1\u201D in every statement", nullptr, int(m_search->model()->matchCount()))
            .arg(m_search->pattern()),
        m_project.codes(), m_lastCode, this);
    dialog.setWindowTitle(tr("Code All Matches"));
    if (dialog.exec() == QDialog::Accepted)
        codeAllProjectMatches(dialog.codeName(), dialog.codeColor(), dialog.note());
}

void MainWindow::codeAllMatchesInteractive()
{
    const QList<TextRange> found = m_findBar->matches();
    if (m_findBar->pattern().isEmpty()) {
        m_findBar->activate();
        return;
    }
    AnnotateDialog dialog(m_findBar->allStatements()
            ? tr("Every match of \u201C%1\u201D in every statement").arg(m_findBar->pattern())
            : tr("%n match(es) of \u201C%1\u201D in this statement", nullptr, int(found.size()))
                  .arg(m_findBar->pattern()),
        m_project.codes(), m_lastCode, this);
    dialog.setWindowTitle(tr("Code All Matches"));
    if (dialog.exec() == QDialog::Accepted)
        codeAllMatches(dialog.codeName(), dialog.codeColor(), dialog.note());
}

QUuid MainWindow::annotateSelection(const QString &codeName, const QColor &color, const QString &note)
{
    const TextRange range = m_view->selectedRange();
    if (range.length() <= 0 || m_currentDocument.isNull())
        return {};
    m_project.undoStack()->beginMacro(tr("Annotate \u201C%1\u201D").arg(codeName));
    const QUuid codeId = codeName.isEmpty() ? QUuid() : m_project.addCode(codeName, color);
    const QUuid id = m_project.addAnnotation(m_currentDocument, range.start, range.end, codeId, note);
    m_project.undoStack()->endMacro();
    m_lastCode = codeName;
    return id;
}

void MainWindow::annotateInteractive()
{
    const TextRange range = m_view->selectedRange();
    const Document *document = m_project.document(m_currentDocument);
    if (!document || range.length() <= 0) {
        statusBar()->showMessage(tr("Select a passage in the text first, then annotate it (Ctrl+T)."), 5000);
        return;
    }
    AnnotateDialog dialog(
        document->text.mid(range.start, range.length()).simplified(), m_project.codes(), m_lastCode, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    annotateSelection(dialog.codeName(), dialog.codeColor(), dialog.note());
}

void MainWindow::removeCurrentAnnotation()
{
    QUuid id = m_annotations->currentAnnotation();
    if (id.isNull()) {
        // The annotation under the cursor in the text.
        const qsizetype pos = m_view->textCursor().position();
        for (const Annotation &a : m_project.annotationsOf(m_currentDocument)) {
            if (a.start <= pos && pos <= a.end)
                id = a.id;
        }
    }
    if (id.isNull()) {
        statusBar()->showMessage(tr("Select an annotation to remove."), 4000);
        return;
    }
    m_project.removeAnnotation(id);
}

bool MainWindow::save()
{
    if (m_project.fileName().isEmpty())
        return saveAs();
    return saveProject(m_project.fileName());
}

bool MainWindow::saveAs()
{
    QString suggested = m_project.fileName();
    if (suggested.isEmpty() && m_project.document(m_currentDocument))
        suggested = QFileInfo(m_project.document(m_currentDocument)->sourcePath).completeBaseName()
            + QStringLiteral(".lectern");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Project"),
        QFileInfo(QDir(lastDirectory()), suggested).filePath(), tr("Lectern projects (*.lectern)"));
    if (fileName.isEmpty())
        return false;
    if (!isProjectFile(fileName))
        fileName += QStringLiteral(".lectern");
    return saveProject(fileName);
}

bool MainWindow::saveProject(const QString &fileName)
{
    QString lockError;
    if (!m_guard->lock(fileName, &lockError)) {
        showError(tr("Cannot Save Project"), tr("The project was not saved to %1.\n\n%2").arg(fileName, lockError));
        return false;
    }
    ProjectFile writer;
    if (!writer.save(m_project, fileName)) {
        m_guard->relockCurrent();
        showError(tr("Cannot Save Project"),
            tr("The project was not saved to %1; the previous file, if any, is unchanged.\n\n%2")
                .arg(fileName, writer.errorString()));
        return false;
    }
    rememberDirectory(fileName);
    addRecentFile(fileName);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(fileName).fileName()), 4000);
    return true;
}

void MainWindow::exportPdfInteractive()
{
    const Document *document = m_project.document(m_currentDocument);
    if (!document) {
        statusBar()->showMessage(tr("Open a statement to export."), 4000);
        return;
    }
    const QString suggested
        = QFileInfo(QDir(lastDirectory()), QFileInfo(document->sourcePath).completeBaseName() + QStringLiteral(".pdf"))
              .filePath();
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Annotated PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!fileName.isEmpty())
        exportPdf(fileName);
}

bool MainWindow::exportPdf(const QString &fileName)
{
    const PdfExportOptions options = exportOptions(fileName);
    if ((options.includeQuotes || options.includeEntities) && !m_analysis->result(m_currentDocument))
        m_analysis->waitForFinished();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Exporting %1\u2026").arg(QFileInfo(fileName).fileName()));
    PdfExporter exporter;
    const bool ok = exporter.exportDocument(
        m_project, m_currentDocument, m_analysis->result(m_currentDocument), options, fileName);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!ok) {
        showError(tr("Cannot Export PDF"), exporter.errorString());
        return false;
    }
    rememberDirectory(fileName);
    statusBar()->showMessage(
        tr("Exported %1 with %n highlight(s)", nullptr, exporter.annotationCount()).arg(QFileInfo(fileName).fileName()),
        6000);
    return true;
}

PdfExportOptions MainWindow::exportOptions(const QString &fileName)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/includeQuotes"), m_includeQuotes->isChecked());
    settings.setValue(QStringLiteral("export/includeEntities"), m_includeEntities->isChecked());
    PdfExportOptions options;
    options.includeQuotes = m_includeQuotes->isChecked();
    options.includeEntities = m_includeEntities->isChecked();
    options.author = qEnvironmentVariable("USER", tr("Lectern user"));
    // The PDF carries its source: the project as an attachment.
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    ProjectFile writer;
    if (writer.save(m_project, bytes)) {
        options.projectFile = bytes.data();
        options.projectFileName = m_project.fileName().isEmpty()
            ? QFileInfo(fileName).completeBaseName() + QStringLiteral(".lectern")
            : QFileInfo(m_project.fileName()).fileName();
    }
    return options;
}

std::function<const AnalysisResult *(const QUuid &)> MainWindow::analysesFor(
    const PdfExportOptions &options, QHash<QUuid, AnalysisResult> &computed)
{
    return [this, &computed, options](const QUuid &id) -> const AnalysisResult * {
        if (!options.includeQuotes && !options.includeEntities)
            return nullptr;
        if (const AnalysisResult *result = m_analysis->result(id))
            return result;
        const Document *document = m_project.document(id);
        if (!document)
            return nullptr;
        return &*computed.insert(id, Recognizer().analyze(document->text, m_project.entityCorrections()));
    };
}

void MainWindow::exportAllInteractive()
{
    const std::optional<BatchExportMode> mode = askBatchExportMode(this);
    if (!mode)
        return;
    if (*mode == BatchExportMode::PerStatement) {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Export All Statements"), lastDirectory());
        if (!directory.isEmpty())
            exportAllPdfs(directory);
        return;
    }
    const QString base
        = m_project.fileName().isEmpty() ? tr("statements") : QFileInfo(m_project.fileName()).completeBaseName();
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export All Statements as One PDF"),
        QFileInfo(QDir(lastDirectory()), base + QStringLiteral(".pdf")).filePath(), tr("PDF documents (*.pdf)"));
    if (!fileName.isEmpty())
        exportCombinedPdf(fileName);
}

int MainWindow::exportAllPdfs(const QString &directory)
{
    const PdfExportOptions options = exportOptions(QDir(directory).filePath(QStringLiteral("project.lectern")));
    QHash<QUuid, AnalysisResult> computed;
    const BatchExportResult result
        = exportStatements(m_project, directory, options, analysesFor(options, computed), this);
    if (!result.failures.isEmpty())
        showError(tr("Some PDFs Were Not Written"), result.failures.join(u'\n'));
    statusBar()->showMessage(
        tr("Wrote %n PDF(s) to %1", nullptr, int(result.written.size())).arg(QDir::toNativeSeparators(directory)),
        8000);
    return int(result.written.size());
}

bool MainWindow::exportCombinedPdf(const QString &fileName)
{
    const PdfExportOptions options = exportOptions(fileName);
    QHash<QUuid, AnalysisResult> computed;
    const BatchExportResult result = exportCombined(m_project, fileName, options, analysesFor(options, computed), this);
    if (!result.failures.isEmpty()) {
        showError(tr("Cannot Export PDF"), result.failures.join(u'\n'));
        return false;
    }
    if (result.cancelled)
        return false;
    rememberDirectory(fileName);
    statusBar()->showMessage(tr("Exported all statements to %1").arg(QFileInfo(fileName).fileName()), 8000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_project.isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("The project has unsaved changes. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/zoom"), m_view->zoomSteps());
    m_analysis->clear();
    m_guard->closeCleanly();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    openFiles(files);
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files)
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })->setToolTip(file);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

QString MainWindow::lastDirectory() const
{
    return QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
}

void MainWindow::rememberDirectory(const QString &fileName)
{
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(fileName).absolutePath());
}

} // namespace Lectern
