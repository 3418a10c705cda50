// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Lectern {

/// \brief A passage of a document that the user tagged with a code and a note.
///
/// start and end are UTF-16 offsets into the document's text, end exclusive.
struct Annotation {
    QUuid id;
    QUuid documentId;
    qsizetype start = 0;
    qsizetype end = 0;
    QUuid codeId; ///< may be null: a highlight without a code
    QString note;
    QString author;
    QDateTime created; ///< UTC

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Lectern
