// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

class QPaintDevice;
class QTextDocument;

namespace Lectern {

/// One annotation as the appendix lists it.
struct AppendixAnnotation
{
    int page = 0; ///< 1-based page of the passage's first character
    QString code; ///< the first code's name, or "Highlight" for an annotation without a code
    QColor color;
    QString passage;
    QString note;
    QString statement; ///< its statement's title in a combined export, else empty
    QList<std::pair<QString, QColor>> moreCodes; ///< the annotation's other codes: name, colour
};

/// One line of the codebook legend.
struct LegendEntry
{
    QString name;
    QColor color;
    QString description;
    int count = 0; ///< annotations in this export that carry it
};

/// What the pages after the statement hold: its annotations by page, and the codebook.
struct ExportAppendix
{
    QList<AppendixAnnotation> annotations; ///< in page order (which keeps statements together)
    QList<LegendEntry> legend;
    bool isEmpty() const { return annotations.isEmpty() && legend.isEmpty(); }
};

/// \brief Typesets the appendix of an exported statement as a QTextDocument laid out for \a device.
///
/// The caller paginates and paints it after the statement's own pages. The heading texts are
/// English, like the rest of what the exporter writes into the PDF.
std::unique_ptr<QTextDocument> buildAppendixDocument(const ExportAppendix &appendix, QPaintDevice *device);

/// The passage as the appendix quotes it: on one line, cut at about \a maxLength characters.
QString appendixExcerpt(const QString &passage, qsizetype maxLength = 180);

} // namespace Lectern
