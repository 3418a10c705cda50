// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include "analysis/spanstyle.h"
#include "document/document.h"
#include "entitypanel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {
constexpr int MeasureCharacters = 78; // comfortable line length
constexpr qreal BaseFontPointSize = 12.5;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Statement text"));
    m_dark = isDark(palette());
    applyBaseFont();
}

void DocumentView::applyBaseFont()
{
    QFont font(QStringLiteral("Noto Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(BaseFontPointSize * std::pow(1.1, m_zoomSteps));
    setFont(font);
    document()->setDefaultFont(font);
    updateMargins();
}

void DocumentView::showDocument(const Document *document)
{
    if (!document) {
        clearDocument();
        return;
    }
    m_spans.clear();
    m_quotes.clear();
    m_annotations.clear();
    m_entities.clear();
    m_references.clear();
    m_quoteSpans.clear();
    // Line breaks inside paragraphs become spaces; each remaining line break starts a block, so a
    // document offset is a position in the view.
    setPlainText(reflowedText(document->text));
    QTextCursor cursor(this->document());
    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
    invalidateFormats();
}

void DocumentView::clearDocument()
{
    m_spans.clear();
    m_quotes.clear();
    m_annotations.clear();
    m_entities.clear();
    m_references.clear();
    m_quoteSpans.clear();
    clear();
}

void DocumentView::setSpans(const QList<LexicalSpan> &spans)
{
    m_spans.clear();
    m_quotes.clear();
    for (const LexicalSpan &span : spans) {
        if (span.kind == SpanKind::Quote)
            m_quotes.append(span);
        else
            m_spans.append(span);
    }
    std::sort(
        m_spans.begin(), m_spans.end(), [](const LexicalSpan &a, const LexicalSpan &b) { return a.start < b.start; });
    invalidateFormats();
}

void DocumentView::setRecognised(const AnalysisResult &result)
{
    m_entities = result.entities;
    m_references = result.references;
    m_quoteSpans = result.quotes;
}

QString DocumentView::toolTipAt(qsizetype offset) const
{
    // The innermost first: a reference, else the entity, then the quotation around them.
    const auto containing = [offset](const auto &list) -> const auto *
    {
        using Item = std::remove_cvref_t<decltype(list.front())>;
        const Item *found = nullptr;
        for (auto it = list.cbegin(); it != list.cend() && it->range.start <= offset; ++it) {
            if (offset < it->range.end)
                found = &*it; // the last one that starts before: the innermost
        }
        return found;
    };
    QStringList lines;
    if (const EntityMention *reference = containing(m_references)) {
        lines << tr("\u201C%1\u201D refers to %2 (%3)")
                     .arg(reference->text, reference->canonical, entityTypeLabel(reference->type).toLower());
    } else if (const EntityMention *entity = containing(m_entities)) {
        lines << (entity->canonical.isEmpty() || entity->canonical == entity->text
                ? entityTypeLabel(entity->type)
                : tr("%1: %2").arg(entityTypeLabel(entity->type), entity->canonical));
    }
    if (const QuoteSpan *quote = containing(m_quoteSpans)) {
        if (!quote->speaker)
            lines << tr("Quotation, speaker unknown");
        else if (quote->speaker->canonical.isEmpty() || quote->speaker->canonical == quote->speaker->text)
            lines << tr("Quotation by %1").arg(quote->speaker->text);
        else
            lines << tr("Quotation by %1 (\u201C%2\u201D)").arg(quote->speaker->canonical, quote->speaker->text);
    }
    return lines.join(u'\n');
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        // The character under the pointer, not the gap before it.
        const QRect caret = cursorRect(cursor);
        const qsizetype offset
            = help->pos().x() < caret.x() && cursor.position() > 0 ? cursor.position() - 1 : cursor.position();
        const QString tip = toolTipAt(offset);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void DocumentView::setAnnotations(const QList<Annotation> &annotations, const QList<Code> &codes)
{
    m_annotations = annotations;
    m_codeColors.clear();
    for (const Code &code : codes)
        m_codeColors.insert(code.id, code.color);
    invalidateFormats();
}

TextRange DocumentView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void DocumentView::revealRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(document());
    const int last = document()->characterCount() - 1;
    cursor.setPosition(int(std::clamp<qsizetype>(start, 0, last)));
    cursor.setPosition(int(std::clamp<qsizetype>(end, 0, last)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

void DocumentView::zoomBy(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -6, 12);
    applyBaseFont();
}

void DocumentView::resetZoom()
{
    m_zoomSteps = 0;
    applyBaseFont();
}

void DocumentView::invalidateFormats()
{
    ++m_generation;
    viewport()->update();
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    formatVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_dark = isDark(palette());
        invalidateFormats();
    }
}

void DocumentView::updateMargins()
{
    // Keep lines at a readable measure: centre a column of about MeasureCharacters characters.
    const int measure = fontMetrics().averageCharWidth() * MeasureCharacters;
    const int side
        = std::max(24, (viewport()->width() + viewportMargins().left() + viewportMargins().right() - measure) / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 16, side, 16);
}

void DocumentView::formatVisibleBlocks()
{
    if (m_formatting)
        return;
    m_formatting = true;
    const int bottom = viewport()->height();
    QTextBlock block = firstVisibleBlock();
    const QPointF offset = contentOffset();
    while (block.isValid()) {
        if (block.userState() != m_generation)
            formatBlock(block);
        if (blockBoundingGeometry(block).translated(offset).top() > bottom)
            break;
        block = block.next();
    }
    m_formatting = false;
}

void DocumentView::formatBlock(QTextBlock block)
{
    const qsizetype blockStart = block.position();
    const qsizetype blockEnd = blockStart + block.length();
    QList<QTextLayout::FormatRange> ranges;
    auto add = [&](qsizetype start, qsizetype end, const QTextCharFormat &format) {
        const qsizetype s = std::max(start, blockStart);
        const qsizetype e = std::min(end, blockEnd);
        if (s < e)
            ranges.append({int(s - blockStart), int(e - s), format});
    };
    for (const LexicalSpan &quote : std::as_const(m_quotes))
        add(quote.start, quote.end, spanCharFormat(quote.kind, m_dark));
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockEnd,
        [](const LexicalSpan &span, qsizetype pos) { return span.start < pos; });
    // Entity spans are short: look back only over those that start in or just before this block.
    for (auto back = it; back != m_spans.cbegin();) {
        --back;
        if (back->end <= blockStart && back->start < blockStart - 512)
            break;
        add(back->start, back->end, spanCharFormat(back->kind, m_dark));
    }
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.end <= blockStart || annotation.start >= blockEnd)
            continue;
        QColor color = m_codeColors.value(annotation.firstCode(), QColor(255, 220, 0));
        color.setAlpha(m_dark ? 110 : 90);
        QTextCharFormat format;
        format.setBackground(color);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(m_codeColors.value(annotation.firstCode(), QColor(200, 160, 0)));
        add(annotation.start, annotation.end, format);
    }
    block.layout()->setFormats(ranges);
    block.setUserState(m_generation);
    document()->markContentsDirty(int(blockStart), block.length());
}

} // namespace Lectern
