// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: DocumentImporter::importData on arbitrary bytes, under the name of every
// kind of statement Lectern opens, so each input reaches the text decoder, the Markdown and HTML
// readers and poppler with Lectern's PDF layout.
#include "fuzzsupport.h"

#include "document/documentimporter.h"

#include <cstdlib>

using namespace Lectern;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    for (const char *name : {"statement.txt", "statement.md", "statement.html", "statement.pdf"}) {
        DocumentImporter importer;
        Document document;
        if (importer.importData(bytes, QString::fromLatin1(name), &document)) {
            // Offsets into the text must stay inside it.
            for (const PageSpan &span : std::as_const(document.pageSpans)) {
                if (span.start < 0 || span.start > span.end || span.end > document.text.size())
                    std::abort();
            }
        } else if (importer.errorString().isEmpty()) {
            std::abort(); // a refusal must say why
        }
    }
    return 0;
}
