// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMap>
#include <QMenu>

namespace Lectern {

namespace {
enum Role
{
    StartRole = Qt::UserRole + 1,
    EndRole,
    CanonicalRole,
    TypeRole
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
            Q_EMIT rangeActivated(target->data(0, StartRole).toLongLong(), target->data(0, EndRole).toLongLong());
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
}

void EntityPanel::setEntities(const QString &text, const QList<EntityMention> &entities)
{
    clear();
    m_canonicalNames.clear();
    QMap<EntityType, QMap<QString, QList<const EntityMention *>>> grouped;
    for (const EntityMention &mention : entities)
        grouped[mention.type][mention.canonical.isEmpty() ? mention.text : mention.canonical].append(&mention);
    for (auto type = grouped.cbegin(); type != grouped.cend(); ++type) {
        qsizetype total = 0;
        auto *typeItem = new QTreeWidgetItem(this);
        for (auto entity = type->cbegin(); entity != type->cend(); ++entity) {
            auto *entityItem = new QTreeWidgetItem(typeItem, {entity.key(), QString::number(entity->size())});
            entityItem->setData(0, CanonicalRole, entity.key());
            entityItem->setData(0, TypeRole, int(type.key()));
            m_canonicalNames.append(entity.key());
            QStringList aliases;
            for (const EntityMention *mention : *entity) {
                auto *mentionItem = new QTreeWidgetItem(entityItem, {context(text, mention->range)});
                mentionItem->setData(0, StartRole, qlonglong(mention->range.start));
                mentionItem->setData(0, EndRole, qlonglong(mention->range.end));
                if (!aliases.contains(mention->text) && mention->text != entity.key())
                    aliases << mention->text;
            }
            if (!aliases.isEmpty())
                entityItem->setToolTip(0, tr("Also written: %1").arg(aliases.join(QStringLiteral(", "))));
            total += entity->size();
        }
        typeItem->setText(0, typeTitle(type.key()));
        typeItem->setText(1, QString::number(total));
        typeItem->setExpanded(true);
        QFont bold = typeItem->font(0);
        bold.setBold(true);
        typeItem->setFont(0, bold);
    }
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
    menu.addAction(tr("&Annotate Every Mention"), this,
        [this, canonical, type] { Q_EMIT annotateMentionsRequested(canonical, type); });
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
