// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Lectern {

class QuoteTableModel;

/// \brief The quote table: every quotation of the project with its speaker, statement and
/// position; sortable, filterable, exportable to CSV. Activating a row shows the passage.
class QuotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuotesPanel(QuoteTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// Writes the rows as shown (filtered and sorted) to \a fileName; false with \a errorString.
    bool exportCsv(const QString &fileName, QString *errorString) const;

Q_SIGNALS:
    void quoteActivated(const QUuid &documentId, qsizetype start, qsizetype end);

private:
    void exportInteractive();

    QuoteTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace Lectern
