// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfannotator.h"

#include "export/exportlogging.h"
#include "export/passagematcher.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {
Poppler::HighlightAnnotation::Quad quadFor(const QRectF &box, const QSizeF &pageSize)
{
    const qreal left = box.left() / pageSize.width();
    const qreal right = box.right() / pageSize.width();
    const qreal top = box.top() / pageSize.height();
    const qreal bottom = box.bottom() / pageSize.height();
    Poppler::HighlightAnnotation::Quad quad;
    // Clockwise from the top-left, as Okular writes them; poppler reorders them for the PDF.
    quad.points[0] = QPointF(left, top);
    quad.points[1] = QPointF(right, top);
    quad.points[2] = QPointF(right, bottom);
    quad.points[3] = QPointF(left, bottom);
    quad.capStart = false;
    quad.capEnd = false;
    quad.feather = 0.1;
    return quad;
}

// A passage over a paragraph break, piece by piece: some layouts put a short last line of a
// paragraph elsewhere in the PDF's reading order, so the passage is not one run of its text.
QList<PassageMatcher::Fragment> matchByParagraph(PassageMatcher &matcher, const PdfHighlight &h)
{
    static const QRegularExpression breaks(u"[\\n\\x{2029}]+"_s);
    const QStringList pieces = h.text.split(breaks, Qt::SkipEmptyParts);
    if (pieces.size() < 2)
        return {};
    QList<PassageMatcher::Fragment> fragments;
    TextLocation hint = h.location;
    for (const QString &piece : pieces) {
        if (PassageMatcher::key(piece).isEmpty())
            continue;
        const QList<PassageMatcher::Fragment> found = matcher.match(piece, hint);
        if (found.isEmpty())
            return {};
        fragments += found;
        // the next piece starts a paragraph: at the left of a line below this one
        hint = {found.last().page, QPointF(0, found.last().box.bottom())};
    }
    return fragments;
}
} // namespace

bool PdfAnnotator::annotate(const QString &inputFile, const QList<PdfHighlight> &highlights, const QString &outputFile)
{
    m_errorString.clear();
    m_annotationCount = 0;
    m_pageCount = 0;
    m_missed.clear();

    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(inputFile);
    if (!document || document->isLocked()) {
        m_errorString
            = QCoreApplication::translate("Lectern::PdfExporter", "Cannot read the rendered PDF %1").arg(inputFile);
        return false;
    }

    m_pageCount = document->numPages();
    PassageMatcher matcher;
    std::vector<std::unique_ptr<Poppler::Page>> pages;
    pages.reserve(document->numPages());
    const int searched = m_searchedPages < 0 ? document->numPages() : std::min(m_searchedPages, document->numPages());
    for (int p = 0; p < document->numPages(); ++p) {
        pages.push_back(document->page(p));
        if (!pages.back()) {
            m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot read page %1 of %2")
                                .arg(p + 1)
                                .arg(inputFile);
            return false;
        }
        if (p >= searched)
            continue;
        for (const std::unique_ptr<Poppler::TextBox> &word : pages.back()->textList()) {
            const QString text = word->text();
            QList<QRectF> boxes;
            boxes.reserve(text.size());
            for (int i = 0; i < text.size(); ++i)
                boxes.append(word->charBoundingBox(i));
            matcher.addWord(p, text, boxes);
        }
    }

    std::vector<std::unique_ptr<Poppler::HighlightAnnotation>> added;
    added.reserve(highlights.size());
    for (const PdfHighlight &h : highlights) {
        QList<PassageMatcher::Fragment> fragments = matcher.match(h.text, h.location);
        if (fragments.isEmpty())
            fragments = matchByParagraph(matcher, h);
        if (fragments.isEmpty()) {
            qCWarning(lcExport) << "passage not found in the PDF:" << h.text.left(80);
            m_missed.append(h.text);
            continue;
        }
        // A passage can run over a page break: one annotation per page it touches.
        qsizetype first = 0;
        while (first < fragments.size()) {
            const int pageIndex = fragments.at(first).page;
            qsizetype last = first;
            while (last < fragments.size() && fragments.at(last).page == pageIndex)
                ++last;
            Poppler::Page *page = pages.at(pageIndex).get();
            const QSizeF pageSize = page->pageSizeF();
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF bounds;
            for (qsizetype i = first; i < last; ++i) {
                quads.append(quadFor(fragments.at(i).box, pageSize));
                bounds = bounds.isNull() ? fragments.at(i).box : bounds.united(fragments.at(i).box);
            }
            auto annotation = std::make_unique<Poppler::HighlightAnnotation>();
            annotation->setHighlightType(Poppler::HighlightAnnotation::Highlight);
            annotation->setBoundary(QRectF(bounds.left() / pageSize.width(), bounds.top() / pageSize.height(),
                bounds.width() / pageSize.width(), bounds.height() / pageSize.height()));
            annotation->setHighlightQuads(quads);
            annotation->setContents(h.contents);
            annotation->setAuthor(h.author);
            annotation->setCreationDate(h.created);
            annotation->setModificationDate(h.created);
            annotation->setUniqueName(
                first == 0 ? h.uniqueName : h.uniqueName + u"-p"_s + QString::number(pageIndex + 1));
            Poppler::Annotation::Style style = annotation->style();
            style.setColor(h.color.isValid() ? h.color : QColor(0xff, 0xe0, 0x66));
            style.setOpacity(1.0);
            annotation->setStyle(style);
            page->addAnnotation(annotation.get());
            added.push_back(std::move(annotation));
            ++m_annotationCount;
            first = last;
        }
    }

    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(outputFile);
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        m_errorString = QCoreApplication::translate(
            "Lectern::PdfExporter", "Cannot write the annotated PDF %1 (poppler error %2)")
                            .arg(outputFile)
                            .arg(int(converter->lastError()));
        return false;
    }
    qCDebug(lcExport) << "added" << m_annotationCount << "highlights," << m_missed.size() << "passages not found";
    return true;
}

} // namespace Lectern
