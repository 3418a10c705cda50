// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codestatisticsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lectern {

namespace {
QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

CodeStatisticsDialog::CodeStatisticsDialog(const CodeStatistics &statistics, QWidget *parent)
    : QDialog(parent)
    , m_statistics(statistics)
    , m_tabs(new QTabWidget(this))
    , m_frequencies(new QTableWidget(this))
    , m_cooccurrences(new QTableWidget(this))
{
    setWindowTitle(tr("Code Statistics"));
    const auto &s = m_statistics;
    const int codes = int(s.codes.size());

    m_frequencies->setRowCount(int(s.documents.size()) + 1);
    m_frequencies->setColumnCount(codes + 1);
    QStringList columns = s.codeNames;
    columns << tr("Total");
    m_frequencies->setHorizontalHeaderLabels(columns);
    QStringList rows = s.documentTitles;
    rows << tr("Total");
    m_frequencies->setVerticalHeaderLabels(rows);
    QList<int> totals(codes + 1, 0);
    for (int d = 0; d < s.documents.size(); ++d) {
        int sum = 0;
        for (int c = 0; c < codes; ++c) {
            const int n = s.frequencies.at(d).at(c);
            m_frequencies->setItem(d, c, number(n));
            sum += n;
            totals[c] += n;
        }
        m_frequencies->setItem(d, codes, number(sum));
        totals[codes] += sum;
    }
    for (int c = 0; c <= codes; ++c)
        m_frequencies->setItem(int(s.documents.size()), c, number(totals.at(c)));

    m_cooccurrences->setRowCount(codes);
    m_cooccurrences->setColumnCount(codes);
    m_cooccurrences->setHorizontalHeaderLabels(s.codeNames);
    m_cooccurrences->setVerticalHeaderLabels(s.codeNames);
    for (int a = 0; a < codes; ++a) {
        for (int b = 0; b < codes; ++b)
            m_cooccurrences->setItem(a, b, number(s.cooccurrences.at(a).at(b)));
    }
    m_cooccurrences->setToolTip(
        tr("Overlapping annotations with both codes; the diagonal counts the annotations with the code"));
    for (QTableWidget *table : {m_frequencies, m_cooccurrences}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_frequencies->setAccessibleName(tr("Code frequencies per statement"));
    m_cooccurrences->setAccessibleName(tr("Code co-occurrences"));
    m_tabs->addTab(m_frequencies, tr("&Frequencies"));
    m_tabs->addTab(m_cooccurrences, tr("&Co-occurrences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV\u2026"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CodeStatisticsDialog::exportInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 420);
}

bool CodeStatisticsDialog::exportCsv(const QString &fileName, QString *errorString) const
{
    const QString csv
        = m_tabs->currentWidget() == m_frequencies ? m_statistics.frequenciesCsv() : m_statistics.cooccurrencesCsv();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

void CodeStatisticsDialog::exportInteractive()
{
    const QString directory = QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString name = m_tabs->currentWidget() == m_frequencies ? QStringLiteral("code-frequencies.csv")
                                                                  : QStringLiteral("code-cooccurrences.csv");
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), QDir(directory).filePath(name), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        QMessageBox::critical(this, tr("Cannot Export"), tr("%1 was not written.\n\n%2").arg(fileName, error));
}

} // namespace Lectern
