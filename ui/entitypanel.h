// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/entitycorrection.h"

#include <QTreeWidget>
#include <QUuid>

namespace Lectern {

/// \brief The entities of the shown statement, grouped by type with counts; an entity's
/// occurrences are its children, and activating one shows it in the text.
class EntityPanel : public QTreeWidget
{
    Q_OBJECT
public:
    /// One statement's entities, for the list of a whole project.
    struct Statement
    {
        QUuid id;
        QString title;
        QString text;
        QList<EntityMention> entities;
        QList<EntityMention> references; ///< pronouns of the entities ("he"), listed with their names
    };

    explicit EntityPanel(QWidget *parent = nullptr);
    /// The entities of one statement (\a documentId may be null), with the pronouns that refer
    /// to them (\a references) among their occurrences.
    void setEntities(const QString &text, const QList<EntityMention> &entities, const QUuid &documentId = {},
        const QList<EntityMention> &references = {});
    /// The entities of several statements as one list: an entity's mentions in every statement
    /// under it, each with its statement's title; an entity is one canonical name and type
    /// across the statements (aliases and people are linked before they get here).
    void setStatements(const QList<Statement> &statements);

    /// Whether \a item is an occurrence by pronoun ("he"), not by name.
    static bool isReference(const QTreeWidgetItem *item);

    /// The corrections offered for the entity \a canonical of \a type (context menu).
    QList<std::pair<QString, EntityCorrection>> correctionsFor(const QString &canonical, EntityType type) const;

Q_SIGNALS:
    /// A mention (or an entity's first mention) was activated: show it.
    void mentionActivated(const QUuid &documentId, qsizetype start, qsizetype end);
    /// The analyst corrected the entity list; the window records it in the project.
    void correctionRequested(const EntityCorrection &correction);
    /// Annotate every mention of the entity (one undoable step).
    void annotateMentionsRequested(const QString &canonical, EntityType type);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QStringList m_canonicalNames; ///< of the shown entities, for "Same As"
};

/// The name of an entity type as the window shows it ("Person", "Organisation").
QString entityTypeLabel(EntityType type);

} // namespace Lectern
