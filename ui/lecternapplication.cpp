// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lecternapplication.h"

#include "colourscheme.h"

#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Lectern {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));

    // Lectern's own strings, then Qt's (standard buttons and dialogs), for the user's locale.
    auto *own = new QTranslator(&app);
    // English (the source language) still needs its plural forms: "1 passage", "7 passages".
    if (own->load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("lectern_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runApplication(int argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/lectern/icons/lectern.svg")));
    if (const ColourScheme scheme = savedColourScheme(); scheme != ColourScheme::System)
        applyColourScheme(scheme);
    MainWindow window;
    window.show();
    window.offerRecovery();
    window.openFiles(QApplication::arguments().mid(1));
    return app.exec();
}

} // namespace Lectern
