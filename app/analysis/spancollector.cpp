// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/spancollector.h"

#include "analysis/statementsyntax.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QHash>

namespace Lectern {

SpanCollector::SpanCollector()
{
    setDefinition(StatementSyntax::definition());
}

QList<LexicalSpan> SpanCollector::collect(QStringView text)
{
    m_spans.clear();
    m_quotes.clear();
    m_names.clear();
    KSyntaxHighlighting::State state;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        m_line = text.mid(lineStart, lineEnd - lineStart);
        m_lineStart = lineStart;
        m_openQuote = -1;
        if (!m_line.trimmed().isEmpty())
            state = highlightLine(m_line, state);
        if (m_openQuote >= 0) { // the quote ran to the end of its paragraph
            qsizetype end = lineEnd;
            while (end > m_openQuote + 1 && text.at(end - 1).isSpace())
                --end;
            closeOpenQuote(end, false);
        }
        lineStart = lineEnd + 1;
    }
    m_line = {};
    return m_spans;
}

SpanCollector::FormatRole SpanCollector::roleOf(const KSyntaxHighlighting::Format &format)
{
    const quint16 id = format.id();
    if (id < m_roles.size() && m_roles.at(id).known)
        return m_roles.at(id);
    static const QHash<QString, SpanKind> entityKinds = {
        {QStringLiteral("Person"), SpanKind::Person},
        {QStringLiteral("Title"), SpanKind::Title},
        {QStringLiteral("Place"), SpanKind::Place},
        {QStringLiteral("Organization"), SpanKind::Organization},
        {QStringLiteral("Agreement"), SpanKind::Agreement},
        {QStringLiteral("Event"), SpanKind::Event},
        {QStringLiteral("Date"), SpanKind::Date},
    };
    FormatRole role;
    const QString name = format.name();
    if (name == QLatin1String("Quote Open")) {
        role.role = Role::Open;
    } else if (name == QLatin1String("Quote Close")) {
        role.role = Role::Close;
    } else if (name == QLatin1String("Name")) {
        role.role = Role::Name;
    } else if (const auto kind = entityKinds.constFind(name); kind != entityKinds.cend()) {
        role.role = Role::Entity;
        role.kind = *kind;
    }
    role.known = true;
    if (id >= m_roles.size())
        m_roles.resize(id + 1);
    m_roles[id] = role;
    return role;
}

void SpanCollector::closeOpenQuote(qsizetype end, bool closed)
{
    m_quotes.append({{m_openQuote, end}, closed});
    m_openQuote = -1;
}

void SpanCollector::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    const FormatRole role = roleOf(format);
    const qsizetype start = m_lineStart + offset;
    switch (role.role) {
    case Role::Open:
        // Consecutive opening marks arrive as one call: each one opens a quote.
        for (int i = 0; i < length; ++i) {
            if (m_openQuote >= 0) { // an opening mark inside an open quote ends it, unclosed
                qsizetype end = start + i;
                while (end > m_openQuote + 1 && m_line.at(end - m_lineStart - 1).isSpace())
                    --end;
                closeOpenQuote(end, false);
            }
            m_openQuote = start + i;
        }
        break;
    case Role::Close:
        if (m_openQuote >= 0)
            closeOpenQuote(start + 1, true);
        break;
    case Role::Entity:
        m_spans.append({start, start + length, role.kind, format.name()});
        break;
    case Role::Name:
        m_names.append({start, start + length});
        break;
    case Role::Other:
        break;
    }
}

} // namespace Lectern
