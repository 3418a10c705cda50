// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisresult.h"

namespace Lectern {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Place:
        return QStringLiteral("place");
    case EntityType::Organization:
        return QStringLiteral("organization");
    case EntityType::Agreement:
        return QStringLiteral("agreement");
    case EntityType::Event:
        return QStringLiteral("event");
    case EntityType::Date:
        return QStringLiteral("date");
    }
    return {};
}

} // namespace Lectern
