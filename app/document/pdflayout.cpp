// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdflayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {

constexpr qreal RunningBand = 0.12; ///< share of the page height at the top and at the bottom
constexpr qreal RepeatShare = 0.6; ///< share of the pages a running line must appear on
constexpr qreal ShortLineShare = 0.15; ///< a line ending this far from the right edge is short

/// A running line's identity: case, spacing and numbers (page numbers, dates) ignored.
QString runningKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit()) {
            if (!key.endsWith(u'#'))
                key += u'#';
        } else {
            key += c.toLower();
        }
    }
    return key.simplified();
}

bool startsWithBullet(const QString &text)
{
    static constexpr char16_t Bullets[] = {u'\u2022', u'\u25E6', u'\u25AA', u'\u25CF', u'\u25A0', u'\u2023', u'\u2219',
        u'\u00B7', u'\u2043', u'\u27A2', u'\uF0B7'};
    return !text.isEmpty()
        && std::find(std::begin(Bullets), std::end(Bullets), text.front().unicode()) != std::end(Bullets);
}

bool endsSentence(const QString &text)
{
    static const QString Enders = QStringLiteral(".!?:;\"\u201D\u2019')]\u2026");
    return !text.isEmpty() && Enders.contains(text.back());
}

qreal quantile(QList<qreal> values, qreal q, qreal fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(q * qreal(values.size()))));
}

struct Extent
{
    qreal left = 0;
    qreal right = 0;
};

/// Decides where paragraphs break, from statistics of the whole document.
class ParagraphBreaker
{
public:
    explicit ParagraphBreaker(const QList<PdfLine> &lines, int pageCount)
        : m_extents(pageCount + 1)
    {
        QList<qreal> heights;
        QList<qreal> gaps;
        QList<bool> seen(pageCount + 1, false);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const PdfLine &line = lines.at(i);
            heights << line.box.height();
            Extent &e = m_extents[line.page];
            e.left = seen.at(line.page) ? std::min(e.left, line.box.left()) : line.box.left();
            e.right = seen.at(line.page) ? std::max(e.right, line.box.right()) : line.box.right();
            seen[line.page] = true;
            if (i > 0 && lines.at(i - 1).page == line.page && line.box.top() > lines.at(i - 1).box.top())
                gaps << line.box.top() - lines.at(i - 1).box.bottom();
        }
        const qreal height = quantile(heights, 0.5, 10);
        // The gap between the lines of a paragraph is the common small one.
        m_lineGap = quantile(gaps, 0.25, 0.2 * height);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const PdfLine &prev = lines.at(i - 1);
            const PdfLine &cur = lines.at(i);
            if (prev.page == cur.page && sameSize(prev, cur) && gapBreak(prev, cur))
                m_spacedParagraphs = true;
        }
    }

    bool breakBefore(const PdfLine &prev, const PdfLine &cur, bool inBulletParagraph) const
    {
        const qreal h = std::min(prev.box.height(), cur.box.height());
        if (startsWithBullet(cur.text) || !sameSize(prev, cur))
            return true;
        const Extent &prevExtent = m_extents.at(prev.page);
        const Extent &extent = m_extents.at(cur.page);
        const bool prevShort
            = prev.box.right() < prevExtent.right - ShortLineShare * (prevExtent.right - prevExtent.left);
        const bool indented = cur.box.left() > extent.left + 0.8 * h;
        if (cur.page != prev.page || cur.box.top() < prev.box.top() - 0.5 * h) // new page or column
            return prevShort || endsSentence(prev.text) || (indented && !inBulletParagraph);
        if (gapBreak(prev, cur))
            return true;
        if (inBulletParagraph)
            return cur.box.left() < prev.box.left() - 0.8 * h; // back to the margin: the list ended
        if (cur.box.left() > prev.box.left() + 0.8 * h)
            return true; // an indented first line
        // Without space between paragraphs, a short line that ends a sentence ends a paragraph.
        return !m_spacedParagraphs && prevShort && endsSentence(prev.text);
    }

private:
    static bool sameSize(const PdfLine &a, const PdfLine &b)
    {
        return std::abs(a.box.height() - b.box.height()) <= 0.2 * std::min(a.box.height(), b.box.height());
    }

    bool gapBreak(const PdfLine &prev, const PdfLine &cur) const
    {
        return cur.box.top() - prev.box.bottom() > m_lineGap + 0.5 * std::min(prev.box.height(), cur.box.height());
    }

    QList<Extent> m_extents; ///< per page number
    qreal m_lineGap = 0;
    bool m_spacedParagraphs = false;
};

} // namespace

