// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/htmltokenizer.h"

#include "document/htmlentities.h"

#include <algorithm>

namespace Lectern {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Elements whose content is text up to the matching end tag, never markup.
bool isRawText(QStringView name)
{
    return isOneOf(name,
        {u"script", u"style", u"xmp", u"iframe", u"noembed", u"noframes", u"noscript", u"title", u"textarea",
            u"plaintext"});
}

/// Raw-text elements whose content still has character references.
bool decodesEntities(QStringView name)
{
    return name == u"title" || name == u"textarea";
}

class Tokenizer
{
public:
    explicit Tokenizer(QStringView html)
        : m_s(html)
    {
    }

    QList<HtmlToken> run()
    {
        const qsizetype n = m_s.size();
        while (m_pos < n) {
            const qsizetype lt = m_s.indexOf(u'<', m_pos);
            if (lt < 0) {
                m_pending += m_s.mid(m_pos);
                break;
            }
            m_pending += m_s.mid(m_pos, lt - m_pos);
            m_pos = lt;
            const QStringView rest = m_s.mid(m_pos);
            if (rest.startsWith(u"<!--")) {
                comment();
            } else if (rest.startsWith(u"<![CDATA[")) {
                cdata();
            } else if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
                bogusComment(2);
            } else if (rest.startsWith(u"</")) {
                endTag();
            } else if (rest.size() > 1 && isAsciiAlpha(rest.at(1))) {
                startTag();
            } else {
                m_pending += u'<'; // a "<" that starts no markup, as in "a < b"
                ++m_pos;
            }
        }
        flushText();
        return std::move(m_tokens);
    }

private:
    void flushText()
    {
        if (m_pending.isEmpty())
            return;
        HtmlToken token;
        token.text = decodeHtmlEntities(m_pending);
        m_tokens.append(std::move(token));
        m_pending.clear();
    }

    void push(HtmlToken &&token)
    {
        flushText();
        m_tokens.append(std::move(token));
    }

    // Tolerates "<!-->" and an unclosed comment (which runs to the end, as in a browser).
    void comment()
    {
        qsizetype end = m_s.indexOf(u"-->", m_pos + 2);
        const qsizetype bodyStart = m_pos + 4;
        HtmlToken token;
        token.type = HtmlToken::Type::Comment;
        if (end < 0) {
            token.text = m_s.mid(std::min(bodyStart, m_s.size())).toString();
            m_pos = m_s.size();
        } else {
            token.text = end >= bodyStart ? m_s.mid(bodyStart, end - bodyStart).toString() : QString();
            m_pos = end + 3;
        }
        push(std::move(token));
    }

    void cdata()
    {
        const qsizetype start = m_pos + 9;
        qsizetype end = m_s.indexOf(u"]]>", start);
        if (end < 0)
            end = m_s.size();
        flushText();
        HtmlToken token;
        token.text = m_s.mid(start, end - start).toString();
        m_tokens.append(std::move(token));
        m_pos = std::min(end + 3, m_s.size());
    }

    void bogusComment(qsizetype skip)
    {
        const qsizetype end = m_s.indexOf(u'>', m_pos + skip);
        HtmlToken token;
        token.type = HtmlToken::Type::Comment;
        token.text = m_s.mid(m_pos + skip, end < 0 ? -1 : end - m_pos - skip).toString();
        m_pos = end < 0 ? m_s.size() : end + 1;
        push(std::move(token));
    }

