// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/documentrenderer.h"

#include "export/exportappendix.h"
#include "export/exportlogging.h"
#include "export/typography.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lectern {

using namespace Typography;

namespace {
// Reading margins, in millimetres; the footer with the page number sits inside the bottom one.
constexpr qreal MarginLeft = 25;
constexpr qreal MarginRight = 25;
constexpr qreal MarginTop = 22;
constexpr qreal MarginBottom = 12;
constexpr qreal FooterHeight = 12;
} // namespace

DocumentRenderer::DocumentRenderer(const Document &document)
    : m_document(document)
    , m_paragraphs(paragraphRanges(document.text))
{
}

DocumentRenderer::~DocumentRenderer() = default;

void DocumentRenderer::setColouredSpans(const QList<ColouredSpan> &spans)
{
    m_spans = spans;
}

QString DocumentRenderer::titleOf(const Document &document)
{
    if (!document.title.trimmed().isEmpty())
        return document.title.trimmed();
    if (!document.sourcePath.isEmpty())
        return QFileInfo(document.sourcePath).completeBaseName();
    return QCoreApplication::translate("Lectern::PdfExporter", "Untitled statement");
}

void DocumentRenderer::buildTextDocument()
{
    m_textDocument = std::make_unique<QTextDocument>();
    QTextDocument &doc = *m_textDocument;
    doc.setUseDesignMetrics(true); // resolution-independent advances: no rounding to device pixels
    doc.documentLayout()->setPaintDevice(m_writer.get());
    doc.setDocumentMargin(0);
    doc.setDefaultFont(serifFont(11));

    QTextCursor cursor(&doc);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(mmToLayout(2));
    QTextCharFormat titleChars;
    titleChars.setFont(serifFont(17));
    titleChars.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.setBlockCharFormat(titleChars);
    cursor.insertText(titleOf(m_document), titleChars);

    QStringList meta;
    if (!m_document.source.trimmed().isEmpty())
        meta << m_document.source.trimmed();
    else if (!m_document.sourcePath.isEmpty())
        meta << QFileInfo(m_document.sourcePath).fileName();
    if (!m_document.date.trimmed().isEmpty())
        meta << m_document.date.trimmed();
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(mmToLayout(1));
    QTextCharFormat metaChars;
    metaChars.setFont(sansFont(9.5));
    metaChars.setForeground(mutedColor());
    cursor.insertBlock(metaBlock, metaChars);
    cursor.insertText(meta.join(u"  ·  "_s), metaChars);
    // A hairline between the header and the statement, as QTextDocument draws <hr>.
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    rule.setBottomMargin(mmToLayout(7));
    QTextCharFormat ruleChars;
    ruleChars.setFont(sansFont(2));
    ruleChars.setForeground(QColor(0xc4, 0xc8, 0xce));
    cursor.insertBlock(rule, ruleChars);

    QTextBlockFormat bodyBlock;
    bodyBlock.setAlignment(Qt::AlignJustify);
    // Noto's natural line spacing is already 1.36 em; 110 % of it is a reading leading of 1.5 em.
    bodyBlock.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    bodyBlock.setBottomMargin(mmToLayout(3.5));
    QTextCharFormat bodyChars;
    bodyChars.setFont(serifFont(11));
    bodyChars.setForeground(inkColor());

    const QString reflowed = reflowedText(m_document.text);
    m_blockStarts.clear();
    m_blockStarts.reserve(m_paragraphs.size());
    for (const TextRange &p : std::as_const(m_paragraphs)) {
        cursor.insertBlock(bodyBlock, bodyChars);
        m_blockStarts.append(cursor.position());
        // Characters QTextDocument would treat as block or line separators stay in one line.
        QString text = reflowed.mid(p.start, p.length());
        for (QChar &c : text) {
            if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == QLatin1Char('\n'))
                c = QLatin1Char(' ');
        }
        cursor.insertText(text, bodyChars);
    }

    for (const ColouredSpan &span : std::as_const(m_spans)) {
        const int from = textDocumentPosition(span.range.start);
        const int to = textDocumentPosition(span.range.end);
        if (from < 0 || to <= from)
            continue;
        QTextCursor c(&doc);
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setForeground(span.foreground);
        c.mergeCharFormat(f);
    }
}

int DocumentRenderer::textDocumentPosition(qsizetype offset) const
{
    // The paragraph holding offset, or the next one when offset falls between paragraphs.
    const auto it = std::lower_bound(
        m_paragraphs.cbegin(), m_paragraphs.cend(), offset, [](const TextRange &p, qsizetype o) { return p.end < o; });
    if (it == m_paragraphs.cend())
        return m_textDocument ? m_textDocument->characterCount() - 1 : -1;
    const auto index = it - m_paragraphs.cbegin();
    const qsizetype inBlock = std::clamp<qsizetype>(offset - it->start, 0, it->length());
    return m_blockStarts.at(index) + int(inBlock);
}

