// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an exported PDF back with poppler, the way a viewer sees it.

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <memory>

namespace Lectern::Test {

struct ReadHighlight
{
    int page = 0;
    QString uniqueName;
    QString contents;
    QString author;
    QColor color;
    QList<QRectF> quads; ///< in points from the top-left of the page
    QString text; ///< the text under the quads, one space between quads
};

inline QString normalisedSpace(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).simplified();
}

/// The text poppler selects under a quad. Glyph selection runs from the rectangle's top-left to
/// its bottom-right corner; the glyph boxes of neighbouring lines overlap a little, so read
/// along the middle band of the quad to stay on its own line.
inline QString textUnder(const Poppler::Page &page, const QRectF &quad)
{
    const QRectF band = quad.adjusted(0, quad.height() * 0.3, 0, -quad.height() * 0.3);
    return page.text(band);
}

inline QList<ReadHighlight> readHighlights(const QString &fileName, int *pageCount = nullptr)
{
    QList<ReadHighlight> result;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(fileName);
    if (!doc)
        return result;
    if (pageCount)
        *pageCount = doc->numPages();
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        const QSizeF size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::Annotation> &a : page->annotations()) {
            if (a->subType() != Poppler::Annotation::AHighlight)
                continue;
            const auto *h = static_cast<const Poppler::HighlightAnnotation *>(a.get());
            ReadHighlight r;
            r.page = p;
            r.uniqueName = a->uniqueName();
            r.contents = a->contents();
            r.author = a->author();
            r.color = a->style().color();
            QStringList parts;
            for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                qreal left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
                for (const QPointF &pt : q.points) {
                    left = std::min(left, pt.x() * size.width());
                    right = std::max(right, pt.x() * size.width());
                    top = std::min(top, pt.y() * size.height());
                    bottom = std::max(bottom, pt.y() * size.height());
                }
                const QRectF box(QPointF(left, top), QPointF(right, bottom));
                r.quads.append(box);
                parts.append(textUnder(*page, box));
            }
            r.text = normalisedSpace(parts.join(QLatin1Char(' ')));
            result.append(r);
        }
    }
    return result;
}

} // namespace Lectern::Test
