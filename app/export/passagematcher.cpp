// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/passagematcher.h"

#include <QStringView>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Lectern {

namespace {
bool isIgnorable(char32_t c)
{
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space, non-joiner, joiner
    case 0x200C:
    case 0x200D:
    case 0x2060: // word joiner
    case 0xFEFF:
        return true;
    default:
        return QChar::isSpace(c);
    }
}

QChar fold(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010:
    case 0x2011:
        return QLatin1Char('-');
    default:
        return c;
    }
}

// Appends the key of the code point at text[i] (one or two UTF-16 units); returns the units used.
qsizetype appendKey(QStringView text, qsizetype i, QString &out)
{
    const QChar c = text.at(i);
    if (c.unicode() < 0x80) {
        if (!c.isSpace())
            out.append(c);
        return 1;
    }
    qsizetype units = 1;
    char32_t cp = c.unicode();
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        cp = QChar::surrogateToUcs4(c, text.at(i + 1));
        units = 2;
    }
    if (isIgnorable(cp))
        return units;
    const QString normalised = text.mid(i, units).toString().normalized(QString::NormalizationForm_KC);
    for (const QChar n : normalised) {
        if (!n.isSpace())
            out.append(fold(n));
    }
    return units;
}

// Whether key[at] is a hyphen between two letters, which keys leave out: a PDF that hyphenates
// "secu-" at a line end holds what the importer joined into "security", and a passage written
// "Asia-Pacific" is still found where a line break fell after its hyphen.
bool isWordHyphen(const QString &key, qsizetype at)
{
    return at >= 1 && at + 1 < key.size() && key.at(at) == QLatin1Char('-') && key.at(at - 1).isLetter()
        && key.at(at + 1).isLetter();
}
} // namespace

QString PassageMatcher::key(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();)
        i += appendKey(text, i, out);
    for (qsizetype i = out.size() - 2; i >= 1; --i) {
        if (isWordHyphen(out, i))
            out.remove(i, 1);
    }
    return out;
}

void PassageMatcher::addWord(int page, const QString &text, const QList<QRectF> &charBoxes)
{
    if (text.isEmpty())
        return;
    while (int(m_pageBegin.size()) <= page)
        m_pageBegin.push_back(m_key.size());

    QRectF wordBox;
    for (const QRectF &b : charBoxes)
        wordBox = wordBox.isNull() ? b : wordBox.united(b);
    // A new line starts when the word does not share the previous word's vertical band, or
    // when it starts left of where the previous one ended.
    bool sameLine = page == m_lastPage && !m_lastWordBox.isNull();
    if (sameLine) {
        const qreal overlap
            = std::min(wordBox.bottom(), m_lastWordBox.bottom()) - std::max(wordBox.top(), m_lastWordBox.top());
        const qreal minHeight = std::min(wordBox.height(), m_lastWordBox.height());
        sameLine = overlap > 0.5 * minHeight && wordBox.left() >= m_lastWordBox.left();
    }
    if (!sameLine)
        ++m_line;
    m_lastWordBox = wordBox;
    m_lastPage = page;

    for (qsizetype i = 0; i < text.size();) {
        const qsizetype before = m_key.size();
        Glyph glyph;
        glyph.box = charBoxes.isEmpty() ? wordBox : charBoxes.at(std::min(i, charBoxes.size() - 1));
        glyph.page = page;
        glyph.line = m_line;
        i += appendKey(text, i, m_key);
        if (m_key.size() > before) {
            glyph.hyphen = m_key.size() == before + 1 && m_key.back() == QLatin1Char('-');
            m_glyphs.push_back(glyph);
            m_keyGlyph.insert(m_keyGlyph.end(), m_key.size() - before, int(m_glyphs.size() - 1));
            // The hyphen's glyph stays: a match over it covers it (see match()).
            if (isWordHyphen(m_key, before - 1))
                dropKeyChar(before - 1);
        }
    }
}

void PassageMatcher::dropKeyChar(qsizetype at)
{
    m_key.remove(at, 1);
    m_keyGlyph.erase(m_keyGlyph.begin() + at);
    for (qsizetype &begin : m_pageBegin) {
        if (begin > at)
            --begin;
    }
}

