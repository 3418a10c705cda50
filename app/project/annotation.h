// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Lectern {

/// \brief A passage of a document that the user tagged with codes and a note.
///
/// start and end are UTF-16 offsets into the document's text, end exclusive.
struct Annotation
{
    QUuid id;
    QUuid documentId;
    qsizetype start = 0;
    qsizetype end = 0;
    QList<QUuid> codeIds; ///< in the order applied, no duplicates; empty: a highlight without a code
    QString note;
    QString author;
    QDateTime created; ///< UTC

    /// The code that gives the annotation its colour: the first one, or null.
    QUuid firstCode() const { return codeIds.isEmpty() ? QUuid() : codeIds.first(); }
    bool hasCode(const QUuid &codeId) const { return codeIds.contains(codeId); }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Lectern
