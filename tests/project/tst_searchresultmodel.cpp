// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"
#include "project/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Lectern;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private:
    static Document statement(const QString &title, const QString &text)
    {
        Document d;
        d.title = title;
        d.text = text;
        return d;
    }

    static QString matchShown(const SearchResultModel &model, int row)
    {
        const QModelIndex context = model.index(row, SearchResultModel::ContextColumn);
        return context.data().toString().mid(context.data(SearchResultModel::ContextMatchStartRole).toLongLong(),
            context.data(SearchResultModel::ContextMatchLengthRole).toLongLong());
    }

private Q_SLOTS:
    void everyStatementInOrder()
    {
        Project project;
        const QUuid first = project.addDocument(statement(QStringLiteral("First"),
            QStringLiteral("The alliance is strong.\nThe Alliance endures.\n\nAlliances matter.")));
        project.addDocument(statement(QStringLiteral("Nothing here"), QStringLiteral("No match in this one.")));
        const QUuid third = project.addDocument(statement(QStringLiteral("Third"), QStringLiteral("An alliance.")));

        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY(model.search(project, QStringLiteral("alliance"), {}, &error));
        QVERIFY(error.isEmpty());
        // Case-insensitive by default, and not whole words: "Alliances" matches too.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.matchCount(), 4);
        QCOMPARE(model.statementCount(), 2);
        QVERIFY(!model.isTruncated());

        QCOMPARE(model.index(0, SearchResultModel::StatementColumn).data().toString(), QStringLiteral("First"));
        QCOMPARE(model.index(0, SearchResultModel::LineColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, SearchResultModel::LineColumn).data().toInt(), 2);
        QCOMPARE(model.index(2, SearchResultModel::LineColumn).data().toInt(), 4);
        QCOMPARE(model.index(3, SearchResultModel::StatementColumn).data().toString(), QStringLiteral("Third"));
        QCOMPARE(model.index(3, 0).data(SearchResultModel::DocumentIdRole).toUuid(), third);
        const QModelIndex second = model.index(1, SearchResultModel::ContextColumn);
        QCOMPARE(second.data(SearchResultModel::DocumentIdRole).toUuid(), first);
        const qsizetype start = second.data(SearchResultModel::StartRole).toLongLong();
        const qsizetype end = second.data(SearchResultModel::EndRole).toLongLong();
        QCOMPARE(project.document(first)->text.mid(start, end - start), QStringLiteral("Alliance"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(matchShown(model, row).toLower(), QStringLiteral("alliance"));
        // The context is one line: the line breaks around the match are spaces.
        QCOMPARE(second.data().toString(),
            QStringLiteral("The alliance is strong. The Alliance endures. Alliances matter."));

        // Whole words and case, as in the find bar.
        QVERIFY(model.search(project, QStringLiteral("alliance"), {true, true, false}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.statementCount(), 2);
        QVERIFY(model.search(project, QStringLiteral("^alliances?"), {false, false, true}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SearchResultModel::LineColumn).data().toInt(), 4);
    }

    void invalidRegularExpression()
    {
        Project project;
        project.addDocument(statement(QStringLiteral("One"), QStringLiteral("alliance")));
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.search(project, QStringLiteral("alliance"), {}));
        QCOMPARE(model.rowCount(), 1);
        QString error;
        QVERIFY(!model.search(project, QStringLiteral("(alliance"), {false, false, true}, &error));
        QVERIFY2(error.contains(u"Invalid regular expression"), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
        // An empty pattern clears the results without an error.
        QVERIFY(model.search(project, QString(), {}, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void longContextsAndTheRowLimit()
    {
        Project project;
        QString text;
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("word %1 alliance \U0001D538\U0001D538 filler text that goes on and on. ").arg(i);
        project.addDocument(statement(QStringLiteral("Long"), text));
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRowLimit(100);
        QVERIFY(model.search(project, QStringLiteral("alliance"), {}));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.matchCount(), 300);
        QVERIFY(model.isTruncated());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString context = model.index(row, SearchResultModel::ContextColumn).data().toString();
            QVERIFY(context.size() <= 2 * SearchResultModel::ContextCharacters + 10);
            QCOMPARE(matchShown(model, row), QStringLiteral("alliance"));
            // No context begins or ends inside a surrogate pair.
            QVERIFY(!context.front().isLowSurrogate());
            QVERIFY(!context.back().isHighSurrogate());
        }
        QVERIFY(model.index(50, SearchResultModel::ContextColumn).data().toString().startsWith(u'\u2026'));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
