// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexport.h"

#include "export/combinedexporter.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QInputDialog>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace Lectern {

QString pdfFileNameFor(const QString &title, const QStringList &taken)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString base = title.simplified().replace(unsafe, QStringLiteral(" ")).simplified().left(120);
    if (base.isEmpty() || base.startsWith(u'.'))
        base = QCoreApplication::translate("Lectern::BatchExport", "statement") + base;
    QString name = base + QStringLiteral(".pdf");
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2).pdf").arg(base).arg(n);
    return name;
}

BatchExportResult exportStatements(const Project &project, const QString &directory, const PdfExportOptions &options,
    const std::function<const AnalysisResult *(const QUuid &)> &analysisOf, QWidget *parent)
{
    BatchExportResult result;
    const QList<Document> &documents = project.documents();
    QProgressDialog progress(QCoreApplication::translate("Lectern::BatchExport", "Exporting annotated PDFs\u2026"),
        QCoreApplication::translate("Lectern::BatchExport", "Cancel"), 0, int(documents.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const QDir dir(directory);
    QStringList taken = dir.entryList(QDir::Files);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        progress.setValue(int(i));
        progress.setLabelText(
            QCoreApplication::translate("Lectern::BatchExport", "Exporting \u201C%1\u201D (%2 of %3)\u2026")
                .arg(documents.at(i).title)
                .arg(i + 1)
                .arg(documents.size()));
        if (progress.wasCanceled()) {
            result.cancelled = true;
            break;
        }
        const Document &document = documents.at(i);
        const QString name = pdfFileNameFor(document.title, taken);
        taken << name;
        PdfExporter exporter;
        if (exporter.exportDocument(project, document.id, analysisOf(document.id), options, dir.filePath(name)))
            result.written << dir.filePath(name);
        else
            result.failures << document.title + QStringLiteral(": ") + exporter.errorString();
    }
    progress.setValue(int(documents.size()));
    return result;
}

BatchExportResult exportCombined(const Project &project, const QString &fileName, const PdfExportOptions &options,
    const std::function<const AnalysisResult *(const QUuid &)> &analysisOf, QWidget *parent)
{
    BatchExportResult result;
    QProgressDialog progress(QCoreApplication::translate("Lectern::BatchExport", "Exporting one combined PDF\u2026"),
        QCoreApplication::translate("Lectern::BatchExport", "Cancel"), 0, 1, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    CombinedPdfExporter exporter;
    exporter.setProgress([&](int done, int total, const QString &what) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(
            QCoreApplication::translate("Lectern::BatchExport", "Exporting \u201C%1\u201D (step %2 of %3)\u2026")
                .arg(what)
                .arg(std::min(done + 1, total))
                .arg(total));
        return !progress.wasCanceled();
    });
    if (exporter.exportProject(project, analysisOf, options, fileName))
        result.written << fileName;
    else if (exporter.wasCancelled())
        result.cancelled = true;
    else
        result.failures << exporter.errorString();
    progress.setValue(progress.maximum());
    return result;
}

std::optional<BatchExportMode> askBatchExportMode(QWidget *parent)
{
    QSettings settings;
    const QString key = QStringLiteral("export/batchMode");
    const QStringList choices = {QCoreApplication::translate("Lectern::BatchExport", "One PDF per statement"),
        QCoreApplication::translate("Lectern::BatchExport", "One combined PDF of all statements")};
    const bool combined = settings.value(key).toString() == u"combined";
    bool ok = false;
    const QString choice
        = QInputDialog::getItem(parent, QCoreApplication::translate("Lectern::BatchExport", "Export All Statements"),
            QCoreApplication::translate("Lectern::BatchExport", "Write:"), choices, combined ? 1 : 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const BatchExportMode mode = choice == choices.at(1) ? BatchExportMode::Combined : BatchExportMode::PerStatement;
    settings.setValue(key, mode == BatchExportMode::Combined ? QStringLiteral("combined") : QStringLiteral("each"));
    return mode;
}

} // namespace Lectern