QList<PdfLine> PdfLayout::lines(const PdfPage &page, int pageNumber)
{
    QList<PdfLine> out;
    PdfLine cur;
    QRectF prevBox;
    bool prevSpace = false;
    for (const PdfWord &word : page.words) {
        const QString text = word.text.trimmed();
        if (text.isEmpty())
            continue;
        if (!cur.text.isEmpty()) {
            const qreal minHeight = std::min(cur.box.height(), word.box.height());
            const qreal overlap
                = std::min(cur.box.bottom(), word.box.bottom()) - std::max(cur.box.top(), word.box.top());
            const bool sameLine = overlap > 0.5 * minHeight && word.box.left() >= prevBox.left() - 0.5 * minHeight;
            if (sameLine) {
                if (prevSpace || word.box.left() - prevBox.right() > 0.2 * minHeight)
                    cur.text += u' ';
                cur.text += text;
                cur.box = cur.box.united(word.box);
            } else {
                out.append(std::exchange(cur, PdfLine()));
            }
        }
        if (cur.text.isEmpty())
            cur = PdfLine {text, word.box, pageNumber};
        prevBox = word.box;
        prevSpace = word.spaceAfter;
    }
    if (!cur.text.isEmpty())
        out.append(cur);
    return out;
}

int PdfLayout::removeRunningLines(QList<PdfLine> *lines, const QList<PdfPage> &pages)
{
    if (pages.size() < 2)
        return 0;
    const auto inBand = [&pages](const PdfLine &line) {
        const qreal height = pages.at(line.page - 1).size.height();
        return height > 0 && (line.box.top() < RunningBand * height || line.box.bottom() > (1 - RunningBand) * height);
    };
    QHash<QString, QSet<int>> pagesOf;
    for (const PdfLine &line : std::as_const(*lines)) {
        if (inBand(line))
            pagesOf[runningKey(line.text)].insert(line.page);
    }
    const auto before = lines->size();
    lines->removeIf([&](const PdfLine &line) {
        return inBand(line) && qreal(pagesOf.value(runningKey(line.text)).size()) >= RepeatShare * qreal(pages.size());
    });
    return int(before - lines->size());
}

void PdfLayout::appendLine(QString *paragraph, const QString &line)
{
    if (paragraph->isEmpty()) {
        *paragraph = line;
        return;
    }
    const QChar last = paragraph->back();
    if (last == QChar(0x00AD)) { // a soft hyphen only ever marks a break inside a word
        paragraph->chop(1);
        *paragraph += line;
        return;
    }
    const bool wordHyphen = (last == u'-' || last == QChar(0x2010)) && paragraph->size() >= 2
        && paragraph->at(paragraph->size() - 2).isLetter() && !line.isEmpty();
    if (wordHyphen) {
        // "secu-" + "rity" is one word hyphenated at the line end; "Asia-" + "Pacific" is a
        // compound broken at its own hyphen, which stays.
        if (line.front().isLower())
            paragraph->chop(1);
        *paragraph += line;
        return;
    }
    *paragraph += QLatin1Char(' ');
    *paragraph += line;
}

PdfLayout::Result PdfLayout::build(const QList<PdfPage> &pages)
{
    Result result;
    QList<PdfLine> all;
    for (qsizetype i = 0; i < pages.size(); ++i)
        all += lines(pages.at(i), int(i) + 1);
    result.droppedLines = removeRunningLines(&all, pages);
    const ParagraphBreaker breaker(all, int(pages.size()));

    QString paragraph;
    QList<PageSpan> pieces; // offsets within the paragraph
    bool bullet = false;
    const auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        if (!result.text.isEmpty())
            result.text += QStringLiteral("\n\n");
        const qsizetype base = result.text.size();
        pieces.last().end = paragraph.size();
        for (const PageSpan &piece : std::as_const(pieces))
            result.pageSpans.append({base + piece.start, base + piece.end, piece.page});
        result.text += paragraph;
        paragraph.clear();
        pieces.clear();
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const PdfLine &line = all.at(i);
        if (i > 0 && breaker.breakBefore(all.at(i - 1), line, bullet))
            flush();
        if (paragraph.isEmpty())
            bullet = startsWithBullet(line.text);
        const qsizetype before = paragraph.size();
        appendLine(&paragraph, line.text);
        const qsizetype lineStart = paragraph.size() - line.text.size();
        if (pieces.isEmpty() || pieces.last().page != line.page) {
            if (!pieces.isEmpty())
                pieces.last().end = std::min(before, lineStart);
            pieces.append({lineStart, lineStart, line.page});
        }
    }
    flush();
    if (!result.text.isEmpty())
        result.text += u'\n';
    return result;
}

} // namespace Lectern
