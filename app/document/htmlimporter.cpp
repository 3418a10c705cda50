// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/htmlimporter.h"

#include "document/htmlcontent.h"
#include "document/htmltokenizer.h"
#include "document/textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Lectern {

QByteArray HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    // Browsers look at the first 1024 bytes; saved pages often put a long comment or scripts
    // first, so look further.
    const QString head = QString::fromLatin1(bytes.left(8192));
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(
        QStringLiteral("^\\s*<\\?xml\\b[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = meta.match(head);
    if (!m.hasMatch())
        m = xml.match(head);
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

bool HtmlImporter::decode(const QByteArray &bytes, QString *html)
{
    QByteArray charset = declaredCharset(bytes);
    // A byte-order mark wins over the declaration; a page that says UTF-16 without one is UTF-8.
    const bool hasBom = QStringConverter::encodingForData(bytes).has_value();
    const bool utf = charset.isEmpty() || charset.startsWith("utf-") || charset == "utf8" || charset == "unicode";
    if (!hasBom && !utf) {
        // As in browsers, pages labelled Latin-1 or ASCII are read as its superset Windows-1252.
        if (charset == "iso-8859-1" || charset == "latin1" || charset == "l1" || charset == "us-ascii"
            || charset == "ascii" || charset == "iso8859-1")
            charset = QByteArrayLiteral("windows-1252");
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid() && charset == "windows-1252")
            decoder = QStringDecoder(QStringConverter::Latin1, QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            *html = decoder.decode(bytes);
            if (decoder.hasError())
                m_warnings << QCoreApplication::translate(
                    "Lectern::HtmlImporter", "The page is not valid %1; invalid bytes were replaced by \uFFFD.")
                                  .arg(QString::fromLatin1(charset));
            return true;
        }
        m_warnings << QCoreApplication::translate(
            "Lectern::HtmlImporter", "The page's character set %1 is unknown; it was read as UTF-8.")
                          .arg(QString::fromLatin1(charset));
    }
    TextDecoder decoder;
    if (!decoder.decode(bytes, html)) {
        m_errorString = decoder.errorString();
        return false;
    }
    m_warnings << decoder.warnings();
    return true;
}

bool HtmlImporter::importData(const QByteArray &bytes, Document *document)
{
    m_errorString.clear();
    m_warnings.clear();
    QString html;
    if (!decode(bytes, &html))
        return false;
    convert(html, document);
    return true;
}

void HtmlImporter::convert(const QString &html, Document *document)
{
    const HtmlContent content = HtmlContent::extract(HtmlTokenizer::tokenize(html));
    const QStringList blocks = content.mainBlocks();
    document->text = blocks.join(QStringLiteral("\n\n"));
    if (!document->text.isEmpty())
        document->text += QLatin1Char('\n');
    // og:title is the headline without the site's name that <title> usually appends.
    document->title = !content.ogTitle.isEmpty() ? content.ogTitle
        : !content.title.isEmpty()               ? content.title
                                                 : content.firstHeading;
    document->date = content.date;
    document->source = content.url;
}

} // namespace Lectern
