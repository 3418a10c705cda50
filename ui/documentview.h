// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "document/paragraphs.h"
#include "project/annotation.h"
#include "project/code.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Lectern {

struct Document;

/// \brief The read-only reader: a statement's text, reflowed, with recognised spans and the
/// user's annotations painted on the blocks that are visible, and only those.
class DocumentView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    /// Shows a document; its offsets become positions in the view one to one.
    void showDocument(const Document *document);
    void clearDocument();
    void setSpans(const QList<LexicalSpan> &spans);
    /// What the recogniser found, for the tooltip over a word: the entity and its canonical name,
    /// what a pronoun refers to, a quotation's speaker.
    void setRecognised(const AnalysisResult &result);
    /// The tooltip over the character at \a offset: empty when nothing was recognised there.
    QString toolTipAt(qsizetype offset) const;
    void setAnnotations(const QList<Annotation> &annotations, const QList<Code> &codes);

    /// The selected passage in document offsets (empty when nothing is selected).
    TextRange selectedRange() const;
    /// Selects a passage and scrolls it into the middle of the view.
    void revealRange(qsizetype start, qsizetype end);

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void formatVisibleBlocks();
    void formatBlock(QTextBlock block);
    void invalidateFormats();
    void updateMargins();
    void applyBaseFont();

    QList<LexicalSpan> m_spans; // sorted by start
    QList<LexicalSpan> m_quotes; // the long spans, checked against every block
    QList<Annotation> m_annotations;
    // For the tooltips (setRecognised()), each sorted by start.
    QList<EntityMention> m_entities;
    QList<EntityMention> m_references;
    QList<QuoteSpan> m_quoteSpans;
    QHash<QUuid, QColor> m_codeColors;
    int m_generation = 1;
    int m_zoomSteps = 0;
    bool m_dark = false;
    bool m_formatting = false;
};

} // namespace Lectern
