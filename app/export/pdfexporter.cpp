// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfexporter.h"

#include "export/documentrenderer.h"
#include "export/exportlogging.h"
#include "export/pdfannotator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {
QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString passageText(const Document &document, TextRange range)
{
    range.start = std::clamp<qsizetype>(range.start, 0, document.text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, document.text.size());
    return document.text.mid(range.start, range.length());
}

struct Passage {
    TextRange range;
    PdfHighlight highlight;
};
} // namespace

QColor PdfExporter::quoteColor()
{
    return QColor(0x9e, 0xc9, 0xf5); // light blue, distinct from the usual yellow of user codes
}

QColor PdfExporter::entityColor(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QColor(0xb8, 0xe6, 0xb0);
    case EntityType::Place:
        return QColor(0xf5, 0xc6, 0x9e);
    case EntityType::Organization:
        return QColor(0xd7, 0xbd, 0xf0);
    case EntityType::Agreement:
    case EntityType::Event:
    case EntityType::Date:
        break;
    }
    return QColor(0xcf, 0xd4, 0xda);
}

bool PdfExporter::exportDocument(const Project &project, const QUuid &documentId, const AnalysisResult *analysis,
                                 const PdfExportOptions &options, const QString &outputFile)
{
    m_errorString.clear();
    m_annotationCount = 0;
    m_pageCount = 0;
    m_missed.clear();

    const Document *document = project.document(documentId);
    if (!document) {
        m_errorString = u"The project has no statement with id %1"_s.arg(documentId.toString(QUuid::WithoutBraces));
        return false;
    }

    // Open the destination first: an unwritable path fails before any work, and QSaveFile
    // only replaces the file on commit(), so a failure leaves nothing behind.
    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly)) {
        m_errorString = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(outputFile), out.errorString());
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        m_errorString = u"Cannot create a temporary folder: %1"_s.arg(work.errorString());
        out.cancelWriting();
        return false;
    }

    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Passage> passages;
        QList<ColouredSpan> coloured;
        if (options.includeAnnotations) {
            for (const Annotation &a : project.annotationsOf(documentId)) {
                const Code *code = a.codeId.isNull() ? nullptr : project.code(a.codeId);
                PdfHighlight h;
                h.text = passageText(*document, {a.start, a.end});
                h.color = code ? code->color : QColor();
                h.contents = a.note;
                h.author = a.author.isEmpty() ? options.author : a.author;
                h.created = a.created.isValid() ? a.created : now;
                h.uniqueName = u"lectern-"_s + a.id.toString(QUuid::WithoutBraces);
                passages.append({{a.start, a.end}, h});
            }
        }
        if (analysis) {
            int n = 0;
            for (const QuoteSpan &q : analysis->quotes) {
                coloured.append({q.range, QColor(0x1f, 0x3f, 0x75)});
                if (!options.includeQuotes)
                    continue;
                PdfHighlight h;
                h.text = passageText(*document, q.range);
                h.color = quoteColor();
                const QString speaker = !q.speaker ? QString()
                    : !q.speaker->canonical.isEmpty() ? q.speaker->canonical : q.speaker->text;
                h.contents = speaker.isEmpty() ? u"Quotation — speaker unknown"_s
                                               : u"Quotation — speaker: "_s + speaker;
                h.author = options.author;
                h.created = now;
                h.uniqueName = u"lectern-quote-"_s + QString::number(++n);
                passages.append({q.range, h});
            }
            n = 0;
            for (const EntityMention &e : analysis->entities) {
                if (!options.includeEntities)
                    break;
                PdfHighlight h;
                h.text = passageText(*document, e.range);
                h.color = entityColor(e.type);
                h.contents = capitalised(entityTypeName(e.type)) + u": "_s
                    + (e.canonical.isEmpty() ? e.text : e.canonical);
                h.author = options.author;
                h.created = now;
                h.uniqueName = u"lectern-entity-"_s + QString::number(++n);
                passages.append({e.range, h});
            }
        }
        std::stable_sort(passages.begin(), passages.end(),
                         [](const Passage &a, const Passage &b) { return a.range.start < b.range.start; });

        DocumentRenderer renderer(*document);
        renderer.setColouredSpans(coloured);
        const QString rendered = work.filePath(u"rendered.pdf"_s);
        if (!renderer.render(rendered)) {
            m_errorString = renderer.errorString();
            out.cancelWriting();
            return false;
        }
        m_pageCount = renderer.pageCount();

        QList<PdfHighlight> highlights;
        highlights.reserve(passages.size());
        for (Passage &p : passages) {
            p.highlight.location = renderer.locate(p.range.start);
            highlights.append(std::move(p.highlight));
        }
        const QString annotated = work.filePath(u"annotated.pdf"_s);
        PdfAnnotator annotator;
        if (!annotator.annotate(rendered, highlights, annotated)) {
            m_errorString = annotator.errorString();
            out.cancelWriting();
            return false;
        }
        m_annotationCount = annotator.annotationCount();
        m_missed = annotator.missedPassages();

        QFile result(annotated);
        if (!result.open(QIODevice::ReadOnly)) {
            m_errorString = u"Cannot read the annotated PDF back: %1"_s.arg(result.errorString());
            out.cancelWriting();
            return false;
        }
        while (!result.atEnd()) {
            const QByteArray chunk = result.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                m_errorString = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(outputFile), out.errorString());
                out.cancelWriting();
                return false;
            }
        }
    } catch (const std::bad_alloc &) {
        m_errorString = u"Not enough memory to export %1"_s.arg(DocumentRenderer::titleOf(*document));
        out.cancelWriting();
        return false;
    } catch (const std::exception &e) {
        m_errorString = u"Export failed: %1"_s.arg(QString::fromLocal8Bit(e.what()));
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        m_errorString = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(outputFile), out.errorString());
        return false;
    }
    qCInfo(lcExport) << "exported" << outputFile << m_pageCount << "pages," << m_annotationCount << "annotations";
    return true;
}

} // namespace Lectern