qsizetype PassageMatcher::pageBegin(int page) const
{
    if (page < 0)
        return 0;
    if (page >= int(m_pageBegin.size()))
        return m_key.size();
    return m_pageBegin.at(page);
}

qreal PassageMatcher::score(qsizetype keyIndex, const TextLocation &hint) const
{
    const Glyph &g = m_glyphs.at(m_keyGlyph.at(keyIndex));
    const qreal pageDistance = std::abs(g.page - hint.page) * 1e6;
    // A line off is worse than a word off: weigh the vertical distance more.
    return pageDistance + 4 * std::abs(g.box.top() - hint.position.y()) + std::abs(g.box.left() - hint.position.x());
}

QList<PassageMatcher::Fragment> PassageMatcher::match(const QString &passage, const TextLocation &hint)
{
    QString k = key(passage);
    // A passage that ends or starts at a hyphen joined to a word ("Asia-" of "Asia-Pacific"):
    // the PDF's key has no hyphen there when a letter follows it. Looked for without it, and
    // the hyphen's glyph added to the match below.
    const bool trailingHyphen = k.size() >= 2 && k.endsWith(QLatin1Char('-')) && k.at(k.size() - 2).isLetter();
    if (trailingHyphen)
        k.chop(1);
    const bool leadingHyphen = k.size() >= 2 && k.startsWith(QLatin1Char('-')) && k.at(1).isLetter();
    if (leadingHyphen)
        k.remove(0, 1);
    if (k.isEmpty())
        return {};

    qsizetype best = -1;
    if (hint.page >= 0 && hint.position.x() < 0) {
        // The page is known but not the place (a PDF statement's page spans): the next
        // occurrence in reading order on that page, else the next one anywhere.
        const qsizetype pageEnd = pageBegin(hint.page + 1);
        for (const qsizetype from : {std::max(m_cursor, pageBegin(hint.page)), pageBegin(hint.page)}) {
            const qsizetype pos = m_key.indexOf(k, from);
            if (pos >= 0 && pos < pageEnd) {
                best = pos;
                break;
            }
        }
        if (best < 0)
            best = m_key.indexOf(k, m_cursor);
        if (best < 0)
            best = m_key.indexOf(k);
        if (best >= 0)
            m_cursor = best + 1;
    } else if (hint.page >= 0) {
        // Look on the hinted page and its neighbours first, then anywhere.
        const qsizetype ranges[2][2] = {{pageBegin(hint.page - 1), pageBegin(hint.page + 2)}, {0, m_key.size()}};
        for (const auto &range : ranges) {
            qreal bestScore = std::numeric_limits<qreal>::max();
            for (qsizetype pos = m_key.indexOf(k, range[0]); pos >= 0 && pos < range[1];
                 pos = m_key.indexOf(k, pos + 1)) {
                const qreal s = score(pos, hint);
                if (s < bestScore) {
                    bestScore = s;
                    best = pos;
                }
            }
            if (best >= 0)
                break;
        }
    } else {
        best = m_key.indexOf(k, m_cursor);
        if (best < 0)
            best = m_key.indexOf(k);
        if (best >= 0)
            m_cursor = best + 1;
    }
    if (best < 0)
        return {};

    // Every glyph from the first to the last, so that a hyphen left out of the key is covered.
    QList<Fragment> fragments;
    int fragmentLine = -1;
    int firstGlyph = m_keyGlyph.at(best);
    int lastGlyph = m_keyGlyph.at(best + k.size() - 1);
    if (leadingHyphen && firstGlyph > 0 && m_glyphs.at(firstGlyph - 1).hyphen)
        --firstGlyph;
    if (trailingHyphen && lastGlyph + 1 < int(m_glyphs.size()) && m_glyphs.at(lastGlyph + 1).hyphen)
        ++lastGlyph;
    for (int gi = firstGlyph; gi <= lastGlyph; ++gi) {
        const Glyph &g = m_glyphs.at(gi);
        if (fragments.isEmpty() || g.line != fragmentLine) {
            fragments.append({g.page, g.box});
            fragmentLine = g.line;
        } else {
            fragments.last().box = fragments.last().box.united(g.box);
        }
    }
    return fragments;
}

} // namespace Lectern
