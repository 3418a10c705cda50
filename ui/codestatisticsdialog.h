// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/codestatistics.h"

#include <QDialog>

class QTabWidget;
class QTableWidget;

namespace Lectern {

/// \brief Code frequencies per statement and the code co-occurrence table, exportable to CSV.
class CodeStatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    CodeStatisticsDialog(const CodeStatistics &statistics, QWidget *parent = nullptr);

    QTableWidget *frequencies() const { return m_frequencies; }
    QTableWidget *cooccurrences() const { return m_cooccurrences; }
    /// Writes the table of the current tab; false with \a errorString.
    bool exportCsv(const QString &fileName, QString *errorString) const;

private:
    void exportInteractive();

    CodeStatistics m_statistics;
    QTabWidget *m_tabs;
    QTableWidget *m_frequencies;
    QTableWidget *m_cooccurrences;
};

} // namespace Lectern
