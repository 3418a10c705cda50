// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/searchresultmodel.h"

#include "project/project.h"

namespace Lectern {

namespace {

// Line breaks and runs of white space become one space, so that a context fits one table row.
// Space at either end is kept (as one space): the pieces of a context are joined after.
QString oneLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

// Moves \a position off the second half of a surrogate pair, so that a context never starts or
// ends inside a character.
qsizetype characterBoundary(const QString &text, qsizetype position)
{
    if (position > 0 && position < text.size() && text.at(position).isLowSurrogate())
        return position - 1;
    return position;
}

} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool SearchResultModel::search(
    const Project &project, const QString &pattern, const SearchOptions &options, QString *errorString)
{
    beginResetModel();
    m_titles.clear();
    m_rows.clear();
    m_matchCount = 0;
    m_statementCount = 0;
    bool ok = true;
    if (errorString)
        errorString->clear();
    for (const Document &document : project.documents()) {
        QString error;
        const QList<TextRange> matches = findMatches(document.text, pattern, options, &error);
        if (!error.isEmpty()) {
            if (errorString)
                *errorString = error;
            ok = false;
            m_titles.clear();
            m_rows.clear();
            m_matchCount = 0;
            m_statementCount = 0;
            break;
        }
        if (matches.isEmpty())
            continue;
        ++m_statementCount;
        m_matchCount += matches.size();
        const int statement = int(m_titles.size());
        m_titles.append(document.title);
        // Lines are counted once per statement, walking forward from match to match.
        int line = 1;
        qsizetype counted = 0;
        for (const TextRange &match : matches) {
            if (m_rows.size() >= m_rowLimit)
                break;
            line += int(QStringView(document.text).sliced(counted, match.start - counted).count(u'\n'));
            counted = match.start;
            const qsizetype from
                = characterBoundary(document.text, qMax<qsizetype>(0, match.start - ContextCharacters));
            const qsizetype to
                = characterBoundary(document.text, qMin(document.text.size(), match.end + ContextCharacters));
            const QString before = oneLine(QStringView(document.text).sliced(from, match.start - from));
            const QString matched = oneLine(QStringView(document.text).sliced(match.start, match.length()));
            const QString after = oneLine(QStringView(document.text).sliced(match.end, to - match.end));
            const QString lead = from > 0 ? QStringLiteral("\u2026") : QString();
            Row row;
            row.documentId = document.id;
            row.statement = statement;
            row.start = match.start;
            row.end = match.end;
            row.line = line;
            row.context
                = lead + before + matched + after + (to < document.text.size() ? QStringLiteral("\u2026") : QString());
            row.contextMatchStart = lead.size() + before.size();
            row.contextMatchLength = matched.size();
            m_rows.append(std::move(row));
        }
    }
    endResetModel();
    return ok;
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_titles.clear();
    m_rows.clear();
    m_matchCount = 0;
    m_statementCount = 0;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatementColumn:
            return m_titles.at(row.statement);
        case LineColumn:
            return row.line;
        case ContextColumn:
            return row.context;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DocumentIdRole:
        return row.documentId;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case ContextMatchStartRole:
        return row.contextMatchStart;
    case ContextMatchLengthRole:
        return row.contextMatchLength;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatementColumn:
        return tr("Statement");
    case LineColumn:
        return tr("Line");
    case ContextColumn:
        return tr("Match in context");
    }
    return {};
}

} // namespace Lectern
