// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfimporter.h"

#include "document/pdflayout.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <poppler-qt6.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcPdf, "lectern.document.pdf", QtInfoMsg)

namespace Lectern {

namespace {

// poppler reports every oddity of a damaged file on stderr; keep that in our debug log instead.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPdf) << message; }, QVariant());
    });
}

// Ligatures (fi, fl, ...) become their letters, so that words can be searched and matched.
QString plainLetters(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString letters = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
            text.replace(i, 1, letters);
            i += letters.size() - 1;
        }
    }
    return text;
}

PdfPage readPage(const Poppler::Page &page)
{
    PdfPage result;
    result.size = page.pageSizeF();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    result.words.reserve(qsizetype(boxes.size()));
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        if (box)
            result.words.append({plainLetters(box->text()), box->boundingBox(), box->hasSpaceAfter()});
    }
    return result;
}

} // namespace

bool PdfImporter::importData(const QByteArray &bytes, const QString &fileName, Document *document)
{
    m_errorString.clear();
    m_warnings.clear();
    routePopplerMessages();
    const QString name = QFileInfo(fileName).fileName();
    try {
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
        if (!pdf || (!pdf->isLocked() && pdf->numPages() <= 0)) {
            m_errorString = QCoreApplication::translate(
                "Lectern::PdfImporter", "\u201C%1\u201D is damaged or is not a PDF file; Lectern cannot read it.")
                                .arg(name);
            return false;
        }
        if (pdf->isLocked()) {
            m_errorString = QCoreApplication::translate("Lectern::PdfImporter",
                "\u201C%1\u201D is protected by a password; Lectern cannot open "
                "password-protected PDF files. Save a copy without the password and "
                "open that.")
                                .arg(name);
            return false;
        }
        QList<PdfPage> pages;
        qsizetype words = 0;
        for (int i = 0; i < pdf->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = pdf->page(i);
            pages.append(page ? readPage(*page) : PdfPage());
            words += pages.last().words.size();
            if (!page)
                m_warnings << QCoreApplication::translate(
                    "Lectern::PdfImporter", "Page %1 of \u201C%2\u201D could not be read.")
                                  .arg(i + 1)
                                  .arg(name);
        }
        PdfLayout::Result layout = PdfLayout::build(pages);
        if (words == 0 || layout.text.trimmed().isEmpty()) {
            m_errorString = QCoreApplication::translate("Lectern::PdfImporter",
                "\u201C%1\u201D has no text layer (it may be a scanned image); Lectern cannot "
                "read text from it.")
                                .arg(name);
            return false;
        }
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (pages.at(i).words.isEmpty())
                m_warnings << QCoreApplication::translate(
                    "Lectern::PdfImporter", "Page %1 of \u201C%2\u201D has no text (it may be an image).")
                                  .arg(i + 1)
                                  .arg(name);
        }
        qCDebug(lcPdf) << name << pages.size() << "pages," << layout.droppedLines
                       << "running header and footer lines dropped";
        document->text = std::move(layout.text);
        document->pageSpans = std::move(layout.pageSpans);
        document->title = pdf->info(QStringLiteral("Title")).simplified();
        return true;
    } catch (const std::exception &e) {
        m_errorString = QCoreApplication::translate("Lectern::PdfImporter", "\u201C%1\u201D could not be read: %2")
                            .arg(name, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        m_errorString
            = QCoreApplication::translate("Lectern::PdfImporter", "\u201C%1\u201D could not be read.").arg(name);
    }
    return false;
}

} // namespace Lectern
