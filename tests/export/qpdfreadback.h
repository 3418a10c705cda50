// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an exported PDF back with qpdf: the objects themselves, as a strict reader sees them.

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QByteArray>
#include <QColor>
#include <QFile>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <exception>

namespace Lectern::Test {

struct QpdfHighlight
{
    int page = 0;
    QString uniqueName; ///< /NM
    QString contents; ///< /Contents
    QString author; ///< /T
    QString creationDate; ///< /CreationDate, as written ("D:...")
    QColor color; ///< /C
    int flags = 0; ///< /F
    QList<QRectF> quads; ///< /QuadPoints, in points from the top-left of the page
    bool hasAppearance = false; ///< /AP /N is a form XObject with a /BBox
    QByteArray appearance; ///< its content stream, decoded
    bool multiply = false; ///< its resources blend with /Multiply
    bool popupOk = false; ///< /Popup is a /Popup annotation on the same page whose /Parent is this one
    QString popupContents;
    bool popupOpen = true;
};

struct QpdfReadback
{
    QString error;
    int pageCount = 0;
    QList<QpdfHighlight> highlights;
    int popupCount = 0; ///< /Popup annotations in the pages' /Annots
    QMap<QString, QByteArray> embedded; ///< the EmbeddedFiles name tree: name -> file bytes
    QMap<QString, QString> embeddedMime; ///< name -> /Subtype of the embedded file stream
    QStringList associated; ///< the catalog's /AF: file names with their /AFRelationship
};

inline QString qpdfString(QPDFObjectHandle o)
{
    return o.isString() ? QString::fromStdString(o.getUTF8Value()) : QString();
}

/// Each page's content streams, concatenated and decoded: what a viewer paints.
inline QList<QByteArray> pageContents(const QString &fileName)
{
    QList<QByteArray> result;
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(fileName).constData());
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            Pl_Buffer buffer("contents");
            page.pipeContents(&buffer);
            auto data = buffer.getBufferSharedPointer();
            result.append(QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
        }
    } catch (const std::exception &) {
        result.clear();
    }
    return result;
}

inline QpdfReadback readWithQpdf(const QString &fileName)
{
    QpdfReadback r;
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(fileName).constData());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        r.pageCount = int(pages.size());
        for (int p = 0; p < r.pageCount; ++p) {
            QPDFObjectHandle page = pages.at(size_t(p)).getObjectHandle();
            const double pageTop = pages.at(size_t(p)).getMediaBox().getArrayAsRectangle().ury;
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray())
                continue;
            std::vector<QPDFObjGen> inPage;
            for (auto a : annots.aitems())
                inPage.push_back(a.getObjGen());
            for (auto a : annots.aitems()) {
                if (a.getKey("/Subtype").isNameAndEquals("/Popup")) {
                    ++r.popupCount;
                    continue;
                }
                if (!a.getKey("/Subtype").isNameAndEquals("/Highlight"))
                    continue;
                QpdfHighlight h;
                h.page = p;
                h.uniqueName = qpdfString(a.getKey("/NM"));
                h.contents = qpdfString(a.getKey("/Contents"));
                h.author = qpdfString(a.getKey("/T"));
                h.creationDate = qpdfString(a.getKey("/CreationDate"));
                h.flags = a.getKey("/F").isInteger() ? a.getKey("/F").getIntValueAsInt() : 0;
                QPDFObjectHandle c = a.getKey("/C");
                if (c.isArray() && c.getArrayNItems() == 3) {
                    h.color = QColor::fromRgbF(float(c.getArrayItem(0).getNumericValue()),
                        float(c.getArrayItem(1).getNumericValue()), float(c.getArrayItem(2).getNumericValue()));
                }
                QPDFObjectHandle q = a.getKey("/QuadPoints");
                for (int i = 0; q.isArray() && i + 8 <= q.getArrayNItems(); i += 8) {
                    double left = 1e9, right = -1e9, bottom = 1e9, top = -1e9;
                    for (int k = 0; k < 8; k += 2) {
                        const double x = q.getArrayItem(i + k).getNumericValue();
                        const double y = q.getArrayItem(i + k + 1).getNumericValue();
                        left = std::min(left, x);
                        right = std::max(right, x);
                        bottom = std::min(bottom, y);
                        top = std::max(top, y);
                    }
                    h.quads.append(QRectF(QPointF(left, pageTop - top), QPointF(right, pageTop - bottom)));
                }
                QPDFObjectHandle normal = a.getKey("/AP").getKey("/N");
                h.hasAppearance = normal.isStream() && normal.getDict().getKey("/Subtype").isNameAndEquals("/Form")
                    && normal.getDict().getKey("/BBox").isRectangle();
                if (h.hasAppearance) {
                    auto data = normal.getStreamData();
                    h.appearance
                        = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
                    QPDFObjectHandle states = normal.getDict().getKey("/Resources").getKey("/ExtGState");
                    for (auto [key, state] : states.ditems())
                        h.multiply = h.multiply || state.getKey("/BM").isNameAndEquals("/Multiply");
                }
                QPDFObjectHandle popup = a.getKey("/Popup");
                if (popup.isDictionary()) {
                    h.popupOk = popup.getKey("/Subtype").isNameAndEquals("/Popup")
                        && popup.getKey("/Parent").getObjGen() == a.getObjGen()
                        && std::find(inPage.cbegin(), inPage.cend(), popup.getObjGen()) != inPage.cend();
                    h.popupContents = qpdfString(popup.getKey("/Contents"));
                    h.popupOpen = popup.getKey("/Open").isBool() && popup.getKey("/Open").getBoolValue();
                }
                r.highlights.append(h);
            }
        }
        for (const auto &[name, spec] : QPDFEmbeddedFileDocumentHelper(pdf).getEmbeddedFiles()) {
            QPDFObjectHandle stream = spec->getEmbeddedFileStream();
            const QString key = QString::fromStdString(name);
            if (stream.isStream()) {
                auto data = stream.getStreamData();
                r.embedded.insert(
                    key, QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
                QPDFObjectHandle subtype = stream.getDict().getKey("/Subtype");
                r.embeddedMime.insert(key, subtype.isName() ? QString::fromStdString(subtype.getName()) : QString());
            }
        }
        QPDFObjectHandle af = pdf.getRoot().getKey("/AF");
        for (int i = 0; af.isArray() && i < af.getArrayNItems(); ++i) {
            QPDFObjectHandle spec = af.getArrayItem(i);
            QPDFObjectHandle relation = spec.getKey("/AFRelationship");
            r.associated << qpdfString(spec.getKey("/UF")) + QLatin1Char(' ')
                    + (relation.isName() ? QString::fromStdString(relation.getName()) : QString());
        }
    } catch (const std::exception &e) {
        r.error = QString::fromUtf8(e.what());
    }
    return r;
}

} // namespace Lectern::Test
