// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/markdownimporter.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

QString unescapeDoubleQuoted(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= s.size()) {
            out += c;
            continue;
        }
        const QChar e = s.at(++i);
        if (e == u'n') {
            out += QLatin1Char('\n');
        } else if (e == u't') {
            out += QLatin1Char('\t');
        } else if ((e == u'u' && i + 4 < s.size()) || (e == u'U' && i + 8 < s.size())) {
            const int digits = e == u'u' ? 4 : 8;
            bool ok = false;
            const uint code = s.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok && QChar::isPrint(char32_t(code))) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i += digits;
            } else {
                out += e;
            }
        } else {
            out += e; // \" \\ \/ and "\ " (an escaped space)
        }
    }
    return out;
}

QString yamlScalar(const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QString first = lines.first().trimmed();
    if (first.startsWith(u'"')) {
        // Double-quoted, possibly folded over several lines; "\" at a line end joins without a space.
        QString joined;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString part = i == 0 ? first : lines.at(i).trimmed();
            if (i > 0 && !joined.endsWith(u'\x01'))
                joined += QLatin1Char(' ');
            if (joined.endsWith(u'\x01'))
                joined.chop(1);
            if (part.endsWith(u'\\') && !part.endsWith(QLatin1String("\\\\"))) {
                part.chop(1);
                part += QChar(u'\x01');
            }
            joined += part;
        }
        joined.remove(QChar(u'\x01'));
        if (joined.startsWith(u'"'))
            joined.remove(0, 1);
        if (joined.endsWith(u'"'))
            joined.chop(1);
        return unescapeDoubleQuoted(joined);
    }
    QStringList parts;
    for (const QString &line : lines)
        parts << line.trimmed();
    QString value = parts.join(QLatin1Char(' '));
    if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\'')) {
        value = value.mid(1, value.size() - 2);
        value.replace(QLatin1String("''"), QLatin1String("'"));
    }
    return value;
}

} // namespace

qsizetype MarkdownImporter::parseFrontMatter(const QString &text, QHash<QString, QString> *values)
{
    if (!text.startsWith(QLatin1String("---")))
        return 0;
    const qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    if (firstEnd < 0 || text.left(firstEnd).trimmed() != QLatin1String("---"))
        return 0;
    qsizetype pos = firstEnd + 1;
    QString key;
    QStringList valueLines;
    auto flush = [&] {
        if (!key.isEmpty())
            values->insert(key, yamlScalar(valueLines));
        key.clear();
        valueLines.clear();
    };
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):\\s*(.*)$"));
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos);
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String("---") || trimmed == QLatin1String("...")) {
            flush();
            return std::min(end + 1, text.size());
        }
        const QRegularExpressionMatch m = keyLine.match(line);
        if (m.hasMatch()) {
            flush();
            key = m.captured(1);
            valueLines << m.captured(2);
        } else if (!key.isEmpty() && (line.startsWith(u' ') || line.startsWith(u'\t'))) {
            valueLines << line;
        }
        pos = end + 1;
    }
    values->clear(); // no closing line: not front matter after all
    return 0;
}

QString MarkdownImporter::stripInline(const QString &line)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autoLink(QStringLiteral("<((?:https?|mailto):[^>\\s]+)>"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)([\\s\\S]+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasisStar(QStringLiteral("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])"));
    static const QRegularExpression emphasisUnderscore(
        QStringLiteral("(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression htmlTag(
        QStringLiteral("</?(?:span|br|em|strong|b|i|u|s|sup|sub|a)(?:\\s[^>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    // Blocks of raw HTML: their attributes ("<img src=\"...\">") are no text, and a table's cells
    // are words apart.
    static const QRegularExpression htmlBlockTag(
        QStringLiteral("</?(?:figure|figcaption|img|picture|source|video|iframe|div|p|table|thead|tbody|tfoot|tr|td|th|"
                       "colgroup|col|caption)(?:\\s[^<>]*)?/?>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|$<>\"'~])"));
    QString s = line;
    s.replace(image, QStringLiteral("\\1"));
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(autoLink, QStringLiteral("\\1"));
    s.replace(code, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(emphasisStar, QStringLiteral("\\1"));
    s.replace(emphasisUnderscore, QStringLiteral("\\1"));
    s.replace(htmlBlockTag, QStringLiteral(" "));
    s.replace(htmlTag, QString());
    s.replace(escape, QStringLiteral("\\1"));
    return s;
}

void MarkdownImporter::convert(const QString &markdown, Document *document) const
{
    QHash<QString, QString> meta;
    const qsizetype bodyStart = parseFrontMatter(markdown, &meta);
    document->title = meta.value(QStringLiteral("title"));
    document->date = meta.value(QStringLiteral("date"));
    document->source = meta.value(
        QStringLiteral("source_url"), meta.value(QStringLiteral("source"), meta.value(QStringLiteral("url"))));

    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+\\s*)?$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+"));
    static const QRegularExpression blockQuote(QStringLiteral("^\\s{0,3}>\\s?"));

    const QStringList lines = markdown.mid(bodyStart).split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    QString firstHeading;
    bool previousBlank = true;
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        line.replace(blockQuote, QString());
        const bool blank = line.trimmed().isEmpty();
        if (rule.match(line).hasMatch() || (!previousBlank && setextUnderline.match(line).hasMatch())) {
            out << QString();
            previousBlank = true;
            continue;
        }
        QRegularExpressionMatch m = heading.match(line);
        if (m.hasMatch()) {
            line = m.captured(2);
            if (firstHeading.isEmpty())
                firstHeading = stripInline(line);
        } else {
            line.replace(bullet, QStringLiteral("\\1\u2022 "));
        }
        out << line;
        previousBlank = blank;
    }
    // Inline markup is stripped a paragraph at a time: hard-wrapped Markdown breaks lines inside
    // bold text ("**said U.S. Department of Energy Under\nSecretary Dr. Darío Gil**"), and the
    // marks left behind broke the names and the speaker between them.
    // A tag over several lines leaves fewer lines than it took, so the lines are gathered anew
    // (in place, each paragraph would move all the lines after it).
    QStringList stripped;
    stripped.reserve(out.size());
    for (qsizetype first = 0; first < out.size();) {
        if (out.at(first).trimmed().isEmpty()) {
            stripped << out.at(first++);
            continue;
        }
        qsizetype last = first + 1;
        while (last < out.size() && !out.at(last).trimmed().isEmpty())
            ++last;
        stripped << stripInline(out.mid(first, last - first).join(QLatin1Char('\n'))).split(QLatin1Char('\n'));
        first = last;
    }
    out = std::move(stripped);
    while (!out.isEmpty() && out.first().trimmed().isEmpty())
        out.removeFirst();
    document->text = out.join(QLatin1Char('\n'));
    if (document->title.isEmpty())
        document->title = firstHeading;
}

} // namespace Lectern
