// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace Lectern {

/// \brief The frame around a project file's payload, checked before any byte reaches Boost.
///
/// Layout, integers big-endian:
///
///     offset  size  field
///          0     8  magic "LECTERN\0"
///          8     4  file-format version (uint32, 1 for now)
///         12     8  payload length in bytes (uint64, at most MaxPayloadSize)
///         20    32  SHA-256 of the payload
///         52     n  payload: a Boost.Serialization text archive (see projectarchive.h)
///
/// Nothing may follow the payload. The version comes right after the magic so that a file from
/// a newer Lectern is recognised as such even if the rest of its header changes.
///
/// Why a text archive: Boost's binary archives are not portable (they store native integer sizes
/// and byte order, so a file written on one architecture need not load on another), and its XML
/// archives only add size. Text archives are portable across architectures and compilers, and
/// every Boost release reads text archives written by older ones; a file written by a newer Boost
/// is refused cleanly (it is reported as coming from a newer Lectern). Strings go into the
/// archive as length-prefixed base64 blocks of UTF-8, so every length is checked against the
/// bytes that remain before anything is allocated.
class Envelope
{
public:
    static constexpr char Magic[8] = {'L', 'E', 'C', 'T', 'E', 'R', 'N', '\0'};
    static constexpr quint32 FormatVersion = 1;
    static constexpr quint64 MaxPayloadSize = quint64(1) << 30; // 1 GiB
    static constexpr qint64 HeaderSize = 8 + 4 + 8 + 32;

    enum class Status {
        Ok,
        Empty,            ///< no bytes at all
        NotLectern,       ///< the magic is missing: some other kind of file
        NewerVersion,     ///< written by a newer Lectern; version() says which format
        Damaged,          ///< a version of 0, or bytes after the payload
        Truncated,        ///< shorter than its header says
        TooLarge,         ///< a payload larger than MaxPayloadSize
        ChecksumMismatch, ///< the payload is not the one that was written
        ReadError,        ///< the device failed; see its errorString()
    };

    /// Frames payload and writes it to device. False when the device fails.
    [[nodiscard]] static bool write(QIODevice &device, const QByteArray &payload);
    /// The whole framed file, for tests and fuzzers.
    static QByteArray wrap(const QByteArray &payload, quint32 version = FormatVersion);

    /// Reads and checks a framed payload from device, which must be open for reading.
    Status read(QIODevice &device);
    quint32 version() const { return m_version; }
    const QByteArray &payload() const { return m_payload; }

private:
    quint32 m_version = 0;
    QByteArray m_payload;
};

} // namespace Lectern
