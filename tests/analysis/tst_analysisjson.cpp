// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjson.h"
#include "analysis/recognizer.h"

#include <QJsonArray>
#include <QTest>

using namespace Lectern;

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePointOffsets();
    void shape();
};

void TestAnalysisJson::codePointOffsets()
{
    // U+1F600 takes two UTF-16 units and one code point.
    const QString text = QStringLiteral("a\U0001F600b\U0001F600c");
    const CodePointOffsets offset(text);
    QCOMPARE(offset(0), 0);
    QCOMPARE(offset(1), 1);
    QCOMPARE(offset(3), 2); // 'b'
    QCOMPARE(offset(6), 4); // 'c'
    QCOMPARE(offset(text.size()), 5);
}

void TestAnalysisJson::shape()
{
    const QString text = QStringLiteral("\U0001F600 Secretary of State Antony Blinken spoke. \u201CWe stand with "
                                        "Ukraine,\u201D Blinken said. A \u201Cso-called\u201D vote.");
    const QJsonObject json = analysisToJson(QStringLiteral("x.txt"), text, Recognizer().analyze(text));
    QCOMPARE(json.value(QStringLiteral("file")).toString(), QStringLiteral("x.txt"));
    const QJsonArray quotes = json.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 2); // the quotation, then the term
    const QJsonObject quote = quotes.first().toObject();
    const QList<uint> codePoints = text.toUcs4();
    auto slice = [&](const QJsonObject &o) {
        const qsizetype start = o.value(QStringLiteral("start")).toInteger();
        const qsizetype end = o.value(QStringLiteral("end")).toInteger();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
    };
    QCOMPARE(slice(quote), QStringLiteral("\u201CWe stand with Ukraine,\u201D"));
    QCOMPARE(quote.value(QStringLiteral("kind")).toString(), QStringLiteral("quotation"));
    const QJsonObject speaker = quote.value(QStringLiteral("speaker")).toObject();
    QCOMPARE(slice(speaker), QStringLiteral("Blinken"));
    QCOMPARE(speaker.value(QStringLiteral("canonical")).toString(), QStringLiteral("Antony Blinken"));
    const QJsonObject term = quotes.at(1).toObject();
    QCOMPARE(slice(term), QStringLiteral("\u201Cso-called\u201D"));
    QCOMPARE(term.value(QStringLiteral("kind")).toString(), QStringLiteral("term"));
    QVERIFY(term.value(QStringLiteral("speaker")).isNull());
    QVERIFY(!json.contains(QStringLiteral("terms")));
    bool sawUkraine = false;
    for (const QJsonValue &value : json.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject entity = value.toObject();
        QCOMPARE(slice(entity), entity.value(QStringLiteral("text")).toString());
        if (entity.value(QStringLiteral("text")).toString() == QLatin1String("Ukraine")) {
            sawUkraine = true;
            QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("place"));
        }
    }
    QVERIFY(sawUkraine);
    // A quote without a speaker carries an explicit null.
    const QJsonObject bare = analysisToJson(QString(), QStringLiteral("\u201CWe stand with Ukraine.\u201D"),
        Recognizer().analyze(QStringLiteral("\u201CWe stand with Ukraine.\u201D")));
    QVERIFY(
        bare.value(QStringLiteral("quotes")).toArray().first().toObject().value(QStringLiteral("speaker")).isNull());
}

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysisjson.moc"
