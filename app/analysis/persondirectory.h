// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QHash>
#include <QSet>

namespace Lectern {

/// \brief The people named in full across the statements of a project, so that a statement
/// that names someone only by surname ("Blinken", "Secretary Blinken") links to the full name
/// another statement gave ("Antony Blinken"): one canonical person across the project.
///
/// Within one statement, resolveMentions() already links surnames to full names; this is the
/// same rule one level up, and as cautious: a surname two known people share links to neither.
class PersonDirectory
{
public:
    /// Adds the full names (two words or more) of the people in \a result.
    void add(const AnalysisResult &result);
    /// The directory of the people of all \a results.
    static PersonDirectory of(const QList<const AnalysisResult *> &results);

    /// The one full name whose first or last word is \a name (a one-word canonical name), or
    /// for a full name the one first met that differs from it only by initials ("Donald Trump" ->
    /// "Donald J. Trump"); empty when there is none, or when more than one person has the word.
    QString fullName(QStringView name) const;

    /// Gives every person mention of \a result, and every quotation's speaker, whose canonical
    /// name is a known surname the full name; true when anything changed.
    bool link(AnalysisResult &result) const;
    /// Whether link() would change \a result.
    bool wouldChange(const AnalysisResult &result) const;

    qsizetype size() const { return m_fullNames.size(); }

private:
    QSet<QString> m_fullNames;
    QHash<QString, QStringList> m_byWord; ///< first or last word -> the full names with it
    QHash<QString, QString> m_firstByKey; ///< name without initials -> the full name first met
    QHash<QString, QString> m_sameAs; ///< a later full name -> the one first met with its key
};

} // namespace Lectern
