// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/htmlcontent.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Lectern {

namespace {

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Elements whose content is never part of the statement.
bool isDropped(QStringView name)
{
    return isOneOf(name,
        {u"script", u"style", u"nav", u"header", u"footer", u"aside", u"form", u"noscript", u"template", u"svg",
            u"math", u"iframe", u"button", u"select", u"textarea", u"object", u"canvas", u"dialog", u"noembed",
            u"noframes"});
}

/// Elements that start and end a block of text.
bool isBlock(QStringView name)
{
    return isOneOf(name,
        {u"address", u"article", u"blockquote", u"body", u"caption", u"center", u"dd", u"details", u"dir", u"div",
            u"dl", u"dt", u"fieldset", u"figcaption", u"figure", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"hgroup",
            u"hr", u"html", u"legend", u"li", u"main", u"menu", u"ol", u"p", u"pre", u"section", u"summary", u"table",
            u"tbody", u"tfoot", u"thead", u"tr", u"ul"});
}

bool isCollapsibleSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == QChar(0x00A0);
}

bool isHidden(const HtmlToken &token)
{
    if (token.hasAttribute(u"hidden") || token.attribute(u"aria-hidden").compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    QString style = token.attribute(u"style").toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

// Meta names that carry the publication date, best first.
constexpr QStringView DateKeys[] = {u"date", u"article:published_time", u"dc.date", u"dcterms.date", u"dc.date.issued",
    u"datepublished", u"pubdate", u"publish-date"};

class Extractor
{
public:
    HtmlContent run(const QList<HtmlToken> &tokens)
    {
        for (const HtmlToken &token : tokens) {
            switch (token.type) {
            case HtmlToken::Type::StartTag:
                startTag(token);
                break;
            case HtmlToken::Type::EndTag:
                endTag(token.name);
                break;
            case HtmlToken::Type::Text:
                text(token.text);
                break;
            case HtmlToken::Type::Comment:
                break;
            }
        }
        breakBlock();
        for (const qsizetype open : std::as_const(m_openContainers))
            m_c.containers[open].endBlock = m_c.blocks.size();
        for (const QStringView key : DateKeys) {
            if (!m_dates.value(key.toString()).isEmpty()) {
                m_c.date = m_dates.value(key.toString());
                break;
            }
        }
        if (m_c.url.isEmpty())
            m_c.url = m_canonical;
        m_c.title = m_c.title.simplified();
        m_c.firstHeading = m_h1.isEmpty() ? m_h2 : m_h1;
        return std::move(m_c);
    }

private:
    void startTag(const HtmlToken &token)
    {
        const QString &name = token.name;
        const bool isVoid = HtmlTokenizer::isVoidElement(name);
        if (!m_skipName.isEmpty()) {
            if (name == m_skipName && !isVoid && !token.selfClosing)
                ++m_skipNesting;
            return;
        }
        if (name == u"meta" || name == u"link") {
            metadata(token);
            return;
        }
        if (name == u"title") {
            m_inTitle = !token.selfClosing && m_c.title.isEmpty();
            return;
        }
        if (!isVoid && !token.selfClosing && (isDropped(name) || isHidden(token))) {
            m_skipName = name;
            m_skipNesting = 1;
            return;
        }
        if (name == u"br") {
            lineBreak();
            return;
        }
        if (isBlock(name))
            breakBlock();
        if (name == u"td" || name == u"th")
            m_pendingSpace = !m_current.isEmpty();
        if (token.selfClosing)
            return;
        if (name == u"ul" || name == u"ol" || name == u"menu") {
            m_lists.append(name == u"ol" ? std::max(1, token.attribute(u"start").toInt()) : 0);
        } else if (name == u"li") {
            if (!m_lists.isEmpty() && m_lists.last() > 0)
                m_prefix = QString::number(m_lists.last()++) + QStringLiteral(". ");
            else
                m_prefix = QStringLiteral("\u2022 ");
        } else if (name == u"h1" || name == u"h2") {
            m_headingStart = m_c.blocks.size();
        } else if (name == u"article" || name == u"main") {
            m_openContainers.append(m_c.containers.size());
            m_c.containers.append({name == u"article", m_c.blocks.size(), m_c.blocks.size()});
        } else if (name == u"pre") {
            ++m_preDepth;
        }
    }

    void endTag(const QString &name)
    {
        if (!m_skipName.isEmpty()) {
            if (name == m_skipName && --m_skipNesting == 0)
                m_skipName.clear();
            return;
        }
        if (name == u"title") {
            m_inTitle = false;
            return;
        }
        if (isBlock(name))
            breakBlock();
        if ((name == u"ul" || name == u"ol" || name == u"menu") && !m_lists.isEmpty()) {
            m_lists.removeLast();
        } else if (name == u"li") {
            m_prefix.clear();
        } else if ((name == u"h1" || name == u"h2") && m_headingStart >= 0) {
            if (m_c.blocks.size() > m_headingStart) {
                QString &first = name == u"h1" ? m_h1 : m_h2;
                if (first.isEmpty())
                    first = m_c.blocks.at(m_headingStart).simplified();
            }
            m_headingStart = -1;
        } else if (name == u"article" || name == u"main") {
            // Close the innermost open container of that kind, and any left open inside it.
            for (qsizetype i = m_openContainers.size() - 1; i >= 0; --i) {
                if (m_c.containers.at(m_openContainers.at(i)).article == (name == u"article")) {
                    for (qsizetype j = i; j < m_openContainers.size(); ++j)
                        m_c.containers[m_openContainers.at(j)].endBlock = m_c.blocks.size();
                    m_openContainers.resize(i);
                    break;
                }
            }
        } else if (name == u"pre") {
            m_preDepth = std::max(0, m_preDepth - 1);
        }
    }

    void metadata(const HtmlToken &token)
    {
        if (token.name == u"link") {
            if (token.attribute(u"rel").toLower().split(QLatin1Char(' ')).contains(QStringLiteral("canonical")))
                m_canonical = token.attribute(u"href").trimmed();
            return;
        }
        QString key = token.attribute(u"property");
        if (key.isEmpty())
            key = token.attribute(u"name");
        if (key.isEmpty())
            key = token.attribute(u"itemprop");
        key = key.trimmed().toLower();
        const QString content = token.attribute(u"content").simplified();
        if (key.isEmpty() || content.isEmpty())
            return;
        if (key == u"og:title" && m_c.ogTitle.isEmpty())
            m_c.ogTitle = content;
        else if (key == u"og:url" && m_c.url.isEmpty())
            m_c.url = content;
        else if (!m_dates.contains(key))
            m_dates.insert(key, content);
    }

    void text(const QString &text)
    {
        if (!m_skipName.isEmpty())
            return;
        if (m_inTitle) {
            m_c.title += text;
            return;
        }
        for (const QChar c : text) {
            if (c == QChar(0x00AD) || c == QChar(0x200B) || c == u'\r')
                continue; // soft hyphen, zero-width space
            if (m_preDepth == 0 && isCollapsibleSpace(c)) {
                m_pendingSpace = !m_current.isEmpty() && !m_current.endsWith(u'\n');
                continue;
            }
            if (m_current.isEmpty()) {
                m_current = std::exchange(m_prefix, QString());
            } else if (m_pendingSpace) {
                m_current += u' ';
            }
            m_pendingSpace = false;
            m_current += c;
        }
    }

    // "<br>" ends a line; two in a row (an old way of spacing paragraphs) end the block.
    void lineBreak()
    {
        if (m_current.isEmpty())
            return;
        if (m_current.endsWith(u'\n')) {
            breakBlock();
            return;
        }
        m_current += u'\n';
        m_pendingSpace = false;
    }

    void breakBlock()
    {
        qsizetype end = m_current.size();
        while (end > 0 && m_current.at(end - 1).isSpace())
            --end;
        qsizetype start = 0;
        while (start < end && m_current.at(start) == u'\n')
            ++start;
        if (end > start)
            m_c.blocks.append(m_current.mid(start, end - start));
        m_current.clear();
        m_pendingSpace = false;
    }

    HtmlContent m_c;
    QString m_current;
    QString m_prefix; ///< list marker waiting for the item's first character
    bool m_pendingSpace = false;
    bool m_inTitle = false;
    QString m_skipName; ///< the dropped element being skipped, if any
    int m_skipNesting = 0;
    int m_preDepth = 0;
    QList<int> m_lists; ///< per open list: next number, or 0 for a bulleted list
    QList<qsizetype> m_openContainers;
    qsizetype m_headingStart = -1;
    QString m_h1;
    QString m_h2;
    QString m_canonical;
    QHash<QString, QString> m_dates;
};

} // namespace

HtmlContent HtmlContent::extract(const QList<HtmlToken> &tokens)
{
    return Extractor().run(tokens);
}

QStringList HtmlContent::mainBlocks() const
{
    const auto length = [this](const Container &c) {
        return std::accumulate(blocks.cbegin() + c.firstBlock, blocks.cbegin() + c.endBlock, qsizetype(0),
            [](qsizetype sum, const QString &block) { return sum + block.size(); });
    };
    for (const bool article : {true, false}) {
        const Container *best = nullptr;
        qsizetype bestLength = 0;
        for (const Container &c : containers) {
            if (c.article != article)
                continue;
            if (const qsizetype n = length(c); n > bestLength) {
                best = &c;
                bestLength = n;
            }
        }
        if (best)
            return blocks.mid(best->firstBlock, best->endBlock - best->firstBlock);
    }
    return blocks;
}

} // namespace Lectern
