// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include "analysis/analysisresult.h"
#include "export/pdfexporter.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QComboBox;
class QDockWidget;
class QTimer;
class QLabel;
class QMenu;

namespace Lectern {

class AnalysisController;
class ProjectGuard;
class FindBar;
class SearchPanel;
class CodebookPanel;
class DocumentList;
class MemoPanel;
class NoteView;
class QuoteTableModel;
class AnnotationFilterBar;
class AnnotationsPanel;
class DocumentView;
class EntityPanel;

/// \brief Lectern's window: the reader in the middle, documents, annotations and entities
/// beside it; every edit goes through the Project's intent methods.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a statement (added to the project) or a .lectern project. Errors are shown to the user.
    bool openFile(const QString &fileName);
    /// Opens several files: statements are added with progress (Cancel stops) in one undo step,
    /// and what could not be opened is reported once, in \a problems when given (else in a
    /// message box). Returns how many statements were added.
    qsizetype openFiles(const QStringList &files, QStringList *problems = nullptr);
    bool saveProject(const QString &fileName);
    bool exportPdf(const QString &fileName);
    /// Exports every statement to its own annotated PDF in \a directory, with progress; returns
    /// how many were written.
    int exportAllPdfs(const QString &directory);
    /// Exports every statement into the one annotated PDF \a fileName, with progress.
    bool exportCombinedPdf(const QString &fileName);
    /// Annotates the current selection without a dialog (used by the dialog and by tests).
    QUuid annotateSelection(const QString &codeName, const QColor &color, const QString &note);
    /// Codes every match of the find bar's pattern (this statement or all, as the bar says) in
    /// one undoable step; returns how many passages were coded, -1 on an invalid pattern.
    qsizetype codeAllMatches(const QString &codeName, const QColor &color, const QString &note);
    FindBar *findBar() const { return m_findBar; }
    SearchPanel *searchPanel() const { return m_search; }
    /// Codes every match of the project search (Find in Project) in every statement, as
    /// codeAllMatches() does for the find bar.
    qsizetype codeAllProjectMatches(const QString &codeName, const QColor &color, const QString &note);
    /// Codes the selected passage with an existing code (Ctrl+1 ... Ctrl+9, the codebook).
    void applyCode(const QUuid &codeId);
    /// Turns the recognised quotations of the shown statement into annotations with the code
    /// "Quotation" and the speaker as note, in one undoable step; returns how many.
    qsizetype annotateQuotations();
    /// Annotates every mention of an entity with a code named after it, in one step.
    qsizetype annotateMentions(const QString &canonical, EntityType type);

    Project *project() { return &m_project; }
    DocumentView *documentView() const { return m_view; }
    AnalysisController *analysis() const { return m_analysis; }
    QUuid currentDocument() const { return m_currentDocument; }
    void showDocument(const QUuid &documentId);
    /// Offers back the work a crash left unsaved (at start-up).
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QUuid codeNamed(const QString &name); ///< the code of that name, made if new
    PdfExportOptions exportOptions(const QString &fileName); ///< from the menu's choices
    /// Each statement's recognition result for an export of all statements: those not analysed
    /// yet are analysed into \a computed, with the project's corrections.
    std::function<const AnalysisResult *(const QUuid &)> analysesFor(
        const PdfExportOptions &options, QHash<QUuid, AnalysisResult> &computed);
    void exportAllInteractive();
    void createActions();
    void createDocks();
    void open();
    bool save();
    bool saveAs();
    void exportPdfInteractive();
    void annotateInteractive();
    void codeAllMatchesInteractive();
    void codeAllProjectMatchesInteractive();
    void refreshEntities();
    bool entitiesOfAllStatements() const;
    void findInProject();
    qsizetype codeMatches(const QString &pattern, const SearchOptions &options, const QList<QUuid> &scope,
        const QString &codeName, const QColor &color, const QString &note);
    void removeCurrentAnnotation();
    bool maybeSave();
    void refreshDocuments();
    void refreshAnnotations();
    void refreshAnalysis();
    void updateTitle();
    void updateStatus();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    QString lastDirectory() const;
    void rememberDirectory(const QString &fileName);

    Project m_project;
    QUuid m_currentDocument;
    QString m_lastCode;
    DocumentView *m_view;
    AnalysisController *m_analysis;
    ProjectGuard *m_guard;
    FindBar *m_findBar = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    AnnotationsPanel *m_annotations = nullptr;
    EntityPanel *m_entities = nullptr;
    AnnotationFilterBar *m_annotationFilter = nullptr;
    QComboBox *m_entityScope = nullptr;
    QTimer *m_entitiesTimer = nullptr;
    DocumentList *m_documents = nullptr;
    CodebookPanel *m_codebook = nullptr;
    MemoPanel *m_memos = nullptr;
    NoteView *m_noteView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QuoteTableModel *m_quoteModel = nullptr;
    QAction *m_includeQuotes = nullptr;
    QAction *m_includeEntities = nullptr;
};

} // namespace Lectern
