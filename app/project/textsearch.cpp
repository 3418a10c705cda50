// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/textsearch.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lectern {

QList<TextRange> findMatches(
    const QString &text, const QString &pattern, const SearchOptions &options, QString *errorString)
{
    if (errorString)
        errorString->clear();
    if (pattern.isEmpty())
        return {};
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWords)
        expression = QStringLiteral("(?<![\\p{L}\\p{N}_])(?:") + expression + QStringLiteral(")(?![\\p{L}\\p{N}_])");
    // ^ and $ match at the start and end of every line (paragraph), as in a text editor.
    QRegularExpression re(expression,
        QRegularExpression::MultilineOption
            | (options.caseSensitive ? QRegularExpression::NoPatternOption
                                     : QRegularExpression::CaseInsensitiveOption));
    if (!re.isValid()) {
        if (errorString) {
            *errorString
                = QCoreApplication::translate("Lectern::TextSearch", "Invalid regular expression at position %1: %2")
                      .arg(re.patternErrorOffset())
                      .arg(re.errorString());
        }
        return {};
    }
    QList<TextRange> matches;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append({match.capturedStart(), match.capturedEnd()});
    }
    return matches;
}

} // namespace Lectern
