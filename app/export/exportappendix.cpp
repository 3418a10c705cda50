// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportappendix.h"

#include "export/typography.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Lectern {

using namespace Typography;

namespace {
QTextCharFormat chars(const QFont &font, const QColor &color = inkColor())
{
    QTextCharFormat f;
    f.setFont(font);
    f.setForeground(color);
    return f;
}

QFont bold(QFont font)
{
    font.setWeight(QFont::Bold);
    return font;
}

QFont italic(QFont font)
{
    font.setItalic(true);
    return font;
}

void insertHeading(QTextCursor &cursor, const QString &text, bool newPage)
{
    QTextBlockFormat block;
    block.setBottomMargin(mmToLayout(4));
    block.setTopMargin(newPage ? 0 : mmToLayout(10));
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (cursor.position() == 0)
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block);
    cursor.insertText(text, chars(bold(serifFont(15))));
}

/// The code's name drawn as a highlight in its colour: the swatch and the label at once.
void insertCodeLabel(QTextCursor &cursor, const QString &name, const QColor &color)
{
    QTextCharFormat label = chars(bold(sansFont(8.5)));
    label.setBackground(color.isValid() ? color : QColor(0xff, 0xe0, 0x66));
    cursor.insertText(u"\u00a0"_s + name + u"\u00a0"_s, label);
}

void insertAnnotations(QTextCursor &cursor, const QList<AppendixAnnotation> &annotations)
{
    QTextBlockFormat pageHeading;
    pageHeading.setTopMargin(mmToLayout(4));
    pageHeading.setBottomMargin(mmToLayout(1.5));
    pageHeading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextBlockFormat entry;
    entry.setLeftMargin(mmToLayout(4));
    entry.setBottomMargin(mmToLayout(1.5));
    entry.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat passage = chars(italic(serifFont(9.5)));
    const QTextCharFormat note = chars(sansFont(9));
    const QTextCharFormat muted = chars(sansFont(9), mutedColor());
    QTextBlockFormat statementHeading;
    statementHeading.setTopMargin(mmToLayout(7));
    statementHeading.setBottomMargin(mmToLayout(1));

    int page = -1;
    QString statement;
    for (const AppendixAnnotation &a : annotations) {
        if (!a.statement.isEmpty() && a.statement != statement) {
            statement = a.statement;
            page = -1;
            cursor.insertBlock(statementHeading);
            cursor.insertText(statement, chars(bold(serifFont(12))));
        }
        if (a.page != page) {
            page = a.page;
            cursor.insertBlock(pageHeading);
            cursor.insertText(
                QCoreApplication::translate("Lectern::PdfExporter", "Page %1").arg(page), chars(bold(sansFont(10))));
        }
        cursor.insertBlock(entry);
        insertCodeLabel(cursor, a.code, a.color);
        for (const auto &[name, color] : a.moreCodes) {
            cursor.insertText(u" "_s, passage);
            insertCodeLabel(cursor, name, color);
        }
        cursor.insertText(u"  "_s, passage);
        cursor.insertText(u"“"_s + appendixExcerpt(a.passage) + u"”"_s, passage);
        cursor.insertText(QString(QChar::LineSeparator), passage);
        if (a.note.trimmed().isEmpty())
            cursor.insertText(u"(no note)"_s, muted);
        else
            cursor.insertText(a.note.trimmed().replace(u'\n', QChar::LineSeparator), note);
    }
}

void insertLegend(QTextCursor &cursor, const QList<LegendEntry> &legend)
{
    QTextTableFormat table;
    table.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    table.setCellPadding(mmToLayout(1.2));
    table.setCellSpacing(mmToLayout(0.5)); // a white line between the swatches
    table.setHeaderRowCount(1);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints(
        {QTextLength(QTextLength::FixedLength, mmToLayout(8)), QTextLength(QTextLength::PercentageLength, 25),
            QTextLength(QTextLength::VariableLength, 0), QTextLength(QTextLength::FixedLength, mmToLayout(26))});
    cursor.insertBlock();
    QTextTable *t = cursor.insertTable(int(legend.size()) + 1, 4, table);
    const QTextCharFormat header = chars(bold(sansFont(8.5)), mutedColor());
    const QStringList titles = {QString(), QCoreApplication::translate("Lectern::PdfExporter", "Code"),
        QCoreApplication::translate("Lectern::PdfExporter", "Description"),
        QCoreApplication::translate("Lectern::PdfExporter", "Annotations")};
    for (int c = 0; c < 4; ++c)
        t->cellAt(0, c).firstCursorPosition().insertText(titles.at(c), header);
    const QTextCharFormat text = chars(sansFont(9));
    for (int r = 0; r < int(legend.size()); ++r) {
        const LegendEntry &e = legend.at(r);
        QTextTableCell swatch = t->cellAt(r + 1, 0);
        QTextCharFormat swatchFormat = swatch.format();
        swatchFormat.setBackground(e.color.isValid() ? e.color : QColor(0xff, 0xe0, 0x66));
        swatch.setFormat(swatchFormat);
        t->cellAt(r + 1, 1).firstCursorPosition().insertText(e.name, chars(bold(sansFont(9))));
        t->cellAt(r + 1, 2).firstCursorPosition().insertText(e.description, text);
        QTextCursor count = t->cellAt(r + 1, 3).firstCursorPosition();
        QTextBlockFormat right = count.blockFormat();
        right.setAlignment(Qt::AlignRight);
        count.setBlockFormat(right);
        count.insertText(QString::number(e.count), text);
    }
    cursor.movePosition(QTextCursor::End);
}
} // namespace

QString appendixExcerpt(const QString &passage, qsizetype maxLength)
{
    const QString line = passage.simplified();
    if (line.size() <= maxLength)
        return line;
    qsizetype cut = line.lastIndexOf(u' ', maxLength);
    if (cut < maxLength / 2)
        cut = maxLength;
    return line.left(cut) + u"…"_s;
}

std::unique_ptr<QTextDocument> buildAppendixDocument(const ExportAppendix &appendix, QPaintDevice *device)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUseDesignMetrics(true);
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(sansFont(9));
    QTextCursor cursor(doc.get());
    // The legend first: it explains the colours of the list that follows and of the pages before.
    if (!appendix.legend.isEmpty()) {
        insertHeading(cursor, QCoreApplication::translate("Lectern::PdfExporter", "Codebook"), false);
        insertLegend(cursor, appendix.legend);
    }
    if (!appendix.annotations.isEmpty()) {
        insertHeading(cursor, QCoreApplication::translate("Lectern::PdfExporter", "Annotations"), false);
        insertAnnotations(cursor, appendix.annotations);
    }
    return doc;
}

} // namespace Lectern
