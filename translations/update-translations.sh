#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes the Qt Linguist files from the GUI and CLI sources, in the project's build
# environment (natively or in the Debian 13 runtime of packaging/dev). lupdate keeps the
# existing translations; new or changed strings appear as unfinished, ready for Qt Linguist.
# Usage: translations/update-translations.sh [LANG...]   (default: every lectern_*.ts here)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$SRC"

ts_files=()
if [ $# -gt 0 ]; then
    for lang in "$@"; do ts_files+=("translations/lectern_$lang.ts"); done
else
    for ts in translations/lectern_*.ts; do
        # lectern_en.ts holds only English plural forms: refreshed with -pluralonly below.
        [ -e "$ts" ] && [ "$ts" != translations/lectern_en.ts ] && ts_files+=("$ts")
    done
fi
[ ${#ts_files[@]} -gt 0 ] || { echo "update-translations.sh: no translations/lectern_*.ts to update" >&2; exit 1; }

# lupdate lives in /usr/lib/qt6/bin on Debian; elsewhere take whatever is on PATH.
LECTERN_NO_BUILD=1 packaging/dev exec -- sh -c '
    lupdate=/usr/lib/qt6/bin/lupdate
    [ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate) ||
        { echo "update-translations.sh: lupdate not found" >&2; exit 1; }
    "$lupdate" -no-obsolete -locations none ui app -ts "$@" &&
    "$lupdate" -pluralonly -no-obsolete -locations none -source-language en -target-language en ui app \
        -ts translations/lectern_en.ts
' sh "${ts_files[@]}"
