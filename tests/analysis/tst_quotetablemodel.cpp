// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/quotetablemodel.h"
#include "analysis/recognizer.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Lectern;

class TestQuoteTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheStatements();
    void sortsByPosition();
    void csv();
};

void TestQuoteTableModel::rowsFollowTheStatements()
{
    QuoteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = QStringLiteral("Secretary of State Antony Blinken spoke.\n\u201CWe stand with Ukraine,\u201D "
                                         "Blinken said.\n\u201CAnd we always will.\u201D\n");
    const QString second = QStringLiteral("\u201CNo comment.\u201D\n");
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    model.setQuotes(a, QStringLiteral("First"), first, Recognizer().analyze(first).quotes);
    model.setQuotes(b, QStringLiteral("Second"), second, Recognizer().analyze(second).quotes);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, QuoteTableModel::SpeakerColumn).data().toString(), QStringLiteral("Antony Blinken"));
    QCOMPARE(model.index(0, QuoteTableModel::PositionColumn).data().toString(), QStringLiteral("line 2"));
    QCOMPARE(model.index(2, QuoteTableModel::StatementColumn).data().toString(), QStringLiteral("Second"));
    QCOMPARE(model.index(2, QuoteTableModel::SpeakerColumn).data().toString(), QStringLiteral("(unknown)"));
    const qsizetype start = model.index(0, 0).data(QuoteTableModel::StartRole).toLongLong();
    const qsizetype end = model.index(0, 0).data(QuoteTableModel::EndRole).toLongLong();
    QCOMPARE(first.mid(start, end - start), QStringLiteral("\u201CWe stand with Ukraine,\u201D"));
    QCOMPARE(model.index(0, 0).data(QuoteTableModel::DocumentIdRole).toUuid(), a);

    // Re-analysing a statement replaces its rows; removing it removes them.
    model.setQuotes(a, QStringLiteral("First"), first, {});
    QCOMPARE(model.rowCount(), 1);
    model.setQuotes(a, QStringLiteral("First"), first, Recognizer().analyze(first).quotes);
    QCOMPARE(model.rowCount(), 3);
    model.removeDocument(b);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestQuoteTableModel::sortsByPosition()
{
    QuoteTableModel model;
    QString text;
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Paragraph %1 of the statement.\n\u201CQuote number %1 is here.\u201D\n").arg(i);
    model.setQuotes(QUuid::createUuid(), QStringLiteral("S"), text, Recognizer().analyze(text).quotes);
    QCOMPARE(model.rowCount(), 12);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(QuoteTableModel::SortRole);
    proxy.sort(QuoteTableModel::PositionColumn, Qt::DescendingOrder);
    // Numeric, not text, order: "line 24" comes before "line 4".
    QCOMPARE(proxy.index(0, QuoteTableModel::PositionColumn).data().toString(), QStringLiteral("line 24"));
    QCOMPARE(proxy.index(11, QuoteTableModel::PositionColumn).data().toString(), QStringLiteral("line 2"));
}

void TestQuoteTableModel::csv()
{
    QuoteTableModel model;
    const QString text
        = QStringLiteral("Secretary Blinken spoke.\n\u201CWe said \"yes\", then left,\u201D said Secretary Blinken.\n");
    model.setQuotes(QUuid::createUuid(), QStringLiteral("A, B"), text, Recognizer().analyze(text).quotes);
    const QString csv = model.toCsv();
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one row, and the empty string after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Quotation,Speaker,Statement,Position,Speaker in the text"));
    QCOMPARE(lines.at(1),
        QStringLiteral("\"\u201CWe said \"\"yes\"\", then left,\u201D\",Blinken,\"A, B\",line 2,Secretary Blinken"));
    QVERIFY(lines.at(2).isEmpty());
}

QTEST_GUILESS_MAIN(TestQuoteTableModel)
#include "tst_quotetablemodel.moc"
