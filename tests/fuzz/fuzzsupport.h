// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace Lectern::Fuzz {

/// A QCoreApplication, as in Lectern, and Qt's messages dropped: every refused input logs why,
/// and printing that would slow fuzzing down to a crawl. LECTERN_FUZZ_VERBOSE=1 keeps them.
inline void initialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    if (!std::getenv("LECTERN_FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// The fuzzer's bytes, not copied: its buffer is exactly \a size long, so AddressSanitizer sees
/// any read past the end.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Lectern::Fuzz
