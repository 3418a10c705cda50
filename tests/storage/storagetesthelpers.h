// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace Lectern::StorageTest {

/// A deterministic project of \a statements statements of about \a charactersEach characters
/// each, with codes, annotations, a correction and a memo: the same seed gives the same project
/// (and the same file bytes) in every process.
inline void fillLargeProject(Project &project, quint32 seed, int statements, qsizetype charactersEach)
{
    static constexpr std::array<const char16_t *, 16> words {u"alliance", u"Republic", u"of", u"Korea", u"said", u"“we",
        u"stand", u"together”", u"Secretary", u"statement", u"security", u"한국어", u"𝔸𝕝𝕝𝕚𝕒𝕟𝕔𝕖", u"the", u"and",
        u"Pacific"};
    QRandomGenerator random(seed);
    auto uuid = [&random] {
        QUuid id;
        id.data1 = random.generate();
        id.data2 = quint16(random.generate());
        id.data3 = quint16(0x4000 | (random.generate() & 0x0fff));
        for (uchar &b : id.data4)
            b = uchar(random.generate());
        return id;
    };

    QList<Code> codes;
    for (int i = 0; i < 5; ++i)
        codes.append(Code {uuid(), QStringLiteral("Code %1 of seed %2").arg(i).arg(seed),
            QColor::fromRgb(random.generate()), QStringLiteral("Description %1").arg(i), QUuid()});

    QList<Document> documents;
    QList<Annotation> annotations;
    documents.reserve(statements);
    for (int i = 0; i < statements; ++i) {
        Document d;
        d.id = uuid();
        d.title = QStringLiteral("Statement %1 (seed %2)").arg(i).arg(seed);
        d.sourcePath = QStringLiteral("/statements/seed-%1/statement-%2.txt").arg(seed).arg(i);
        d.format = Document::Format::PlainText;
        d.text.reserve(charactersEach + 32);
        int wordsInParagraph = 0;
        while (d.text.size() < charactersEach) {
            d.text += QStringView(words[random.bounded(int(words.size()))]);
            if (++wordsInParagraph == 120) {
                d.text += QStringLiteral(".\n\n");
                wordsInParagraph = 0;
            } else {
                d.text += u' ';
            }
        }
        for (int a = 0; a < 10; ++a) {
            Annotation annotation;
            annotation.id = uuid();
            annotation.documentId = d.id;
            annotation.start = random.bounded(d.text.size() - 100);
            annotation.end = annotation.start + 1 + random.bounded(99);
            if (a % 3 != 0)
                annotation.codeIds = {codes.at(a % codes.size()).id};
            annotation.note = QStringLiteral("Note %1 on statement %2").arg(a).arg(i);
            annotation.author = QStringLiteral("analyst");
            annotations.append(annotation);
        }
        documents.append(std::move(d));
    }
    const QList<EntityCorrection> corrections {{uuid(), EntityCorrection::Kind::AddAlias, QStringLiteral("ROK"),
        QStringLiteral("Republic of Korea"), EntityType::Place}};
    // One memo only: QHash's order differs between processes, and the child's bytes must match.
    const QHash<QUuid, QString> memos {{QUuid(), QStringLiteral("Seed %1 project memo").arg(seed)}};
    project.reset(std::move(documents), std::move(codes), std::move(annotations), corrections, memos);
}

/// Empty when the two projects hold the same work, else what differs first.
inline QString projectDifference(const Project &actual, const Project &expected)
{
    if (actual.documents().size() != expected.documents().size())
        return QStringLiteral("%1 statements instead of %2")
            .arg(actual.documents().size())
            .arg(expected.documents().size());
    for (qsizetype i = 0; i < expected.documents().size(); ++i) {
        if (!(actual.documents().at(i) == expected.documents().at(i)))
            return QStringLiteral("statement %1 (%2) differs").arg(i).arg(expected.documents().at(i).sourcePath);
    }
    if (actual.codes() != expected.codes())
        return QStringLiteral("the codes differ");
    if (actual.annotations() != expected.annotations())
        return QStringLiteral("the annotations differ");
    if (actual.entityCorrections() != expected.entityCorrections())
        return QStringLiteral("the entity corrections differ");
    if (actual.memos() != expected.memos())
        return QStringLiteral("the memos differ");
    return {};
}

} // namespace Lectern::StorageTest
