// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentimporter.h"

#include "document/htmlimporter.h"
#include "document/markdownimporter.h"
#include "document/pdfimporter.h"
#include "document/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocument, "lectern.document")

namespace Lectern {

Document::Format DocumentImporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return Document::Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return Document::Format::Html;
    if (suffix == u"pdf")
        return Document::Format::Pdf;
    return Document::Format::PlainText;
}

QStringList DocumentImporter::nameFilters()
{
    return {QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.md"), QStringLiteral("*.markdown"),
        QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml"), QStringLiteral("*.shtml"),
        QStringLiteral("*.pdf")};
}

bool DocumentImporter::importFile(const QString &fileName, Document *document)
{
    m_errorString.clear();
    m_warnings.clear();
    QFile file(fileName);
    const QFileInfo info(fileName);
    if (!info.exists()) {
        m_errorString
            = QCoreApplication::translate("Lectern::DocumentImporter", "The file %1 does not exist.").arg(fileName);
        return false;
    }
    if (info.isDir()) {
        m_errorString = QCoreApplication::translate("Lectern::DocumentImporter", "%1 is a folder, not a statement.")
                            .arg(fileName);
        return false;
    }
    if (info.size() > MaximumFileSize) {
        m_errorString = QCoreApplication::translate(
            "Lectern::DocumentImporter", "%1 is %2 MB; Lectern opens statements of up to %3 MB.")
                            .arg(fileName)
                            .arg(info.size() / (1024 * 1024))
                            .arg(MaximumFileSize / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = QCoreApplication::translate("Lectern::DocumentImporter", "Cannot read %1: %2")
                            .arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_errorString = QCoreApplication::translate("Lectern::DocumentImporter", "Cannot read %1: %2")
                            .arg(fileName, file.errorString());
        return false;
    }
    return importData(bytes, info.absoluteFilePath(), document);
}

bool DocumentImporter::importData(const QByteArray &bytes, const QString &fileName, Document *document)
{
    m_errorString.clear();
    m_warnings.clear();
    Document result;
    result.id = QUuid::createUuid();
    result.sourcePath = fileName;
    result.format = formatForFileName(fileName);
    switch (result.format) {
    case Document::Format::Pdf: {
        PdfImporter pdf;
        const bool ok = pdf.importData(bytes, fileName, &result);
        m_warnings = pdf.warnings();
        if (!ok) {
            m_errorString = pdf.errorString();
            return false;
        }
        break;
    }
    case Document::Format::Html: {
        HtmlImporter html;
        const bool ok = html.importData(bytes, &result);
        m_warnings = html.warnings();
        if (!ok) {
            m_errorString = QCoreApplication::translate("Lectern::DocumentImporter", "Cannot open %1: %2")
                                .arg(fileName, html.errorString());
            return false;
        }
        break;
    }
    case Document::Format::PlainText:
    case Document::Format::Markdown: {
        TextDecoder decoder;
        QString text;
        if (!decoder.decode(bytes, &text)) {
            m_errorString = QCoreApplication::translate("Lectern::DocumentImporter", "Cannot open %1: %2")
                                .arg(fileName, decoder.errorString());
            return false;
        }
        m_warnings = decoder.warnings();
        if (result.format == Document::Format::Markdown) {
            MarkdownImporter markdown;
            markdown.convert(text, &result);
        } else {
            result.text = text;
        }
        break;
    }
    }
    for (const QString &warning : std::as_const(m_warnings))
        qCWarning(lcDocument) << fileName << warning;
    if (result.title.isEmpty())
        result.title = QFileInfo(fileName).completeBaseName();
    if (result.text.trimmed().isEmpty())
        m_warnings << QCoreApplication::translate("Lectern::DocumentImporter", "The statement %1 is empty.")
                          .arg(QFileInfo(fileName).fileName());
    *document = std::move(result);
    return true;
}

} // namespace Lectern
