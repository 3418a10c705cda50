// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjson.h"

#include <QJsonArray>

#include <algorithm>

namespace Lectern {

CodePointOffsets::CodePointOffsets(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointOffsets::operator()(qsizetype utf16Offset) const
{
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset + 1);
    return utf16Offset - std::distance(m_lowSurrogates.cbegin(), before);
}

QJsonObject analysisToJson(const QString &file, const QString &text, const AnalysisResult &result)
{
    const CodePointOffsets offset(text);
    auto mentionJson = [&](const EntityMention &mention) {
        return QJsonObject {
            {QStringLiteral("start"), qint64(offset(mention.range.start))},
            {QStringLiteral("end"), qint64(offset(mention.range.end))},
            {QStringLiteral("text"), mention.text},
            {QStringLiteral("canonical"), mention.canonical},
        };
    };
    // Quotations and terms in one list, in text order, told apart by "kind".
    QList<std::pair<qsizetype, QJsonObject>> quoted;
    for (const QuoteSpan &quote : result.quotes) {
        QJsonObject object {
            {QStringLiteral("start"), qint64(offset(quote.range.start))},
            {QStringLiteral("end"), qint64(offset(quote.range.end))},
            {QStringLiteral("text"), quote.text},
            {QStringLiteral("kind"), QStringLiteral("quotation")},
            {QStringLiteral("closed"), quote.closed},
        };
        object.insert(QStringLiteral("speaker"),
            quote.speaker ? QJsonValue(mentionJson(*quote.speaker)) : QJsonValue(QJsonValue::Null));
        quoted.append({quote.range.start, object});
    }
    for (const QuotedTerm &term : result.terms) {
        quoted.append({term.range.start,
            QJsonObject {
                {QStringLiteral("start"), qint64(offset(term.range.start))},
                {QStringLiteral("end"), qint64(offset(term.range.end))},
                {QStringLiteral("text"), term.text},
                {QStringLiteral("kind"), QStringLiteral("term")},
                {QStringLiteral("closed"), true},
                {QStringLiteral("speaker"), QJsonValue(QJsonValue::Null)},
            }});
    }
    std::stable_sort(quoted.begin(), quoted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray quotes;
    for (const auto &entry : std::as_const(quoted))
        quotes.append(entry.second);
    QJsonArray entities;
    for (const EntityMention &mention : result.entities) {
        QJsonObject object = mentionJson(mention);
        object.insert(QStringLiteral("type"), entityTypeName(mention.type));
        entities.append(object);
    }
    QJsonArray references;
    for (const EntityMention &reference : result.references) {
        QJsonObject object = mentionJson(reference);
        object.insert(QStringLiteral("type"), entityTypeName(reference.type));
        references.append(object);
    }
    return QJsonObject {
        {QStringLiteral("file"), file},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("references"), references},
    };
}

} // namespace Lectern
