// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lectern {

/// \brief Turns the bytes of a statement into text: UTF-8 or UTF-16 with a byte-order mark,
/// invalid UTF-8 replaced (with a warning), binary data refused.
class TextDecoder
{
public:
    [[nodiscard]] bool decode(const QByteArray &bytes, QString *text);
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }

    static bool looksBinary(const QByteArray &bytes);

private:
    QString m_errorString;
    QStringList m_warnings;
};

} // namespace Lectern
