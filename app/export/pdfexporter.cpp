// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfexporter.h"

#include "export/documentrenderer.h"
#include "export/exportfiles.h"
#include "export/exportlogging.h"
#include "export/exportpassages.h"
#include "export/pdfannotator.h"
#include "export/pdfassembler.h"
#include "export/pdffinisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace Lectern {

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

bool PdfExporter::typeset(const Project &project, const Document &document, const AnalysisResult *analysis,
    const PdfExportOptions &options, QList<ExportPassage> &passages, const QString &fileName)
{
    QList<ColouredSpan> coloured;
    if (analysis) {
        for (const QuoteSpan &q : analysis->quotes)
            coloured.append({q.range, QColor(0x1f, 0x3f, 0x75)});
    }
    DocumentRenderer renderer(document);
    renderer.setColouredSpans(coloured);
    if (!renderer.begin(fileName)) {
        m_errorString = renderer.errorString();
        return false;
    }
    QList<int> pages;
    pages.reserve(passages.size());
    for (ExportPassage &p : passages) {
        p.highlight.location = renderer.locate(p.range.start);
        pages.append(p.highlight.location.page);
    }
    if (options.includeAppendix)
        renderer.setAppendix(buildAppendix(project, passages, pages));
    if (!renderer.finish()) {
        m_errorString = renderer.errorString();
        return false;
    }
    m_pageCount = renderer.pageCount();
    m_bodyPageCount = renderer.bodyPageCount();
    return true;
}

bool PdfExporter::appendAppendix(const Project &project, const Document &document, const QList<ExportPassage> &passages,
    const QString &workDir, QString &pdf)
{
    QList<int> pages;
    pages.reserve(passages.size());
    for (const ExportPassage &p : passages)
        pages.append(p.highlight.location.page);
    const ExportAppendix appendix = buildAppendix(project, passages, pages);
    if (appendix.isEmpty())
        return true;
    DocumentRenderer renderer(document);
    renderer.setAppendixOnly(true);
    const QString appendixFile = QDir(workDir).filePath(u"appendix.pdf"_s);
    if (!renderer.begin(appendixFile)) {
        m_errorString = renderer.errorString();
        return false;
    }
    renderer.setAppendix(appendix);
    renderer.setPageNumbering(m_bodyPageCount + 1, m_bodyPageCount + renderer.pageCount());
    if (!renderer.finish()) {
        m_errorString = renderer.errorString();
        return false;
    }
    PdfAssembler assembler;
    assembler.setKeepFirstDocument(true);
    const QString assembled = QDir(workDir).filePath(u"with-appendix.pdf"_s);
    if (!assembler.assemble(
            {{pdf, QString()},
                {appendixFile, QCoreApplication::translate("Lectern::PdfExporter", "Codebook and annotations")}},
            assembled)) {
        m_errorString = assembler.errorString();
        return false;
    }
    pdf = assembled;
    m_pageCount = assembler.pageCount();
    return true;
}

bool PdfExporter::exportDocument(const Project &project, const QUuid &documentId, const AnalysisResult *analysis,
    const PdfExportOptions &options, const QString &outputFile)
{
    m_errorString.clear();
    m_annotationCount = 0;
    m_pageCount = 0;
    m_bodyPageCount = 0;
    m_annotatedOriginal = false;
    m_missed.clear();

    const Document *document = project.document(documentId);
    if (!document) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "The project has no statement with id %1")
                            .arg(documentId.toString(QUuid::WithoutBraces));
        return false;
    }

    // Open the destination first: an unwritable path fails before any work, and QSaveFile
    // only replaces the file on commit(), so a failure leaves nothing behind.
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

    try {
        QList<ExportPassage> passages
            = collectPassages(project, *document, analysis, options, QDateTime::currentDateTimeUtc());
        QString annotated = work.filePath(u"annotated.pdf"_s);
        PdfAnnotator annotator;
        m_annotatedOriginal = options.annotateOriginalPdf && document->format == Document::Format::Pdf
            && QFileInfo(document->sourcePath).isFile();
        if (m_annotatedOriginal) {
            QList<PdfHighlight> highlights;
            for (ExportPassage &p : passages) {
                // the page the importer recorded; where on it, the reading order tells
                p.highlight.location = {pageAt(*document, p.range.start) - 1, QPointF(-1, -1)};
                highlights.append(p.highlight);
            }
            if (!annotator.annotate(document->sourcePath, highlights, annotated)) {
                m_errorString = annotator.errorString();
                out.cancelWriting();
                return false;
            }
            m_pageCount = m_bodyPageCount = annotator.pageCount();
            // The appendix on pages of its own after the original's, which stay untouched.
            if (options.includeAppendix && !appendAppendix(project, *document, passages, work.path(), annotated)) {
                out.cancelWriting();
                return false;
            }
        } else {
            const QString rendered = work.filePath(u"rendered.pdf"_s);
            if (!typeset(project, *document, analysis, options, passages, rendered)) {
                out.cancelWriting();
                return false;
            }
            QList<PdfHighlight> highlights;
            for (const ExportPassage &p : std::as_const(passages))
                highlights.append(p.highlight);
            annotator.setSearchedPageCount(m_bodyPageCount); // not the appendix, which quotes the passages
            if (!annotator.annotate(rendered, highlights, annotated)) {
                m_errorString = annotator.errorString();
                out.cancelWriting();
                return false;
            }
        }
        m_annotationCount = annotator.annotationCount();
        m_missed = annotator.missedPassages();

        const QString finished = work.filePath(u"finished.pdf"_s);
        PdfFinisher finisher;
        finisher.setAttachment(projectAttachment(options,
            QCoreApplication::translate(
                "Lectern::PdfExporter", "Lectern project of this statement: its text, codebook and annotations")));
        if (!finisher.finish(annotated, finished)) {
            m_errorString = finisher.errorString();
            out.cancelWriting();
            return false;
        }
        if (!copyInto(finished, out, outputFile, &m_errorString))
            return false;
    } catch (const std::bad_alloc &) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Not enough memory to export %1")
                            .arg(DocumentRenderer::titleOf(*document));
        out.cancelWriting();
        return false;
    } catch (const std::exception &e) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Export failed: %1")
                            .arg(QString::fromLocal8Bit(e.what()));
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        m_errorString = QCoreApplication::translate("Lectern::PdfExporter", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(outputFile), out.errorString());
        return false;
    }
    qCInfo(lcExport) << "exported" << outputFile << m_pageCount << "pages," << m_annotationCount << "annotations";
    return true;
}

} // namespace Lectern
