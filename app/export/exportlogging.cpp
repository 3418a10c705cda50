// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportlogging.h"

namespace Lectern {
Q_LOGGING_CATEGORY(lcExport, "lectern.export")
} // namespace Lectern