    QString tagName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && !isHtmlSpace(m_s.at(m_pos)) && m_s.at(m_pos) != u'/' && m_s.at(m_pos) != u'>')
            ++m_pos;
        return m_s.mid(start, m_pos - start).toString().toLower();
    }

    void endTag()
    {
        if (m_pos + 2 >= m_s.size() || !isAsciiAlpha(m_s.at(m_pos + 2))) {
            if (m_s.mid(m_pos).startsWith(u"</>"))
                m_pos += 3;
            else
                bogusComment(2);
            return;
        }
        m_pos += 2;
        HtmlToken token;
        token.type = HtmlToken::Type::EndTag;
        token.name = tagName();
        const qsizetype end = m_s.indexOf(u'>', m_pos);
        m_pos = end < 0 ? m_s.size() : end + 1;
        push(std::move(token));
    }

    void startTag()
    {
        ++m_pos;
        HtmlToken token;
        token.type = HtmlToken::Type::StartTag;
        token.name = tagName();
        const qsizetype n = m_s.size();
        for (;;) {
            while (m_pos < n && (isHtmlSpace(m_s.at(m_pos)) || m_s.at(m_pos) == u'/')) {
                token.selfClosing = m_s.at(m_pos) == u'/';
                ++m_pos;
            }
            if (m_pos >= n)
                return; // a tag cut off by the end of the file is dropped, as a browser does
            if (m_s.at(m_pos) == u'>') {
                ++m_pos;
                break;
            }
            token.selfClosing = false;
            attribute(&token);
        }
        const QString name = token.name;
        const bool raw = isRawText(name) && !token.selfClosing;
        push(std::move(token));
        if (raw)
            rawText(name);
    }

    void attribute(HtmlToken *token)
    {
        const qsizetype n = m_s.size();
        const qsizetype start = m_pos++; // the first character may be "=", as in a browser
        while (m_pos < n && !isHtmlSpace(m_s.at(m_pos)) && m_s.at(m_pos) != u'/' && m_s.at(m_pos) != u'>'
            && m_s.at(m_pos) != u'=')
            ++m_pos;
        const QString name = m_s.mid(start, m_pos - start).toString().toLower();
        QString value;
        qsizetype p = m_pos;
        while (p < n && isHtmlSpace(m_s.at(p)))
            ++p;
        if (p < n && m_s.at(p) == u'=') {
            ++p;
            while (p < n && isHtmlSpace(m_s.at(p)))
                ++p;
            if (p < n && (m_s.at(p) == u'"' || m_s.at(p) == u'\'')) {
                const QChar quote = m_s.at(p);
                qsizetype end = m_s.indexOf(quote, p + 1);
                if (end < 0)
                    end = n;
                value = decodeHtmlEntities(m_s.mid(p + 1, end - p - 1), true);
                p = std::min(end + 1, n);
            } else {
                const qsizetype valueStart = p;
                while (p < n && !isHtmlSpace(m_s.at(p)) && m_s.at(p) != u'>')
                    ++p;
                value = decodeHtmlEntities(m_s.mid(valueStart, p - valueStart), true);
            }
            m_pos = p;
        }
        if (!token->hasAttribute(name))
            token->attributes.append({name, value});
    }

    // The content of a raw-text element: everything up to "</name" followed by a delimiter.
    void rawText(const QString &name)
    {
        const qsizetype n = m_s.size();
        const QString closing = QStringLiteral("</") + name;
        qsizetype end = m_pos;
        for (;;) {
            end = m_s.indexOf(closing, end, Qt::CaseInsensitive);
            if (end < 0) {
                end = n;
                break;
            }
            const qsizetype after = end + 2 + name.size();
            if (after >= n || isHtmlSpace(m_s.at(after)) || m_s.at(after) == u'>' || m_s.at(after) == u'/')
                break;
            ++end;
        }
        const QStringView content = m_s.mid(m_pos, end - m_pos);
        if (!content.isEmpty()) {
            HtmlToken token;
            token.text = decodesEntities(name) ? decodeHtmlEntities(content) : content.toString();
            m_tokens.append(std::move(token));
        }
        m_pos = end;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    QString m_pending;
    QList<HtmlToken> m_tokens;
};

} // namespace

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

bool HtmlToken::hasAttribute(QStringView attributeName) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
        [attributeName](const auto &attribute) { return attribute.first == attributeName; });
}

QList<HtmlToken> HtmlTokenizer::tokenize(QStringView html)
{
    return Tokenizer(html).run();
}

bool HtmlTokenizer::isVoidElement(QStringView name)
{
    return isOneOf(name,
        {u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link", u"meta", u"param", u"source",
            u"track", u"wbr", u"keygen"});
}

} // namespace Lectern
