// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdffinisher.h"

#include "export/exportlogging.h"

#include <QCoreApplication>
#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {
using Rect = QPDFObjectHandle::Rectangle;

QPDFObjectHandle name(const char *n)
{
    return QPDFObjectHandle::newName(n);
}

std::string number(double value)
{
    return QByteArray::number(value, 'f', 3).toStdString();
}

std::string pdfDate(const QDateTime &time)
{
    return QString(u"D:"_s + time.toUTC().toString(u"yyyyMMddHHmmss"_s) + u"Z"_s).toStdString();
}

std::vector<double> numbers(QPDFObjectHandle array)
{
    std::vector<double> out;
    if (!array.isArray())
        return out;
    for (auto item : array.aitems()) {
        if (item.isNumber())
            out.push_back(item.getNumericValue());
    }
    return out;
}

/// The highlight's quads filled in its colour. QuadPoints run top-left, top-right,
/// bottom-left, bottom-right (as Acrobat writes them and poppler follows), so the outline of a
/// quad is 1-2-4-3.
std::string appearanceContent(const std::vector<double> &quads, const std::vector<double> &color)
{
    std::string s = "/LecternMultiply gs\n";
    if (color.size() == 3)
        s += number(color[0]) + ' ' + number(color[1]) + ' ' + number(color[2]) + " rg\n";
    else
        s += "1 0.878 0.4 rg\n";
    for (size_t q = 0; q + 8 <= quads.size(); q += 8) {
        const double *p = quads.data() + q;
        s += number(p[0]) + ' ' + number(p[1]) + " m " + number(p[2]) + ' ' + number(p[3]) + " l " + number(p[6]) + ' '
            + number(p[7]) + " l " + number(p[4]) + ' ' + number(p[5]) + " l h\n";
    }
    s += "f\n";
    return s;
}

Rect quadBounds(const std::vector<double> &quads, const Rect &fallback)
{
    if (quads.size() < 8)
        return fallback;
    Rect r(quads[0], quads[1], quads[0], quads[1]);
    for (size_t i = 0; i + 1 < quads.size(); i += 2) {
        r.llx = std::min(r.llx, quads[i]);
        r.urx = std::max(r.urx, quads[i]);
        r.lly = std::min(r.lly, quads[i + 1]);
        r.ury = std::max(r.ury, quads[i + 1]);
    }
    return r;
}

/// Where a viewer opens the note: a window in the right margin, level with the passage.
Rect popupRect(const Rect &annotation, const Rect &page)
{
    constexpr double Width = 200;
    constexpr double Height = 120;
    const double right = page.urx - 12;
    const double top = std::clamp(annotation.ury, page.lly + 12 + Height, page.ury - 12);
    return Rect(std::max(page.llx, right - Width), top - Height, right, top);
}
} // namespace

