// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {
enum Role
{
    StartRole = Qt::UserRole + 1,
    EndRole,
    CanonicalRole,
    TypeRole,
    DocumentRole,
    ReferenceRole
};

constexpr EntityType AllTypes[] = {EntityType::Person, EntityType::Place, EntityType::Organization,
    EntityType::Agreement, EntityType::Event, EntityType::Date};

QString typeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return EntityPanel::tr("Person");
    case EntityType::Place:
        return EntityPanel::tr("Place");
    case EntityType::Organization:
        return EntityPanel::tr("Organisation");
    case EntityType::Agreement:
        return EntityPanel::tr("Agreement");
    case EntityType::Event:
        return EntityPanel::tr("Event");
    case EntityType::Date:
        return EntityPanel::tr("Date");
    }
    return {};
}

QString typeTitle(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return EntityPanel::tr("People");
    case EntityType::Place:
        return EntityPanel::tr("Places");
    case EntityType::Organization:
        return EntityPanel::tr("Organisations");
    case EntityType::Agreement:
        return EntityPanel::tr("Agreements");
    case EntityType::Event:
        return EntityPanel::tr("Events");
    case EntityType::Date:
        return EntityPanel::tr("Dates");
    }
    return {};
}

QString context(const QString &text, const TextRange &range)
{
    const qsizetype from = std::max<qsizetype>(0, range.start - 30);
    const qsizetype to = std::min<qsizetype>(text.size(), range.end + 30);
    return (from > 0 ? QStringLiteral("\u2026") : QString()) + text.mid(from, to - from).simplified()
        + (to < text.size() ? QStringLiteral("\u2026") : QString());
}
} // namespace

EntityPanel::EntityPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Entity"), tr("Mentions")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Entities"));
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // An entity jumps to its first mention; a mention to itself.
        QTreeWidgetItem *target = item->data(0, StartRole).isValid() ? item : item->child(0);
        if (target && target->data(0, StartRole).isValid())
            Q_EMIT mentionActivated(target->data(0, DocumentRole).toUuid(), target->data(0, StartRole).toLongLong(),
                target->data(0, EndRole).toLongLong());
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
}

void EntityPanel::setEntities(const QString &text, const QList<EntityMention> &entities, const QUuid &documentId,
    const QList<EntityMention> &references)
{
    setStatements({{documentId, {}, text, entities, references}});
}

void EntityPanel::setStatements(const QList<Statement> &statements)
{
    clear();
    m_canonicalNames.clear();
    const bool several = statements.size() > 1;
    struct Mention
    {
        const Statement *statement;
        const EntityMention *mention;
        bool reference;
    };
    QMap<EntityType, QMap<QString, QList<Mention>>> grouped;
    for (const Statement &statement : statements) {
        for (const EntityMention &mention : statement.entities)
            grouped[mention.type][mention.canonical.isEmpty() ? mention.text : mention.canonical].append(
                {&statement, &mention, false});
        for (const EntityMention &reference : statement.references)
            grouped[reference.type][reference.canonical].append({&statement, &reference, true});
    }
    // A statement's occurrences in text order, names and pronouns together.
    for (auto &entities : grouped) {
        for (auto &mentions : entities) {
            std::stable_sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
                return a.statement != b.statement ? a.statement < b.statement
                                                  : a.mention->range.start < b.mention->range.start;
            });
        }
    }
    for (auto type = grouped.cbegin(); type != grouped.cend(); ++type) {
        qsizetype total = 0;
        auto *typeItem = new QTreeWidgetItem(this);
        for (auto entity = type->cbegin(); entity != type->cend(); ++entity) {
            auto *entityItem = new QTreeWidgetItem(typeItem, {entity.key(), QString()});
            entityItem->setData(0, CanonicalRole, entity.key());
            entityItem->setData(0, TypeRole, int(type.key()));
            m_canonicalNames.append(entity.key());
            QStringList aliases;
            QSet<QUuid> inStatements;
            qsizetype references = 0;
            for (const auto &[statement, mention, reference] : *entity) {
                const QString shown = several
                    ? tr("%1: %2").arg(statement->title, context(statement->text, mention->range))
                    : context(statement->text, mention->range);
                auto *mentionItem = new QTreeWidgetItem(entityItem, {shown});
                mentionItem->setData(0, StartRole, qlonglong(mention->range.start));
                mentionItem->setData(0, EndRole, qlonglong(mention->range.end));
                mentionItem->setData(0, DocumentRole, statement->id);
                mentionItem->setData(0, ReferenceRole, reference);
                if (reference) {
                    // A pronoun: in italics, and said so.
                    QFont italic = mentionItem->font(0);
                    italic.setItalic(true);
                    mentionItem->setFont(0, italic);
                    mentionItem->setToolTip(0, tr("\u201C%1\u201D refers to %2").arg(mention->text, entity.key()));
                    ++references;
                } else if (!aliases.contains(mention->text) && mention->text != entity.key()) {
                    aliases << mention->text;
                }
                inStatements.insert(statement->id);
            }
            QStringList tip;
            if (!aliases.isEmpty())
                tip << tr("Also written: %1").arg(aliases.join(QStringLiteral(", ")));
            // The count is of the names; the pronouns are listed, not counted.
            entityItem->setText(1, QString::number(entity->size() - references));
            if (references > 0)
                tip << tr("Also referred to %n time(s) by a pronoun or a description (\u201Che\u201D, \u201Cthe "
                          "country\u201D), listed in italics",
                    nullptr, int(references));
            if (several)
                tip << tr("In %n statement(s)", nullptr, int(inStatements.size()));
            if (!tip.isEmpty())
                entityItem->setToolTip(0, tip.join(u'\n'));
            total += entity->size() - references;
        }
        typeItem->setText(0, typeTitle(type.key()));
        typeItem->setText(1, QString::number(total));
        typeItem->setExpanded(true);
        QFont bold = typeItem->font(0);
        bold.setBold(true);
        typeItem->setFont(0, bold);
    }
}

