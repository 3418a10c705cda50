// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PDF that hyphenates words at line ends, as a typeset press release does: written with
// QPdfWriter, one line at a time, so that the breaks are where the test wants them.

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

namespace Lectern::Test {

/// The lines of the hyphenated PDF's first page; the importer joins "secu-" + "rity" and
/// "agree-" + "ment" (lower case after the hyphen) but keeps "Asia-" + "Pacific".
inline QStringList hyphenatedLines()
{
    return {
        QStringLiteral("The alliance between both nations has long guaranteed regional secu-"),
        QStringLiteral("rity for decades, and both governments intend to extend the agree-"),
        QStringLiteral("ment to new fields of cooperation across the wider Asia-"),
        QStringLiteral("Pacific region, in science, technology and the protection of sea lanes."),
    };
}

/// The text the importer should make of those lines.
inline QString hyphenatedText()
{
    return QStringLiteral("The alliance between both nations has long guaranteed regional security for decades, "
                          "and both governments intend to extend the agreement to new fields of cooperation "
                          "across the wider Asia-Pacific region, in science, technology and the protection of "
                          "sea lanes.");
}

/// Writes two pages: the hyphenated paragraph, and a second page with a plain one.
inline bool writeHyphenatedPdf(const QString &fileName)
{
    QPdfWriter writer(fileName);
    writer.setResolution(72); // device units are points
    writer.setTitle(QStringLiteral("Hyphenated statement"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10);
    painter.setFont(font);
    qreal y = 100;
    for (const QString &line : hyphenatedLines()) {
        painter.drawText(QPointF(72, y), line);
        y += 14;
    }
    writer.newPage();
    painter.drawText(QPointF(72, 100), QStringLiteral("A second page keeps the statement going without any break."));
    return painter.end();
}

} // namespace Lectern::Test
