// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Lectern {

/// \brief One statement: its text exactly as Lectern analyses and shows it, and where it came from.
///
/// Offsets everywhere in Lectern (spans, annotations) are UTF-16 positions into text(); the
/// command line converts them to Unicode code points at its edge.
struct Document {
    enum class Format { PlainText, Markdown };

    QUuid id;
    QString title;
    QString sourcePath; ///< file the statement was read from, absolute
    QString source;     ///< publisher or URL, from front matter when there is one
    QString date;       ///< publication date as written in the source, may be empty
    Format format = Format::PlainText;
    QString text;

    friend bool operator==(const Document &, const Document &) = default;
};

QString formatName(Document::Format format);

} // namespace Lectern
