// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/spanstyle.h"

#include "analysis/statementsyntax.h"

#include <KSyntaxHighlighting/Format>

#include <QHash>
#include <QMutex>

#include <array>

namespace Lectern {

namespace {

constexpr std::array AllKinds = {SpanKind::Quote, SpanKind::Term, SpanKind::Person, SpanKind::Place,
    SpanKind::Organization, SpanKind::Agreement, SpanKind::Event, SpanKind::Date, SpanKind::Title};

QString itemDataName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Quote:
        return QStringLiteral("Quote");
    case SpanKind::Term:
        return QStringLiteral("Term");
    case SpanKind::Person:
        return QStringLiteral("Person");
    case SpanKind::Place:
        return QStringLiteral("Place");
    case SpanKind::Organization:
        return QStringLiteral("Organization");
    case SpanKind::Agreement:
        return QStringLiteral("Agreement");
    case SpanKind::Event:
        return QStringLiteral("Event");
    case SpanKind::Date:
        return QStringLiteral("Date");
    case SpanKind::Title:
        return QStringLiteral("Title");
    }
    return {};
}

QHash<int, QTextCharFormat> makeFormats(bool dark)
{
    QHash<int, QTextCharFormat> formats;
    const KSyntaxHighlighting::Definition definition = StatementSyntax::definition();
    const KSyntaxHighlighting::Theme theme = StatementSyntax::theme(dark);
    const QList<KSyntaxHighlighting::Format> all = definition.formats();
    for (SpanKind kind : AllKinds) {
        QTextCharFormat format;
        const QString name = itemDataName(kind);
        for (const KSyntaxHighlighting::Format &candidate : all) {
            if (candidate.name() != name)
                continue;
            if (candidate.hasTextColor(theme))
                format.setForeground(candidate.textColor(theme));
            if (candidate.hasBackgroundColor(theme))
                format.setBackground(candidate.backgroundColor(theme));
            if (candidate.isBold(theme))
                format.setFontWeight(QFont::Bold);
            if (candidate.isItalic(theme))
                format.setFontItalic(true);
            if (candidate.isUnderline(theme))
                format.setFontUnderline(true);
            break;
        }
        formats.insert(int(kind), format);
    }
    return formats;
}

} // namespace

QTextCharFormat spanCharFormat(SpanKind kind, bool dark)
{
    static QMutex mutex;
    static std::array<QHash<int, QTextCharFormat>, 2> cache;
    const QMutexLocker locker(&mutex);
    QHash<int, QTextCharFormat> &formats = cache[dark ? 1 : 0];
    if (formats.isEmpty())
        formats = makeFormats(dark);
    return formats.value(int(kind));
}

} // namespace Lectern
