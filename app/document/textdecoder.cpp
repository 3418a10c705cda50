// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Lectern {

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // NUL bytes do not occur in UTF-8 text; nor do many C0 control characters.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b)
            ++controls;
    }
    return n > 0 && controls * 100 > n; // more than 1% control characters
}

bool TextDecoder::decode(const QByteArray &bytes, QString *text)
{
    m_errorString.clear();
    m_warnings.clear();
    std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        // UTF-16 or UTF-32 with a byte-order mark.
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(bytes);
        if (decoder.hasError())
            m_warnings << QCoreApplication::translate(
                "Lectern::TextDecoder", "The text is not valid %1; invalid sequences were replaced by \uFFFD.")
                              .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
        if (text->startsWith(QChar(0xFEFF)))
            text->remove(0, 1);
        return true;
    }
    if (looksBinary(bytes)) {
        m_errorString
            = QCoreApplication::translate("Lectern::TextDecoder", "This is a binary file, not a text statement.");
        return false;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // U+FFFD that the file itself held are not replacements.
        const qsizetype replaced
            = text->count(QChar(QChar::ReplacementCharacter)) - bytes.count(QByteArrayLiteral("\xEF\xBF\xBD"));
        m_warnings << QCoreApplication::translate(
            "Lectern::TextDecoder", "The file is not valid UTF-8; %1 invalid byte sequences were replaced by \uFFFD.")
                          .arg(replaced);
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

} // namespace Lectern
