// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/combinedexporter.h"

#include "export/documentrenderer.h"
#include "export/exportfiles.h"
#include "export/exportlogging.h"
#include "export/exportpassages.h"
#include "export/pdfannotator.h"
#include "export/pdfassembler.h"
#include "export/pdffinisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <new>
#include <vector>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {
/// One statement on its way into the combined PDF.
struct Part
{
    QString title;
    QList<ExportPassage> passages;
    std::unique_ptr<DocumentRenderer> renderer; ///< laid out, not yet painted (typeset statements)
    QString rendered; ///< the renderer's file
    QString annotated; ///< the statement's pages with their highlights
    int firstPage = 0;
    int pages = 0;
};
} // namespace

bool CombinedPdfExporter::proceed(int done, int total, const QString &what)
{
    if (m_progress && !m_progress(done, total, what)) {
        m_cancelled = true;
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "The export was cancelled.");
        return false;
    }
    return true;
}

bool CombinedPdfExporter::exportProject(
    const Project &project, const AnalysisOf &analysisOf, const PdfExportOptions &options, const QString &outputFile)
{
    m_errorString.clear();
    m_cancelled = false;
    m_annotationCount = 0;
    m_pageCount = 0;
    m_originals = 0;
    m_firstPages.clear();
    m_missed.clear();

    const QList<Document> &documents = project.documents();
    if (documents.isEmpty()) {
        m_errorString
            = QCoreApplication::translate("Lectern::PdfExporter", "The project holds no statement to export.");
        return false;
    }
    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly)) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(outputFile), out.errorString());
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot create a temporary folder: %1")
                            .arg(work.errorString());
        out.cancelWriting();
        return false;
    }
    const QString title = !m_title.trimmed().isEmpty() ? m_title.trimmed()
        : !options.projectFileName.isEmpty()           ? QFileInfo(options.projectFileName).completeBaseName()
                                             : QCoreApplication::translate("Lectern::PdfExporter", "Statements");
    // Steps: lay out (or annotate an original) each statement, paint and annotate each, the
    // appendix, then join and finish.
    const int n = int(documents.size());
    const int steps = 2 * n + 2;
    int done = 0;
    auto fail = [&](const QString &error) {
        if (!error.isEmpty())
            m_errorString = error;
        out.cancelWriting();
        return false;
    };

    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::vector<Part> parts(documents.size());
        int pages = 0;
        for (int i = 0; i < n; ++i) {
            const Document &document = documents.at(i);
            Part &part = parts.at(size_t(i));
            part.title = DocumentRenderer::titleOf(document);
            if (!proceed(done++, steps, part.title))
                return fail({});
            const AnalysisResult *analysis = analysisOf ? analysisOf(document.id) : nullptr;
            part.passages = collectPassages(project, document, analysis, options, now);
            for (ExportPassage &p : part.passages) {
                p.statement = part.title;
                // numbered per statement: unique in the file only with the statement's number
                if (p.kind != ExportPassage::Kind::Annotation)
                    p.highlight.uniqueName += u"-s"_s + QString::number(i + 1);
            }
            part.annotated = work.filePath(u"annotated-%1.pdf"_s.arg(i + 1));
            if (options.annotateOriginalPdf && document.format == Document::Format::Pdf
                && QFileInfo(document.sourcePath).isFile()) {
                // Its own pages, as the one-statement export keeps them (see the class comment):
                // annotated now, since where a passage is does not depend on the pages before.
                QList<PdfHighlight> highlights;
                for (ExportPassage &p : part.passages) {
                    p.highlight.location = {pageAt(document, p.range.start) - 1, QPointF(-1, -1)};
                    highlights.append(p.highlight);
                }
                PdfAnnotator annotator;
                if (!annotator.annotate(document.sourcePath, highlights, part.annotated))
                    return fail(annotator.errorString());
                part.pages = annotator.pageCount();
                m_annotationCount += annotator.annotationCount();
                m_missed += annotator.missedPassages();
                ++m_originals;
            } else {
                QList<ColouredSpan> coloured;
                if (analysis) {
                    for (const QuoteSpan &q : analysis->quotes)
                        coloured.append({q.range, QColor(0x1f, 0x3f, 0x75)});
                }
                part.renderer = std::make_unique<DocumentRenderer>(document);
                part.renderer->setColouredSpans(coloured);
                part.rendered = work.filePath(u"statement-%1.pdf"_s.arg(i + 1));
                if (!part.renderer->begin(part.rendered))
                    return fail(part.renderer->errorString());
                for (ExportPassage &p : part.passages)
                    p.highlight.location = part.renderer->locate(p.range.start);
                part.pages = part.renderer->bodyPageCount();
            }
            part.firstPage = pages;
            pages += part.pages;
            m_firstPages.append(part.firstPage);
        }

        // One appendix for all: the pages it cites are those of the combined file.
        Document appendixHeader;
        appendixHeader.title = title;
        DocumentRenderer appendixRenderer(appendixHeader);
        appendixRenderer.setAppendixOnly(true);
        const QString appendixFile = work.filePath(u"appendix.pdf"_s);
        int appendixPages = 0;
        if (options.includeAppendix) {
            QList<ExportPassage> all;
            QList<int> pageOf;
            for (const Part &part : parts) {
                for (const ExportPassage &p : part.passages) {
                    all.append(p);
                    pageOf.append(p.highlight.location.page < 0 ? -1 : part.firstPage + p.highlight.location.page);
                }
            }
            const ExportAppendix appendix = buildAppendix(project, all, pageOf);
            if (!appendix.isEmpty()) {
                if (!appendixRenderer.begin(appendixFile))
                    return fail(appendixRenderer.errorString());
                appendixRenderer.setAppendix(appendix);
                appendixPages = appendixRenderer.pageCount();
            }
        }
        const int totalPages = pages + appendixPages;

        QList<PdfPart> pdfParts;
        for (Part &part : parts) {
            if (!proceed(done++, steps, part.title))
                return fail({});
            if (part.renderer) {
                part.renderer->setPageNumbering(part.firstPage + 1, totalPages);
                if (!part.renderer->finish())
                    return fail(part.renderer->errorString());
                part.renderer.reset(); // its layout is no longer needed
                QList<PdfHighlight> highlights;
                for (const ExportPassage &p : std::as_const(part.passages))
                    highlights.append(p.highlight);
                PdfAnnotator annotator;
                if (!annotator.annotate(part.rendered, highlights, part.annotated))
                    return fail(annotator.errorString());
                m_annotationCount += annotator.annotationCount();
                m_missed += annotator.missedPassages();
            }
            pdfParts.append({part.annotated, part.title});
        }
        if (!proceed(done++, steps, QCoreApplication::translate("Lectern::PdfExporter", "Appendix")))
            return fail({});
        if (appendixPages > 0) {
            appendixRenderer.setPageNumbering(pages + 1, totalPages);
            if (!appendixRenderer.finish())
                return fail(appendixRenderer.errorString());
            pdfParts.append(
                {appendixFile, QCoreApplication::translate("Lectern::PdfExporter", "Codebook and annotations")});
            m_firstPages.append(pages);
        }

        if (!proceed(done++, steps, title))
            return fail({});
        PdfAssembler assembler;
        assembler.setTitle(title);
        const QString assembled = work.filePath(u"assembled.pdf"_s);
        if (!assembler.assemble(pdfParts, assembled))
            return fail(assembler.errorString());
        m_pageCount = assembler.pageCount();
        PdfFinisher finisher;
        finisher.setAttachment(projectAttachment(options,
            QCoreApplication::translate(
                "Lectern::PdfExporter", "Lectern project of these statements: their texts, codebook and annotations")));
        const QString finished = work.filePath(u"finished.pdf"_s);
        if (!finisher.finish(assembled, finished))
            return fail(finisher.errorString());
        if (!copyInto(finished, out, outputFile, &m_errorString))
            return false;
    } catch (const std::bad_alloc &) {
        return fail(QCoreApplication::translate("Lectern::PdfExporter", "Not enough memory to export %1").arg(title));
    } catch (const std::exception &e) {
        return fail(QCoreApplication::translate("Lectern::PdfExporter", "Export failed: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
    }
    if (!out.commit()) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(outputFile), out.errorString());
        return false;
    }
    if (m_progress)
        m_progress(steps, steps, title);
    qCInfo(lcExport) << "exported" << n << "statements to" << outputFile << m_pageCount << "pages," << m_annotationCount
                     << "annotations";
    return true;
}

} // namespace Lectern
