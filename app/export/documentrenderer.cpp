// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/documentrenderer.h"

#include "export/exportlogging.h"

#include <QAbstractTextDocumentLayout>
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

namespace {
constexpr int Resolution = 600; // device units per inch of the layout
// Reading margins, in millimetres; the footer with the page number sits inside the bottom one.
constexpr qreal MarginLeft = 25;
constexpr qreal MarginRight = 25;
constexpr qreal MarginTop = 22;
constexpr qreal MarginBottom = 12;
constexpr qreal FooterHeight = 12;

qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * Resolution;
}

qreal deviceToPoints(qreal device)
{
    return device * 72.0 / Resolution;
}

QFont serifFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Liberation Serif"_s, u"serif"_s});
    font.setPointSizeF(pointSize);
    return font;
}

QFont sansFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s, u"sans-serif"_s});
    font.setPointSizeF(pointSize);
    return font;
}
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
    return u"Untitled statement"_s;
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
    titleBlock.setBottomMargin(mmToDevice(2));
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
    metaBlock.setBottomMargin(mmToDevice(8));
    QTextCharFormat metaChars;
    metaChars.setFont(sansFont(9.5));
    metaChars.setForeground(QColor(0x55, 0x5b, 0x66));
    cursor.insertBlock(metaBlock, metaChars);
    cursor.insertText(meta.join(u"  ·  "_s), metaChars);

    QTextBlockFormat bodyBlock;
    bodyBlock.setAlignment(Qt::AlignJustify);
    bodyBlock.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    bodyBlock.setBottomMargin(mmToDevice(3));
    QTextCharFormat bodyChars;
    bodyChars.setFont(serifFont(11));
    bodyChars.setForeground(QColor(0x1d, 0x1f, 0x23));

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
    const auto it = std::lower_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), offset,
                                     [](const TextRange &p, qsizetype o) { return p.end < o; });
    if (it == m_paragraphs.cend())
        return m_textDocument ? m_textDocument->characterCount() - 1 : -1;
    const auto index = it - m_paragraphs.cbegin();
    const qsizetype inBlock = std::clamp<qsizetype>(offset - it->start, 0, it->length());
    return m_blockStarts.at(index) + int(inBlock);
}

bool DocumentRenderer::render(const QString &fileName)
{
    m_errorString.clear();
    m_pageCount = 0;
    m_writer = std::make_unique<QPdfWriter>(fileName);
    QPdfWriter &writer = *m_writer;
    writer.setResolution(Resolution);
    writer.setCreator(u"Lectern " LECTERN_VERSION_STRING ""_s);
    writer.setTitle(titleOf(m_document));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(MarginLeft, MarginTop, MarginRight, MarginBottom),
                                     QPageLayout::Millimeter));

    buildTextDocument();
    QTextDocument &doc = *m_textDocument;
    const qreal width = writer.width();
    m_bodyHeight = writer.height() - mmToDevice(FooterHeight);
    doc.setPageSize(QSizeF(width, m_bodyHeight));
    m_pageCount = std::max(1, doc.pageCount());

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_errorString = u"Cannot write the PDF %1"_s.arg(fileName);
        qCWarning(lcExport) << m_errorString;
        m_writer.reset();
        return false;
    }
    const QFont footerFont = sansFont(8.5);
    const QString title = titleOf(m_document);
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, page * m_bodyHeight, width, m_bodyHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x70, 0x78));
        const QRectF footer(0, writer.height() - mmToDevice(FooterHeight) * 0.6, width,
                            mmToDevice(FooterHeight) * 0.6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, int(width * 0.6)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, u"%1 / %2"_s.arg(page + 1).arg(m_pageCount));
        painter.restore();
    }
    if (!painter.end()) {
        m_errorString = u"Cannot finish the PDF %1"_s.arg(fileName);
        return false;
    }
    qCDebug(lcExport) << "rendered" << m_pageCount << "pages to" << fileName;
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
    const QPointF points(deviceToPoints(onPage.x()) + MarginLeft / 25.4 * 72,
                         deviceToPoints(onPage.y()) + MarginTop / 25.4 * 72);
    return {page, points};
}

} // namespace Lectern
