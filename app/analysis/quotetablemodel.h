// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace Lectern {

/// \brief The quotations of every analysed statement of a project as one table: quote, speaker,
/// statement and position. A thin adapter over the recogniser's results; sorting and filtering
/// are left to a QSortFilterProxyModel.
class QuoteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        QuoteColumn,
        SpeakerColumn,
        StatementColumn,
        PositionColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1, ///< QUuid of the statement
        StartRole, ///< UTF-16 offset of the quote's start in the statement's text
        EndRole,
        SortRole, ///< what the column sorts by (positions as numbers)
    };

    explicit QuoteTableModel(QObject *parent = nullptr);

    /// Replaces the quotes of one statement (an empty list removes them).
    void setQuotes(const QUuid &documentId, const QString &title, const QString &text, const QList<QuoteSpan> &quotes);
    void removeDocument(const QUuid &documentId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed),
    /// with a header row; \a rows are model rows in the order to write (all when empty).
    QString toCsv(const QList<int> &rows = {}) const;

private:
    struct Row
    {
        QUuid documentId;
        QString statement;
        QString quote;
        QString speaker; ///< the canonical name, empty when unknown
        QString speakerMention;
        qsizetype start = 0;
        qsizetype end = 0;
        int line = 0; ///< 1-based line (paragraph) of the quote's start
    };
    QString cell(const Row &row, int column) const;
    QList<Row> m_rows;
};

} // namespace Lectern
