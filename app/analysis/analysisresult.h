// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/paragraphs.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

enum class EntityType
{
    Person,
    Place,
    Organization,
    Agreement,
    Event,
    Date
};
QString entityTypeName(EntityType type); ///< "person", "place", "organization", ...

/// Kinds of lexical span the statement syntax definition marks; each maps to one itemData of
/// resources/syntax/lectern-statement.xml, whose theme colour the view and the PDF use.
enum class SpanKind
{
    Quote,
    Term,
    Person,
    Place,
    Organization,
    Agreement,
    Event,
    Date,
    Title
};

/// A span the recogniser marked, in UTF-16 offsets into the analysed text.
struct LexicalSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    SpanKind kind = SpanKind::Quote;
    QString formatName; ///< name of the syntax definition's format, for the theme colour
};

struct EntityMention
{
    TextRange range;
    EntityType type = EntityType::Person;
    QString text;
    QString canonical; ///< the name of the entity this mention belongs to (alias merging)
};

struct QuoteSpan
{
    TextRange range; ///< including the quote marks
    QString text;
    std::optional<EntityMention> speaker; ///< empty when no speaker can be told from the text
    bool closed = true; ///< false when the quote ran to the end of its paragraph unclosed
};

/// A short quoted term or scare quote ("so-called"), told apart from a quotation.
struct QuotedTerm
{
    TextRange range; ///< including the quote marks
    QString text;
};

/// \brief What the recogniser found in one text: quotes with speakers, entities, lexical spans.
struct AnalysisResult
{
    QList<QuoteSpan> quotes;
    QList<QuotedTerm> terms;
    QList<EntityMention> entities; ///< sorted by start
    /// Pronouns that refer to a named entity ("he" for Antony Blinken, "I" for the speaker),
    /// sorted by start: occurrences of that entity, but no names, so not coloured as they are.
    QList<EntityMention> references;
    QList<LexicalSpan> spans; ///< sorted by start; what the view and the PDF colour
};

} // namespace Lectern