bool EntityPanel::isReference(const QTreeWidgetItem *item)
{
    return item && item->data(0, ReferenceRole).toBool();
}

QString entityTypeLabel(EntityType type)
{
    return typeName(type);
}

QList<std::pair<QString, EntityCorrection>> EntityPanel::correctionsFor(const QString &canonical, EntityType type) const
{
    using Kind = EntityCorrection::Kind;
    QList<std::pair<QString, EntityCorrection>> offers;
    for (EntityType other : AllTypes) {
        if (other != type)
            offers.append({tr("Is a %1").arg(typeName(other)), {{}, Kind::ChangeType, canonical, {}, other}});
    }
    QStringList others = m_canonicalNames;
    others.removeAll(canonical);
    others.removeDuplicates();
    others.sort(Qt::CaseInsensitive);
    for (const QString &other : std::as_const(others))
        offers.append({tr("Same As \u201C%1\u201D").arg(other), {{}, Kind::Merge, canonical, other, type}});
    offers.append({tr("Not an Entity"), {{}, Kind::NotAnEntity, canonical, {}, type}});
    return offers;
}

void EntityPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    while (item && !item->data(0, CanonicalRole).isValid())
        item = item->parent();
    if (!item)
        return;
    const QString canonical = item->data(0, CanonicalRole).toString();
    const auto type = EntityType(item->data(0, TypeRole).toInt());
    QMenu menu(this);
    QMenu *typeMenu = menu.addMenu(tr("Change &Type"));
    QMenu *sameMenu = menu.addMenu(tr("&Same Entity As"));
    const auto offers = correctionsFor(canonical, type);
    for (const auto &[label, correction] : offers) {
        QMenu *target = correction.kind == EntityCorrection::Kind::ChangeType ? typeMenu
            : correction.kind == EntityCorrection::Kind::Merge                ? sameMenu
                                                                              : &menu;
        const EntityCorrection c = correction;
        target->addAction(label, this, [this, c] { Q_EMIT correctionRequested(c); });
    }
    sameMenu->setEnabled(!sameMenu->isEmpty());
    menu.addSeparator();
    QAction *annotate = menu.addAction(tr("&Annotate Every Mention"), this,
        [this, canonical, type] { Q_EMIT annotateMentionsRequested(canonical, type); });
    // The mentions by name: an entity known only by references ("the speaker") has none.
    annotate->setEnabled(item->text(1).toInt() > 0);
    menu.addAction(tr("Add Another &Name\u2026"), this, [this, canonical, type] {
        bool ok = false;
        const QString alias = QInputDialog::getText(
            this, tr("Another Name"), tr("Another name of \u201C%1\u201D:").arg(canonical), QLineEdit::Normal, {}, &ok)
                                  .simplified();
        if (ok && !alias.isEmpty())
            Q_EMIT correctionRequested({{}, EntityCorrection::Kind::AddAlias, alias, canonical, type});
    });
    menu.exec(event->globalPos());
}

} // namespace Lectern
