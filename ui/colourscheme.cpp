// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourscheme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Lectern {

namespace {

const QString SettingsKey = QStringLiteral("view/colourScheme");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(225, 225, 225);
    const QColor disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, QColor(60, 110, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(58, 58, 62));
    p.setColor(QPalette::Mid, QColor(38, 38, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

struct Startup
{
    QString styleName;
    QPalette palette;
};

// The desktop's own style and palette, kept from before the first change so that "System"
// can go back to them.
Startup &startup()
{
    static Startup s {QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return s;
}

} // namespace

void applyColourScheme(ColourScheme scheme)
{
    const Startup &desktop = startup();
    switch (scheme) {
    case ColourScheme::System:
        if (!desktop.styleName.isEmpty() && QApplication::style()->name() != desktop.styleName)
            QApplication::setStyle(QStyleFactory::create(desktop.styleName));
        QApplication::setPalette(desktop.palette);
        break;
    case ColourScheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColourScheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QSettings().setValue(SettingsKey, int(scheme));
}

ColourScheme savedColourScheme()
{
    const int value = QSettings().value(SettingsKey, int(ColourScheme::System)).toInt();
    return value >= int(ColourScheme::System) && value <= int(ColourScheme::Dark) ? ColourScheme(value)
                                                                                  : ColourScheme::System;
}

} // namespace Lectern
