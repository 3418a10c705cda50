// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/envelope.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace Lectern {

namespace {
constexpr qint64 ChunkSize = 1 << 20;

QByteArray header(const QByteArray &payload, quint32 version)
{
    QByteArray h(Envelope::HeaderSize, Qt::Uninitialized);
    char *p = h.data();
    std::memcpy(p, Envelope::Magic, sizeof Envelope::Magic);
    qToBigEndian<quint32>(version, p + 8);
    qToBigEndian<quint64>(quint64(payload.size()), p + 12);
    const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    std::memcpy(p + 20, hash.constData(), 32);
    return h;
}
} // namespace

bool Envelope::write(QIODevice &device, const QByteArray &payload)
{
    const QByteArray h = header(payload, FormatVersion);
    return device.write(h) == h.size() && device.write(payload) == payload.size();
}

QByteArray Envelope::wrap(const QByteArray &payload, quint32 version)
{
    return header(payload, version) + payload;
}

Envelope::Status Envelope::read(QIODevice &device)
{
    m_version = 0;
    m_payload.clear();

    const QByteArray h = device.read(HeaderSize);
    if (h.isEmpty())
        return device.atEnd() ? Status::Empty : Status::ReadError;
    const qsizetype magicSize = qsizetype(sizeof Magic);
    if (h.size() < magicSize)
        return std::memcmp(h.constData(), Magic, size_t(h.size())) == 0 ? Status::Truncated : Status::NotLectern;
    if (std::memcmp(h.constData(), Magic, sizeof Magic) != 0)
        return Status::NotLectern;
    if (h.size() < 12)
        return Status::Truncated;
    m_version = qFromBigEndian<quint32>(h.constData() + 8);
    if (m_version > FormatVersion)
        return Status::NewerVersion; // its header may differ from here on: read no further
    if (m_version == 0)
        return Status::Damaged;
    if (h.size() < HeaderSize)
        return Status::Truncated;

    const quint64 length = qFromBigEndian<quint64>(h.constData() + 12);
    if (length > MaxPayloadSize)
        return Status::TooLarge;
    if (!device.isSequential()) {
        const qint64 remaining = device.size() - device.pos();
        if (quint64(remaining) < length)
            return Status::Truncated; // before allocating anything
        if (quint64(remaining) > length)
            return Status::Damaged;
    }

    // Read in chunks so that a forged length on a pipe costs no more memory than the data sent.
    while (quint64(m_payload.size()) < length) {
        const qint64 want = qint64(qMin<quint64>(ChunkSize, length - quint64(m_payload.size())));
        const QByteArray chunk = device.read(want);
        if (chunk.isEmpty())
            return device.atEnd() || device.isSequential() ? Status::Truncated : Status::ReadError;
        m_payload += chunk;
    }
    if (device.isSequential() && !device.read(1).isEmpty())
        return Status::Damaged;

    const QByteArray hash = QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256);
    if (std::memcmp(hash.constData(), h.constData() + 20, 32) != 0) {
        m_payload.clear();
        return Status::ChecksumMismatch;
    }
    return Status::Ok;
}

} // namespace Lectern
