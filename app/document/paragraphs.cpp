// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/paragraphs.h"

#include <algorithm>

namespace Lectern {

namespace {
bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

template<typename F>
void forEachLine(const QString &text, F &&f)
{
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const bool last = end < 0;
        if (last) {
            if (start == n && start > 0)
                break; // the text ends with a line break: no empty last line
            end = n;
        }
        qsizetype contentEnd = end;
        if (contentEnd > start && text.at(contentEnd - 1) == QLatin1Char('\r'))
            --contentEnd;
        f(start, contentEnd);
        if (last)
            break;
        start = end + 1;
    }
}

constexpr qsizetype WrapWidth = 100;

/// A list item opens the line: "• ", "- ", "* ", "1. ", "2) ".
bool opensListItem(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    const QStringView rest = line.sliced(i);
    if (rest.size() >= 2 && (rest.at(0) == u'\u2022' || rest.at(0) == u'-' || rest.at(0) == u'*')
        && rest.at(1).isSpace())
        return true;
    qsizetype digits = 0;
    while (digits < rest.size() && digits < 3 && rest.at(digits).isDigit())
        ++digits;
    return digits > 0 && digits <= 2 && digits + 1 < rest.size() && (rest.at(digits) == u'.' || rest.at(digits) == u')')
        && rest.at(digits + 1).isSpace();
}
} // namespace

bool isHardWrapped(const QString &text)
{
    qsizetype lines = 0;
    qsizetype shortLines = 0;
    qsizetype blankLines = 0;
    qsizetype continued = 0; // a non-blank line followed by another non-blank line
    bool previousNonBlank = false;
    forEachLine(text, [&](qsizetype start, qsizetype end) {
        const QStringView line(text.constData() + start, end - start);
        if (isBlank(line)) {
            ++blankLines;
            previousNonBlank = false;
            return;
        }
        ++lines;
        if (line.size() <= WrapWidth)
            ++shortLines;
        if (previousNonBlank)
            ++continued;
        previousNonBlank = true;
    });
    if (lines < 3 || blankLines == 0 || continued == 0)
        return false;
    return shortLines * 10 >= lines * 9;
}

namespace {
QList<TextRange> paragraphRanges(const QString &text, bool wrapped)
{
    QList<TextRange> result;
    qsizetype paraStart = -1;
    qsizetype paraEnd = -1;
    forEachLine(text, [&](qsizetype start, qsizetype end) {
        const QStringView line(text.constData() + start, end - start);
        const bool blank = isBlank(line);
        // In wrapped text a list item is a paragraph of its own.
        if (blank || !wrapped || opensListItem(line)) {
            if (paraStart >= 0)
                result.append({paraStart, paraEnd});
            paraStart = -1;
        }
        if (blank)
            return;
        if (paraStart < 0)
            paraStart = start;
        paraEnd = end;
        if (!wrapped) {
            result.append({paraStart, paraEnd});
            paraStart = -1;
        }
    });
    if (paraStart >= 0)
        result.append({paraStart, paraEnd});
    return result;
}
} // namespace

QList<TextRange> paragraphRanges(const QString &text)
{
    return paragraphRanges(text, isHardWrapped(text));
}

QString reflowedText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (!isHardWrapped(text)) {
        // One paragraph a line, but a line broken inside a sentence goes on: it ends without a
        // sentence's or a clause's punctuation, and it is a long line or the next starts in
        // lower case ("... Professor Sir Hilary Beckles, Chairman of the CARICOM\nReparations
        // Commission, stated"). A short line is a heading ("Mr. President"). No paragraph starts
        // in lower case after a quotation or a comma: that line is the rest of the sentence, as a
        // sentence-a-line text gives it ("“... do about it, sir?”\nasked Durbeyfield, after a pause.").
        constexpr qsizetype LongLine = 100;
        qsizetype previousStart = -1;
        qsizetype previousEnd = -1;
        forEachLine(text, [&](qsizetype start, qsizetype end) {
            const QStringView line(text.constData() + start, end - start);
            if (previousStart >= 0 && !isBlank(line)) {
                const QStringView previous
                    = QStringView(text.constData() + previousStart, previousEnd - previousStart).trimmed();
                const QChar first = line.trimmed().front();
                const QChar last = previous.back();
                static const QString closing = QStringLiteral(".!?:;,\"\u201D\u2019')]");
                static const QString continuing = QStringLiteral(",\"\u201D");
                if ((!closing.contains(last) && (previous.size() > LongLine || first.isLower()))
                    || (first.isLower() && continuing.contains(last)))
                    out[previousEnd] = QLatin1Char(' ');
            }
            if (isBlank(line)) {
                previousStart = -1;
            } else {
                previousStart = start;
                previousEnd = end;
            }
        });
        return out;
    }
    // The line breaks found with indexOf(), which compares many characters at a time: a test of
    // each character cost as much as finding the paragraphs.
    for (const TextRange &p : paragraphRanges(text, true)) {
        const QStringView paragraph = QStringView(text).sliced(p.start, p.length());
        for (qsizetype i = paragraph.indexOf(u'\n'); i >= 0; i = paragraph.indexOf(u'\n', i + 1))
            out[p.start + i] = QLatin1Char(' ');
    }
    return out;
}

} // namespace Lectern
