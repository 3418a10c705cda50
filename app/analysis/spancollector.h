// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QList>

namespace Lectern {

/// A quotation as the syntax definition delimits it, before quotes that run over paragraphs
/// are joined and before short terms are told apart.
struct RawQuote
{
    TextRange range; ///< from the opening mark to the closing mark, or to the paragraph end
    bool closed = false;
};

/// \brief Runs the statement syntax definition over a text and collects what it marks.
///
/// The one output of KSyntaxHighlighting that Lectern needs is a list of typed spans, so this
/// highlighter turns each applyFormat() call into a span. The text is fed one paragraph per
/// line (the caller reflows it first), so the syntax definition can end an open quote at the
/// paragraph end.
class SpanCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    SpanCollector();

    /// Highlights \a text (line breaks separate paragraphs) and returns the entity spans
    /// (persons, places, ..., titles) sorted by start.
    QList<LexicalSpan> collect(QStringView text);
    /// The quotations found by the last collect(), in text order.
    QList<RawQuote> quotes() const { return m_quotes; }
    /// The capitalised names no gazetteer or pattern typed, found by the last collect(), in
    /// text order; the recogniser types them (NameClassifier) or drops them.
    QList<TextRange> names() const { return m_names; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    enum class Role
    {
        Other,
        Open,
        Close,
        Entity,
        Name
    };
    struct FormatRole
    {
        Role role = Role::Other;
        SpanKind kind = SpanKind::Quote;
        bool known = false; ///< whether roleOf() has looked at the format
    };
    FormatRole roleOf(const KSyntaxHighlighting::Format &format);
    void closeOpenQuote(qsizetype end, bool closed);

    QList<FormatRole> m_roles; ///< by format id: applyFormat() is called at every step of the highlighter
    QList<LexicalSpan> m_spans;
    QList<RawQuote> m_quotes;
    QList<TextRange> m_names;
    QStringView m_line;
    qsizetype m_lineStart = 0;
    qsizetype m_openQuote = -1; ///< start of the quote open on this line, or -1
};

} // namespace Lectern
