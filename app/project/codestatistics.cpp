// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codestatistics.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <utility>

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
    for (const QUuid &id : project.codesDepthFirst()) {
        s.codes << id;
        s.codeNames << project.code(id)->name;
    }
    for (const Document &document : project.documents()) {
        s.documents << document.id;
        s.documentTitles << document.title;
    }
    s.frequencies = QList<QList<int>>(s.documents.size(), QList<int>(s.codes.size(), 0));
    s.cooccurrences = QList<QList<int>>(s.codes.size(), QList<int>(s.codes.size(), 0));
    auto meet = [&](qsizetype a, qsizetype b) {
        ++s.cooccurrences[a][b];
        ++s.cooccurrences[b][a];
    };
    for (qsizetype d = 0; d < s.documents.size(); ++d) {
        const QList<Annotation> annotations = project.annotationsOf(s.documents.at(d));
        QList<QList<qsizetype>> columns; // each annotation's codes, as columns
        for (const Annotation &annotation : annotations) {
            QList<qsizetype> own;
            for (const QUuid &id : annotation.codeIds) {
                const qsizetype c = s.codes.indexOf(id);
                if (c >= 0 && !own.contains(c))
                    own.append(c);
            }
            columns.append(own);
        }
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            const QList<qsizetype> &x = columns.at(i);
            for (qsizetype k = 0; k < x.size(); ++k) {
                ++s.frequencies[d][x.at(k)];
                ++s.cooccurrences[x.at(k)][x.at(k)];
                for (qsizetype l = k + 1; l < x.size(); ++l)
                    meet(x.at(k), x.at(l)); // one annotation carrying both
            }
            for (qsizetype j = i + 1; j < annotations.size(); ++j) {
                const Annotation &p = annotations.at(i);
                const Annotation &q = annotations.at(j);
                if (!(p.start < q.end && q.start < p.end))
                    continue;
                // Each pair of codes counts once per overlapping pair of annotations.
                QList<std::pair<qsizetype, qsizetype>> pairs;
                for (qsizetype a : x) {
                    for (qsizetype b : columns.at(j)) {
                        const std::pair<qsizetype, qsizetype> pair = std::minmax(a, b);
                        if (a != b && !pairs.contains(pair))
                            pairs.append(pair);
                    }
                }
                for (const auto &[a, b] : std::as_const(pairs))
                    meet(a, b);
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
