// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QUuid>

namespace Lectern {

class AnalysisController;
class Project;

/// \brief The statements of the project: title, date, and counts of annotations, quotations
/// and entity mentions (the last two once the statement is analysed).
class DocumentList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        SourceColumn,
        DateColumn,
        AnnotationsColumn,
        QuotesColumn,
        EntitiesColumn,
        ColumnCount
    };

    DocumentList(Project *project, AnalysisController *analysis, QWidget *parent = nullptr);

    /// Rebuilds the rows from the project (statements added, removed or reordered).
    void refresh();
    /// Updates the counts only.
    void refreshCounts();
    void setCurrentDocument(const QUuid &documentId);

Q_SIGNALS:
    void documentSelected(const QUuid &documentId);
    void removeRequested(const QUuid &documentId);

private:
    Project *m_project;
    AnalysisController *m_analysis;
};

} // namespace Lectern
