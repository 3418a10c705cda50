// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotespanel.h"

#include "analysis/quotetablemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Lectern {

QuotesPanel::QuotesPanel(QuoteTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(QuoteTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // quote, speaker and statement alike

    m_filter->setPlaceholderText(tr("Filter quotations, speakers, statements\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter quotations"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *exportButton = new QPushButton(tr("Export CSV\u2026"), this);
    exportButton->setAccessibleName(tr("Export the quote table as CSV"));
    connect(exportButton, &QPushButton::clicked, this, &QuotesPanel::exportInteractive);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Quotations"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuoteTableModel::PositionColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QuoteTableModel::QuoteColumn, QHeaderView::Stretch);
    for (int column : {int(QuoteTableModel::SpeakerColumn), int(QuoteTableModel::StatementColumn),
             int(QuoteTableModel::PositionColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT quoteActivated(index.data(QuoteTableModel::DocumentIdRole).toUuid(),
            index.data(QuoteTableModel::StartRole).toLongLong(), index.data(QuoteTableModel::EndRole).toLongLong());
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);
}

bool QuotesPanel::exportCsv(const QString &fileName, QString *errorString) const
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv(rows).toUtf8()) < 0 || !file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

void QuotesPanel::exportInteractive()
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Quotations"), directory + QStringLiteral("/quotations.csv"), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        QMessageBox::critical(
            this, tr("Cannot Export Quotations"), tr("%1 was not written.\n\n%2").arg(fileName, error));
}

} // namespace Lectern
