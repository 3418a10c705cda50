// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/entitycorrection.h"

#include <QTreeWidget>

namespace Lectern {

/// \brief The entities of the shown statement, grouped by type with counts; an entity's
/// occurrences are its children, and activating one shows it in the text.
class EntityPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);
    void setEntities(const QString &text, const QList<EntityMention> &entities);

    /// The corrections offered for the entity \a canonical of \a type (context menu).
    QList<std::pair<QString, EntityCorrection>> correctionsFor(const QString &canonical, EntityType type) const;

Q_SIGNALS:
    void rangeActivated(qsizetype start, qsizetype end);
    /// The analyst corrected the entity list; the window records it in the project.
    void correctionRequested(const EntityCorrection &correction);
    /// Annotate every mention of the entity (one undoable step).
    void annotateMentionsRequested(const QString &canonical, EntityType type);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QStringList m_canonicalNames; ///< of the shown entities, for "Same As"
};

} // namespace Lectern
