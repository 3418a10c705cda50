// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "lecternapplication.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    if (Lectern::isCommandLineInvocation(argc, argv)) {
        // The verbs never show a window; they must run without a display too.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("lectern"));
        QGuiApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
        return Lectern::runCommandLine(QGuiApplication::arguments());
    }
    return Lectern::runApplication(argc, argv);
}
