// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

namespace Lectern::Typography {

/// Device units per inch of the PDF layout (QPdfWriter's resolution).
inline constexpr int Resolution = 600;

/// Millimetres to QPdfWriter device units (page geometry, painting).
inline qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * Resolution;
}

/// Millimetres to the units of QTextFormat margins and indents. QTextDocumentLayout scales those
/// from 96-dpi pixels to the paint device, whatever its resolution, so they must not be given
/// in device units.
inline qreal mmToLayout(qreal mm)
{
    return mm / 25.4 * 96;
}

inline qreal deviceToPoints(qreal device)
{
    return device * 72.0 / Resolution;
}

inline QFont serifFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"),
        QStringLiteral("serif")});
    font.setPointSizeF(pointSize);
    return font;
}

inline QFont sansFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
        QStringLiteral("sans-serif")});
    font.setPointSizeF(pointSize);
    return font;
}

inline QColor inkColor()
{
    return QColor(0x1d, 0x1f, 0x23);
}

inline QColor mutedColor()
{
    return QColor(0x55, 0x5b, 0x66);
}

} // namespace Lectern::Typography
