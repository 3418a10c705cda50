// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: ProjectFile::load on arbitrary bytes. The envelope's checksum would stop
// nearly every mutation before Boost reads it, so inputs that start with "LECTERN\0" and are not
// a valid envelope are also tried as the payload of a well-formed envelope: the archive reader
// (record versions, counts, lengths, base64 strings) gets fuzzed too.
#include "fuzzsupport.h"

#include "project/project.h"
#include "storage/envelope.h"
#include "storage/projectfile.h"

#include <QBuffer>

#include <cstring>

using namespace Lectern;

namespace {

void load(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return;
    Project project;
    ProjectFile file;
    if (!file.load(project, buffer) && file.errorString().isEmpty())
        std::abort(); // a refusal must say why
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    load(bytes);
    // The seeds are whole project files: strip their envelope, mutate the payload, put a correct
    // envelope around it again.
    if (bytes.size() >= Envelope::HeaderSize && std::memcmp(bytes.constData(), Envelope::Magic, 8) == 0)
        load(Envelope::wrap(bytes.mid(Envelope::HeaderSize)));
    return 0;
}
