// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotetablemodel.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QuoteTableModel::QuoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteTableModel::setQuotes(
    const QUuid &documentId, const QString &title, const QString &text, const QList<QuoteSpan> &quotes)
{
    removeDocument(documentId);
    if (quotes.isEmpty())
        return;
    QList<Row> rows;
    int line = 1;
    qsizetype counted = 0;
    for (const QuoteSpan &quote : quotes) {
        line += int(QStringView(text).mid(counted, quote.range.start - counted).count(u'\n'));
        counted = quote.range.start;
        Row row;
        row.documentId = documentId;
        row.statement = title;
        row.quote = quote.text.simplified();
        if (quote.speaker) {
            row.speaker = quote.speaker->canonical;
            row.speakerMention = quote.speaker->text.simplified();
        }
        row.start = quote.range.start;
        row.end = quote.range.end;
        row.line = line;
        rows.append(row);
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void QuoteTableModel::removeDocument(const QUuid &documentId)
{
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (m_rows.at(i).documentId != documentId) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && m_rows.at(first - 1).documentId == documentId)
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
}

void QuoteTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteTableModel::cell(const Row &row, int column) const
{
    switch (column) {
    case QuoteColumn:
        return row.quote;
    case SpeakerColumn:
        return row.speaker;
    case StatementColumn:
        return row.statement;
    case PositionColumn:
        return QCoreApplication::translate("Lectern::QuoteTableModel", "line %1").arg(row.line);
    default:
        return {};
    }
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SpeakerColumn && row.speaker.isEmpty())
            return QCoreApplication::translate("Lectern::QuoteTableModel", "(unknown)");
        return cell(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SpeakerColumn && !row.speakerMention.isEmpty() && row.speakerMention != row.speaker)
            return QCoreApplication::translate("Lectern::QuoteTableModel", "“%1” in the text").arg(row.speakerMention);
        return index.column() == QuoteColumn ? QVariant(row.quote) : QVariant();
    case SortRole:
        // Positions sort within their statement, statements by title.
        return index.column() == PositionColumn
            ? QVariant(row.statement + u'\x1f' + QStringLiteral("%1").arg(row.start, 12, 10, QLatin1Char('0')))
            : QVariant(cell(row, index.column()));
    case DocumentIdRole:
        return row.documentId;
    case StartRole:
        return qlonglong(row.start);
    case EndRole:
        return qlonglong(row.end);
    default:
        return {};
    }
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return QCoreApplication::translate("Lectern::QuoteTableModel", "Quotation");
    case SpeakerColumn:
        return QCoreApplication::translate("Lectern::QuoteTableModel", "Speaker");
    case StatementColumn:
        return QCoreApplication::translate("Lectern::QuoteTableModel", "Statement");
    case PositionColumn:
        return QCoreApplication::translate("Lectern::QuoteTableModel", "Position");
    default:
        return {};
    }
}

QString QuoteTableModel::toCsv(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << csvField(headerData(column, Qt::Horizontal).toString());
    header << csvField(QCoreApplication::translate("Lectern::QuoteTableModel", "Speaker in the text"));
    lines << header.join(u',');
    QList<int> order = rows;
    if (order.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i)
            order << i;
    }
    for (int i : std::as_const(order)) {
        const Row &row = m_rows.at(i);
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << csvField(cell(row, column));
        fields << csvField(row.speakerMention);
        lines << fields.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace Lectern
