// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: Recognizer::analyze on arbitrary bytes read as UTF-8, as the window analyses
// an imported statement, checked against tests/analysis/analysisinvariants.h (every range inside the text,
// every reported text its slice).
#include "analysisinvariants.h"
#include "fuzzsupport.h"

#include "analysis/recognizer.h"

#include <cstdio>
#include <cstdlib>

using namespace Lectern;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Recognizer recognizer;
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString broken = TestSupport::analysisError(text, recognizer.analyze(text));
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "broken: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
