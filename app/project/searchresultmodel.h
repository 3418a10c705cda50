// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/textsearch.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace Lectern {

class Project;

/// \brief Find in the whole project: every match of a pattern in every statement, as a table of
/// statement, line and the match in its context. Activating a row shows the passage; the same
/// pattern and options feed "code all matches".
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatementColumn,
        LineColumn,
        ContextColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1, ///< QUuid of the statement
        StartRole, ///< UTF-16 offset of the match's start in the statement's text
        EndRole,
        ContextMatchStartRole, ///< where the match starts in the ContextColumn's text
        ContextMatchLengthRole,
    };
    /// The most rows one search lists; the count of matches goes on past it.
    static constexpr qsizetype DefaultRowLimit = 10000;
    /// Characters of context shown on each side of a match.
    static constexpr qsizetype ContextCharacters = 48;

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Searches every statement of \a project, in the project's order. An empty pattern clears
    /// the results; an invalid regular expression clears them, returns false and sets
    /// \a errorString.
    bool search(
        const Project &project, const QString &pattern, const SearchOptions &options, QString *errorString = nullptr);
    void clear();
    void setRowLimit(qsizetype limit) { m_rowLimit = limit; }

    /// Every match found, including those past the row limit.
    qsizetype matchCount() const { return m_matchCount; }
    /// How many statements hold at least one match.
    qsizetype statementCount() const { return m_statementCount; }
    bool isTruncated() const { return m_matchCount > m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QUuid documentId;
        int statement = 0; ///< index into m_titles
        qsizetype start = 0;
        qsizetype end = 0;
        int line = 0; ///< 1-based line (paragraph) of the match's start
        QString context;
        qsizetype contextMatchStart = 0;
        qsizetype contextMatchLength = 0;
    };
    QStringList m_titles;
    QList<Row> m_rows;
    qsizetype m_matchCount = 0;
    qsizetype m_statementCount = 0;
    qsizetype m_rowLimit = DefaultRowLimit;
};

} // namespace Lectern
