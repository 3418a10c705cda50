// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Lectern {

PdfAttachment projectAttachment(const PdfExportOptions &options, const QString &description)
{
    PdfAttachment attachment;
    if (options.projectFile.isEmpty())
        return attachment;
    attachment.data = options.projectFile;
    attachment.fileName = options.projectFileName.isEmpty() ? u"project.lectern"_s : options.projectFileName;
    attachment.description = description;
    attachment.mimeType = u"application/x-lectern-project"_s; // as the .desktop file declares
    attachment.modified = QDateTime::currentDateTimeUtc();
    return attachment;
}

bool copyInto(const QString &fileName, QSaveFile &out, const QString &outputFile, QString *error)
{
    QFile result(fileName);
    if (!result.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Lectern::PdfExporter", "Cannot read the annotated PDF back: %1")
                     .arg(result.errorString());
        out.cancelWriting();
        return false;
    }
    while (!result.atEnd()) {
        const QByteArray chunk = result.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            *error = QCoreApplication::translate("Lectern::PdfExporter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(outputFile), out.errorString());
            out.cancelWriting();
            return false;
        }
    }
    return true;
}

} // namespace Lectern
