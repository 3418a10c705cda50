// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codestatistics.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QStringList>

namespace Lectern {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

CodeStatistics CodeStatistics::of(const Project &project)
{
    CodeStatistics s;
    for (const Code &code : project.codes()) {
        s.codes << code.id;
        s.codeNames << code.name;
    }
    for (const Document &document : project.documents()) {
        s.documents << document.id;
        s.documentTitles << document.title;
    }
    s.frequencies = QList<QList<int>>(s.documents.size(), QList<int>(s.codes.size(), 0));
    s.cooccurrences = QList<QList<int>>(s.codes.size(), QList<int>(s.codes.size(), 0));
    for (qsizetype d = 0; d < s.documents.size(); ++d) {
        const QList<Annotation> annotations = project.annotationsOf(s.documents.at(d));
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            const qsizetype a = s.codes.indexOf(annotations.at(i).codeId);
            if (a < 0)
                continue;
            ++s.frequencies[d][a];
            ++s.cooccurrences[a][a];
            for (qsizetype j = i + 1; j < annotations.size(); ++j) {
                const qsizetype b = s.codes.indexOf(annotations.at(j).codeId);
                if (b < 0 || b == a)
                    continue;
                const Annotation &x = annotations.at(i);
                const Annotation &y = annotations.at(j);
                if (x.start < y.end && y.start < x.end) {
                    ++s.cooccurrences[a][b];
                    ++s.cooccurrences[b][a];
                }
            }
        }
    }
    return s;
}

QString CodeStatistics::frequenciesCsv() const
{
    QStringList lines;
    QStringList header {csvField(QCoreApplication::translate("Lectern::CodeStatistics", "Statement"))};
    for (const QString &name : codeNames)
        header << csvField(name);
    header << csvField(QCoreApplication::translate("Lectern::CodeStatistics", "Total"));
    lines << header.join(u',');
    QList<int> totals(codes.size(), 0);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        QStringList row {csvField(documentTitles.at(d))};
        int sum = 0;
        for (qsizetype c = 0; c < codes.size(); ++c) {
            row << QString::number(frequencies.at(d).at(c));
            sum += frequencies.at(d).at(c);
            totals[c] += frequencies.at(d).at(c);
        }
        row << QString::number(sum);
        lines << row.join(u',');
    }
    QStringList total {csvField(QCoreApplication::translate("Lectern::CodeStatistics", "Total"))};
    int all = 0;
    for (int t : std::as_const(totals)) {
        total << QString::number(t);
        all += t;
    }
    total << QString::number(all);
    lines << total.join(u',');
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString CodeStatistics::cooccurrencesCsv() const
{
    QStringList lines;
    QStringList header {QString()};
    for (const QString &name : codeNames)
        header << csvField(name);
    lines << header.join(u',');
    for (qsizetype a = 0; a < codes.size(); ++a) {
        QStringList row {csvField(codeNames.at(a))};
        for (qsizetype b = 0; b < codes.size(); ++b)
            row << QString::number(cooccurrences.at(a).at(b));
        lines << row.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace Lectern
