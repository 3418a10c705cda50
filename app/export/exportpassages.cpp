// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportpassages.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

/// The label of an annotation without a code; translated when asked for, so that the
/// translator installed at start-up applies (a static would be translated before it is).
QString highlightLabel()
{
    return QCoreApplication::translate("Lectern::PdfExporter", "Highlight");
}

// Codes and automatic layers are counted apart: a code may be called "Person" too.
QString countKey(ExportPassage::Kind kind, const QString &label)
{
    return QString::number(int(kind)) + label;
}
} // namespace

QString defaultAnnotationAuthor()
{
    for (const char *variable : {"LECTERN_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return u"Lectern"_s;
}

QList<ExportPassage> collectPassages(const Project &project, const Document &document, const AnalysisResult *analysis,
    const PdfExportOptions &options, const QDateTime &now)
{
    const QString author = options.author.trimmed().isEmpty() ? defaultAnnotationAuthor() : options.author;
    QList<ExportPassage> passages;
    if (options.includeAnnotations) {
        for (const Annotation &a : project.annotationsOf(document.id)) {
            // The first code gives the highlight its colour; the appendix names them all.
            const Code *code = a.firstCode().isNull() ? nullptr : project.code(a.firstCode());
            ExportPassage p;
            p.range = {a.start, a.end};
            p.label = code ? code->name : highlightLabel();
            for (qsizetype i = 1; i < a.codeIds.size(); ++i) {
                if (const Code *more = project.code(a.codeIds.at(i)))
                    p.moreCodes.append({more->name, more->color});
            }
            PdfHighlight &h = p.highlight;
            h.text = passageText(document, p.range);
            h.color = code ? code->color : QColor();
            h.contents = a.note;
            h.author = a.author.isEmpty() ? author : a.author;
            h.created = a.created.isValid() ? a.created : now;
            h.uniqueName = u"lectern-"_s + a.id.toString(QUuid::WithoutBraces);
            passages.append(p);
        }
    }
    if (analysis && options.includeQuotes) {
        int n = 0;
        for (const QuoteSpan &q : analysis->quotes) {
            ExportPassage p;
            p.kind = ExportPassage::Kind::Quote;
            p.range = q.range;
            p.label = QCoreApplication::translate("Lectern::PdfExporter", "Quotation");
            p.legendNote = QCoreApplication::translate(
                "Lectern::PdfExporter", "Recognised quotation; its speaker is in the note");
            PdfHighlight &h = p.highlight;
            h.text = passageText(document, q.range);
            h.color = PdfExporter::quoteColor();
            const QString speaker = !q.speaker    ? QString()
                : !q.speaker->canonical.isEmpty() ? q.speaker->canonical
                                                  : q.speaker->text;
            h.contents = speaker.isEmpty()
                ? QCoreApplication::translate("Lectern::PdfExporter", "Quotation — speaker unknown")
                : QCoreApplication::translate("Lectern::PdfExporter", "Quotation — speaker: ") + speaker;
            h.author = author;
            h.created = now;
            h.uniqueName = u"lectern-quote-"_s + QString::number(++n);
            passages.append(p);
        }
    }
    if (analysis && options.includeEntities) {
        int n = 0;
        for (const EntityMention &e : analysis->entities) {
            ExportPassage p;
            p.kind = ExportPassage::Kind::Entity;
            p.range = e.range;
            p.label = capitalised(entityTypeName(e.type));
            p.legendNote = QCoreApplication::translate(
                "Lectern::PdfExporter", "Recognised entity; the note gives its canonical name");
            PdfHighlight &h = p.highlight;
            h.text = passageText(document, e.range);
            h.color = PdfExporter::entityColor(e.type);
            h.contents = p.label + u": "_s + (e.canonical.isEmpty() ? e.text : e.canonical);
            h.author = author;
            h.created = now;
            h.uniqueName = u"lectern-entity-"_s + QString::number(++n);
            passages.append(p);
        }
    }
    std::stable_sort(passages.begin(), passages.end(),
        [](const ExportPassage &a, const ExportPassage &b) { return a.range.start < b.range.start; });
    return passages;
}

ExportAppendix buildAppendix(const Project &project, const QList<ExportPassage> &passages, const QList<int> &pageOf)
{
    ExportAppendix appendix;
    QHash<QString, int> counts;
    QList<LegendEntry> automatic;
    QList<ExportPassage::Kind> automaticKinds;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const ExportPassage &p = passages.at(i);
        ++counts[countKey(p.kind, p.label)];
        for (const auto &more : p.moreCodes)
            ++counts[countKey(p.kind, more.first)];
        if (p.kind == ExportPassage::Kind::Annotation) {
            if (pageOf.value(i, -1) < 0)
                continue;
            appendix.annotations.append({pageOf.at(i) + 1, p.label, p.highlight.color, p.highlight.text,
                p.highlight.contents, p.statement, p.moreCodes});
        } else if (std::none_of(
                       automatic.cbegin(), automatic.cend(), [&](const LegendEntry &e) { return e.name == p.label; })) {
            automatic.append({p.label, p.highlight.color, p.legendNote, 0});
            automaticKinds.append(p.kind);
        }
    }
    // passages are in text order, which is page order: a stable sort keeps it within a page
    std::stable_sort(appendix.annotations.begin(), appendix.annotations.end(),
        [](const AppendixAnnotation &a, const AppendixAnnotation &b) { return a.page < b.page; });

    constexpr auto Annotation = ExportPassage::Kind::Annotation;
    for (const QUuid &id : project.codesDepthFirst()) {
        const Code &code = *project.code(id);
        appendix.legend.append(
            {code.name, code.color, code.description, counts.value(countKey(Annotation, code.name))});
    }
    const QString plainLabel = highlightLabel();
    const int plain = counts.value(countKey(Annotation, plainLabel));
    if (plain > 0 && !project.codeByName(plainLabel))
        appendix.legend.append({plainLabel, QColor(),
            QCoreApplication::translate("Lectern::PdfExporter", "Highlighted without a code"), plain});
    for (qsizetype i = 0; i < automatic.size(); ++i) {
        automatic[i].count = counts.value(countKey(automaticKinds.at(i), automatic.at(i).name));
        appendix.legend.append(automatic.at(i));
    }
    return appendix;
}

} // namespace Lectern
