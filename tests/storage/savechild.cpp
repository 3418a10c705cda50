// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The process that tst_savekilled kills: it builds two large projects and saves them over one
// file, alternately, until it is killed (or for at most five minutes).
//
//     lectern_savechild FILE SEED_A SEED_B STATEMENTS CHARACTERS
//
// It prints "ready" once both projects are built, and "saved SEED" after each save.
#include "storage/projectfile.h"
#include "storagetesthelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: lectern_savechild FILE SEED_A SEED_B STATEMENTS CHARACTERS\n");
        return 2;
    }
    const QString fileName = args.at(1);
    const quint32 seeds[2] = {args.at(3).toUInt(), args.at(2).toUInt()}; // B first: the file holds A
    const int statements = args.at(4).toInt();
    const qsizetype characters = args.at(5).toLongLong();

    Project projects[2];
    for (int i = 0; i < 2; ++i)
        StorageTest::fillLargeProject(projects[i], seeds[i], statements, characters);
    std::printf("ready\n");
    std::fflush(stdout);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; timer.elapsed() < 5 * 60 * 1000; i = 1 - i) {
        ProjectFile file;
        if (!file.save(projects[i], fileName)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(file.errorString()));
            return 1;
        }
        std::printf("saved %u\n", seeds[i]);
        std::fflush(stdout);
    }
    return 0;
}