bool PdfFinisher::finish(const QString &inputFile, const QString &outputFile)
{
    m_errorString.clear();
    m_appearances = 0;
    m_popups = 0;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(inputFile).constData());

        // One graphics state for all appearances: Multiply keeps the text under the colour black.
        QPDFObjectHandle multiply = pdf.makeIndirectObject(
            QPDFObjectHandle::newDictionary({{"/Type", name("/ExtGState")}, {"/BM", name("/Multiply")},
                {"/CA", QPDFObjectHandle::newReal(1.0, 1)}, {"/ca", QPDFObjectHandle::newReal(1.0, 1)}}));
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary(
            {{"/ExtGState", QPDFObjectHandle::newDictionary({{"/LecternMultiply", multiply}})}});

        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle pageObject = page.getObjectHandle();
            QPDFObjectHandle annots = pageObject.getKey("/Annots");
            if (!annots.isArray())
                continue;
            const Rect mediaBox = page.getMediaBox().getArrayAsRectangle();
            std::vector<QPDFObjectHandle> popups;
            for (int i = 0; i < annots.getArrayNItems(); ++i) {
                QPDFObjectHandle annot = annots.getArrayItem(i);
                if (!annot.isDictionary() || !annot.getKey("/Subtype").isNameAndEquals("/Highlight"))
                    continue;
                if (!annot.isIndirect()) {
                    annot = pdf.makeIndirectObject(annot);
                    annots.setArrayItem(i, annot);
                }
                const std::vector<double> quads = numbers(annot.getKey("/QuadPoints"));
                Rect rect = quadBounds(quads, Rect());
                if (annot.getKey("/Rect").isRectangle()) {
                    const Rect given = annot.getKey("/Rect").getArrayAsRectangle();
                    rect = quads.size() < 8 ? given
                                            : Rect(std::min(rect.llx, given.llx), std::min(rect.lly, given.lly),
                                                std::max(rect.urx, given.urx), std::max(rect.ury, given.ury));
                }
                if (!annot.hasKey("/AP")) {
                    // BBox equal to /Rect: the appearance maps onto the page unscaled, in page space.
                    const Rect box = rect;
                    annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(box));
                    QPDFObjectHandle form
                        = QPDFObjectHandle::newStream(&pdf, appearanceContent(quads, numbers(annot.getKey("/C"))));
                    QPDFObjectHandle dict = form.getDict();
                    dict.replaceKey("/Type", name("/XObject"));
                    dict.replaceKey("/Subtype", name("/Form"));
                    dict.replaceKey("/BBox", QPDFObjectHandle::newFromRectangle(box));
                    dict.replaceKey("/Resources", resources);
                    annot.replaceKey("/AP", QPDFObjectHandle::newDictionary({{"/N", form}}));
                    ++m_appearances;
                }
                if (!annot.hasKey("/Popup")) {
                    std::map<std::string, QPDFObjectHandle> entries
                        = {{"/Type", name("/Annot")}, {"/Subtype", name("/Popup")}, {"/Parent", annot},
                            {"/Rect", QPDFObjectHandle::newFromRectangle(popupRect(rect, mediaBox))},
                            {"/Open", QPDFObjectHandle::newBool(false)},
                            // NoZoom | NoRotate, as viewers create their popups; not printed
                            {"/F", QPDFObjectHandle::newInteger(24)}, {"/P", pageObject}};
                    if (annot.hasKey("/Contents"))
                        entries.emplace("/Contents", annot.getKey("/Contents"));
                    if (annot.hasKey("/T"))
                        entries.emplace("/T", annot.getKey("/T"));
                    QPDFObjectHandle popup = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary(entries));
                    annot.replaceKey("/Popup", popup);
                    popups.push_back(popup);
                    ++m_popups;
                }
            }
            for (const QPDFObjectHandle &popup : popups)
                annots.appendItem(popup);
        }

        if (!m_attachment.data.isNull() && !m_attachment.fileName.isEmpty()) {
            auto stream = QPDFEFStreamObjectHelper::createEFStream(
                pdf, std::string(m_attachment.data.constData(), size_t(m_attachment.data.size())));
            stream.setSubtype(m_attachment.mimeType.toStdString());
            if (m_attachment.modified.isValid())
                stream.setModDate(pdfDate(m_attachment.modified));
            const std::string fileName = m_attachment.fileName.toStdString();
            auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, fileName, stream);
            if (!m_attachment.description.isEmpty())
                spec.setDescription(m_attachment.description.toStdString());
            QPDFObjectHandle specObject = spec.getObjectHandle();
            if (!specObject.isIndirect())
                specObject = pdf.makeIndirectObject(specObject);
            specObject.replaceKey("/AFRelationship", name("/Source"));
            QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(fileName, QPDFFileSpecObjectHelper(specObject));
            QPDFObjectHandle root = pdf.getRoot();
            QPDFObjectHandle associated = root.getKey("/AF");
            if (!associated.isArray())
                associated = QPDFObjectHandle::newArray();
            associated.appendItem(specObject);
            root.replaceKey("/AF", associated);
        }

        // QPDFWriter keeps the name's pointer until write(): the bytes must outlive it (found by
        // AddressSanitizer).
        const QByteArray outputName = QFile::encodeName(outputFile);
        QPDFWriter writer(pdf, outputName.constData());
        // Annotations stay plain objects, not packed into object streams: simple tools (and grep)
        // still see them.
        writer.setObjectStreamMode(qpdf_o_preserve);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
    } catch (const std::exception &e) {
        m_errorString
            = QCoreApplication::translate("Lectern::PdfExporter", "Cannot complete the PDF annotations with qpdf: %1")
                  .arg(QString::fromUtf8(e.what()));
        qCWarning(lcExport) << m_errorString;
        return false;
    }
    qCDebug(lcExport) << "qpdf added" << m_appearances << "appearance streams," << m_popups << "popups";
    return true;
}

} // namespace Lectern
