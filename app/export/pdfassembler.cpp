// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfassembler.h"

#include "export/exportlogging.h"

#include <QCoreApplication>
#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

namespace Lectern {

namespace {
QPDFObjectHandle utf8(const QString &text)
{
    return QPDFObjectHandle::newUnicodeString(text.toStdString());
}

/// Appends top-level outline items (title, first page) to the document's outline, made when
/// it has none.
void addBookmarks(QPDF &pdf, const std::vector<std::pair<QString, QPDFObjectHandle>> &marks)
{
    if (marks.empty())
        return;
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle outlines = root.getKey("/Outlines");
    if (!outlines.isDictionary()) {
        outlines = pdf.makeIndirectObject(
            QPDFObjectHandle::newDictionary({{"/Type", QPDFObjectHandle::newName("/Outlines")}}));
        root.replaceKey("/Outlines", outlines);
    }
    QPDFObjectHandle last = outlines.getKey("/Last");
    if (!last.isDictionary())
        last = QPDFObjectHandle::newNull();
    for (const auto &[title, page] : marks) {
        const double top
            = page.getKey("/MediaBox").isRectangle() ? page.getKey("/MediaBox").getArrayAsRectangle().ury : 842;
        QPDFObjectHandle dest = QPDFObjectHandle::newArray({page, QPDFObjectHandle::newName("/XYZ"),
            QPDFObjectHandle::newInteger(0), QPDFObjectHandle::newReal(top, 2), QPDFObjectHandle::newNull()});
        QPDFObjectHandle item = pdf.makeIndirectObject(
            QPDFObjectHandle::newDictionary({{"/Title", utf8(title)}, {"/Parent", outlines}, {"/Dest", dest}}));
        if (last.isNull()) {
            outlines.replaceKey("/First", item);
        } else {
            last.replaceKey("/Next", item);
            item.replaceKey("/Prev", last);
        }
        outlines.replaceKey("/Last", item);
        last = item;
    }
    // Count: the open items at the top level (a negative count of the root would close it).
    const QPDFObjectHandle count = outlines.getKey("/Count");
    const long long before = count.isInteger() ? std::max(0LL, count.getIntValue()) : 0;
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(before + static_cast<long long>(marks.size())));
}
} // namespace

bool PdfAssembler::assemble(const QList<PdfPart> &parts, const QString &outputFile)
{
    m_errorString.clear();
    m_pageCount = 0;
    try {
        // The source documents must outlive the write: copied pages are read from them then.
        std::vector<std::unique_ptr<QPDF>> sources;
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        qsizetype first = 0;
        if (m_keepFirst && !parts.isEmpty()) {
            pdf.processFile(QFile::encodeName(parts.first().fileName).constData());
            first = 1;
        } else {
            pdf.emptyPDF();
            QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary(
                {{"/Title", utf8(m_title)}, {"/Creator", utf8(QStringLiteral("Lectern " LECTERN_VERSION_STRING))}}));
            pdf.getTrailer().replaceKey("/Info", info);
            pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFPageDocumentHelper pages(pdf);
        std::vector<std::pair<QString, QPDFObjectHandle>> marks;
        if (first == 1 && !parts.first().bookmark.isEmpty() && !pages.getAllPages().empty())
            marks.emplace_back(parts.first().bookmark, pages.getAllPages().front().getObjectHandle());
        for (qsizetype i = first; i < parts.size(); ++i) {
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            source->processFile(QFile::encodeName(parts.at(i).fileName).constData());
            bool firstPage = true;
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*source).getAllPages()) {
                pages.addPage(page, false);
                if (firstPage && !parts.at(i).bookmark.isEmpty())
                    marks.emplace_back(parts.at(i).bookmark, pages.getAllPages().back().getObjectHandle());
                firstPage = false;
            }
            sources.push_back(std::move(source));
        }
        addBookmarks(pdf, marks);
        m_pageCount = int(pages.getAllPages().size());

        // QPDFWriter keeps the name's pointer until write(): the bytes must outlive it (found by
        // AddressSanitizer).
        const QByteArray outputName = QFile::encodeName(outputFile);
        QPDFWriter writer(pdf, outputName.constData());
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.write();
    } catch (const std::exception &e) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot put the PDF's pages together: %1")
                            .arg(QString::fromUtf8(e.what()));
        qCWarning(lcExport) << m_errorString;
        return false;
    }
    qCDebug(lcExport) << "assembled" << parts.size() << "parts," << m_pageCount << "pages into" << outputFile;
    return true;
}

} // namespace Lectern
