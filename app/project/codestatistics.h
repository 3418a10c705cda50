// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace Lectern {

class Project;

/// \brief How often each code is used per statement, and how often two codes meet.
///
/// Two codes co-occur when one annotation carries both, or when an annotation with one overlaps
/// an annotation with the other in the same statement (each pair of codes counts once per
/// annotation or overlapping pair of annotations); the diagonal holds how many annotations carry
/// the code.
struct CodeStatistics
{
    QList<QUuid> codes; ///< the codebook's order, depth first
    QList<QString> codeNames;
    QList<QUuid> documents; ///< the project's order
    QList<QString> documentTitles;
    QList<QList<int>> frequencies; ///< [document][code]
    QList<QList<int>> cooccurrences; ///< [code][code], symmetric

    static CodeStatistics of(const Project &project);

    /// Frequencies as CSV (RFC 4180): a row per statement, a column per code, and totals.
    QString frequenciesCsv() const;
    /// The co-occurrence table as CSV, codes on both axes.
    QString cooccurrencesCsv() const;
};

/// One CSV field, quoted when it must be (RFC 4180).
QString csvField(const QString &value);

} // namespace Lectern
