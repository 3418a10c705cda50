// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QUuid>

namespace Lectern {

/// \brief A code of the codebook: a name and a colour that annotations are tagged with.
///
/// Codes form a tree: siblings keep the order they have in Project::codes().
struct Code
{
    QUuid id;
    QString name;
    QColor color;
    QString description;
    QUuid parentId; ///< null: a top-level code

    friend bool operator==(const Code &, const Code &) = default;
};

} // namespace Lectern
