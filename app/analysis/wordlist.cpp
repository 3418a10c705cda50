// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordlist.h"

#include <QFile>
#include <QLoggingCategory>

namespace Lectern {

namespace {

Q_LOGGING_CATEGORY(lcWordList, "lectern.analysis")

} // namespace

QStringList gazetteerEntries(const QString &fileName)
{
    QStringList entries;
    QFile file(QStringLiteral(":/lectern/gazetteers/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcWordList) << "cannot read the word list" << file.fileName();
        return entries;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            entries.append(line.toString());
    }
    return entries;
}

QSet<QString> gazetteerWordSet(const QString &fileName)
{
    const QStringList entries = gazetteerEntries(fileName);
    return QSet<QString>(entries.cbegin(), entries.cend());
}

QSet<QString> capitalisedWords(const QStringList &entries)
{
    QSet<QString> words;
    for (const QString &entry : entries) {
        for (QStringView word : QStringView(entry).split(u' ', Qt::SkipEmptyParts)) {
            if (word.front().isUpper())
                words.insert(word.toString());
        }
    }
    return words;
}

QSet<QString> lastWords(const QStringList &entries)
{
    QSet<QString> words;
    for (const QString &entry : entries)
        words.insert(entry.section(u' ', -1, -1, QString::SectionSkipEmpty));
    return words;
}

} // namespace Lectern