void DocumentRenderer::setPageNumbering(int firstNumber, int total)
{
    m_firstNumber = firstNumber;
    m_totalPages = total;
}

bool DocumentRenderer::render(const QString &fileName)
{
    return begin(fileName) && finish();
}

bool DocumentRenderer::begin(const QString &fileName)
{
    m_errorString.clear();
    m_pageCount = 0;
    m_bodyPageCount = 0;
    m_fileName = fileName;
    m_appendixDocument.reset();
    m_writer = std::make_unique<QPdfWriter>(fileName);
    QPdfWriter &writer = *m_writer;
    writer.setResolution(Resolution);
    writer.setCreator(u"Lectern " LECTERN_VERSION_STRING ""_s);
    writer.setTitle(titleOf(m_document));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(MarginLeft, MarginTop, MarginRight, MarginBottom), QPageLayout::Millimeter));

    m_bodyHeight = writer.height() - mmToDevice(FooterHeight);
    if (m_appendixOnly) {
        m_textDocument.reset();
        return true;
    }
    buildTextDocument();
    m_textDocument->setPageSize(QSizeF(writer.width(), m_bodyHeight));
    m_bodyPageCount = std::max(1, m_textDocument->pageCount());
    m_pageCount = m_bodyPageCount;
    return true;
}

void DocumentRenderer::setAppendix(const ExportAppendix &appendix)
{
    if (!m_writer || appendix.isEmpty()) {
        m_appendixDocument.reset();
        m_pageCount = m_bodyPageCount;
        return;
    }
    m_appendixDocument = buildAppendixDocument(appendix, m_writer.get());
    m_appendixDocument->setPageSize(QSizeF(m_writer->width(), m_bodyHeight));
    m_pageCount = m_bodyPageCount + std::max(1, m_appendixDocument->pageCount());
}

void DocumentRenderer::paintPages(QPainter &painter, QTextDocument &doc, int firstPage, int pages)
{
    QPdfWriter &writer = *m_writer;
    const qreal width = writer.width();
    const QFont footerFont = sansFont(8.5);
    const QString title = titleOf(m_document);
    for (int page = 0; page < pages; ++page) {
        if (firstPage + page > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page * m_bodyHeight, width, m_bodyHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, inkColor());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x70, 0x78));
        const QRectF footer(0, writer.height() - mmToDevice(FooterHeight) * 0.6, width, mmToDevice(FooterHeight) * 0.6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
            painter.fontMetrics().elidedText(title, Qt::ElideRight, int(width * 0.6)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
            u"%1 / %2"_s.arg(m_firstNumber + firstPage + page).arg(m_totalPages > 0 ? m_totalPages : m_pageCount));
        painter.restore();
    }
}

bool DocumentRenderer::finish()
{
    if (!m_writer || (!m_textDocument && !m_appendixDocument)) {
        m_errorString
            = QCoreApplication::translate("Lectern::PdfExporter", "Nothing was laid out for %1").arg(m_fileName);
        return false;
    }
    QPainter painter;
    if (!painter.begin(m_writer.get())) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot write the PDF %1").arg(m_fileName);
        qCWarning(lcExport) << m_errorString;
        m_writer.reset();
        return false;
    }
    if (m_textDocument)
        paintPages(painter, *m_textDocument, 0, m_bodyPageCount);
    if (m_appendixDocument)
        paintPages(painter, *m_appendixDocument, m_bodyPageCount, m_pageCount - m_bodyPageCount);
    if (!painter.end()) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot finish the PDF %1").arg(m_fileName);
        return false;
    }
    qCDebug(lcExport) << "rendered" << m_bodyPageCount << "+" << (m_pageCount - m_bodyPageCount) << "pages to"
                      << m_fileName;
    return true;
}

TextLocation DocumentRenderer::locate(qsizetype offset) const
{
    if (!m_textDocument || m_bodyHeight <= 0)
        return {};
    const int position = textDocumentPosition(offset);
    const QTextBlock block = m_textDocument->findBlock(position);
    const QTextLayout *layout = block.layout();
    if (!block.isValid() || !layout)
        return {};
    const int inBlock = position - block.position();
    const QTextLine line = layout->lineForTextPosition(inBlock);
    if (!line.isValid())
        return {};
    const QRectF blockRect = m_textDocument->documentLayout()->blockBoundingRect(block);
    const qreal x = blockRect.left() + line.cursorToX(inBlock);
    const qreal y = blockRect.top() + line.y();
    const int page = int(std::floor(y / m_bodyHeight));
    const QPointF onPage(x, y - page * m_bodyHeight);
    const QPointF points(
        deviceToPoints(onPage.x()) + MarginLeft / 25.4 * 72, deviceToPoints(onPage.y()) + MarginTop / 25.4 * 72);
    return {page, points};
}

} // namespace Lectern
