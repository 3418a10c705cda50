// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/entitycorrection.h"

namespace Lectern {

class EntityRegistry;

/// \brief Finds the quotations, their speakers and the named entities of a statement.
///
/// The lexical layer is KSyntaxHighlighting running Lectern's statement syntax definition
/// (SpanCollector); on top of it the recogniser joins quotes that run over paragraphs, tells
/// short quoted terms from quotations, merges aliases into canonical entities
/// (EntityRegistry) and attributes speakers (SpeakerAttribution). analyze() is a pure function
/// of the text; a Recognizer may be used from any one thread at a time.
class Recognizer
{
public:
    Recognizer();
    explicit Recognizer(const EntityRegistry &registry);

    /// \a corrections (the project's, see EntityCorrection) are applied to the entities before
    /// speakers are attributed, so a corrected name is a speaker's name too. \a statementTitle, the
    /// statement's title when the importer took it out of the text (a front matter's), tells who
    /// "I" is ("Statement from President Joe Biden on ...").
    AnalysisResult analyze(
        const QString &text, const QList<EntityCorrection> &corrections = {}, const QString &statementTitle = {}) const;

    /// A quote whose words are at most this many, with no sentence punctuation, is a term.
    static constexpr int MaximumTermWords = 2;

private:
    const EntityRegistry &m_registry;
};

} // namespace Lectern
