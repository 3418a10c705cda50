// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Lectern {
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace Lectern
