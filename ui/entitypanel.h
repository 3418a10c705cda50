// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

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

Q_SIGNALS:
    void rangeActivated(qsizetype start, qsizetype end);
};

} // namespace Lectern
