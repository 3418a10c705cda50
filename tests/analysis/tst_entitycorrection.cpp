// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/recognizer.h"

#include <QTest>

using namespace Lectern;

namespace {

const QString Text = QStringLiteral("The ROK and the Republic of Korea met Kirbyco. Seoul agreed. "
                                    "\u201CWe are ready,\u201D said Jake Sullivan. The Quad met in Tokyo.");

EntityCorrection correction(EntityCorrection::Kind kind, const QString &text, const QString &target, EntityType type)
{
    return {QUuid::createUuid(), kind, text, target, type};
}

QStringList mentionList(const AnalysisResult &result)
{
    QStringList list;
    for (const EntityMention &m : result.entities)
        list << m.text + u'/' + entityTypeName(m.type) + u'/' + m.canonical;
    return list;
}

} // namespace

class TestEntityCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addEntity();
    void addEntityMakesASpeaker();
    void addEntityInsideQuoteMarks();
    void addAlias();
    void changeType();
    void merge();
    void notAnEntity();
    void appliedInOrder();
};

void TestEntityCorrection::addEntity()
{
    QVERIFY(!mentionList(Recognizer().analyze(Text)).join(u' ').contains(QStringLiteral("Kirbyco")));
    const AnalysisResult result = Recognizer().analyze(
        Text, {correction(EntityCorrection::Kind::AddEntity, QStringLiteral("Kirbyco"), {}, EntityType::Organization)});
    QVERIFY2(mentionList(result).contains(QStringLiteral("Kirbyco/organization/Kirbyco")),
        qPrintable(mentionList(result).join(u'\n')));
}

void TestEntityCorrection::addEntityMakesASpeaker()
{
    const QString text = QStringLiteral("The talks ended late. \u201CWe are ready,\u201D Sullivan remarked.");
    const AnalysisResult plain = Recognizer().analyze(text);
    QVERIFY(plain.quotes.first().speaker);
    QCOMPARE(plain.quotes.first().speaker->canonical, QStringLiteral("Sullivan"));
    const AnalysisResult result = Recognizer().analyze(text,
        {correction(EntityCorrection::Kind::AddAlias, QStringLiteral("Sullivan"), QStringLiteral("Jake Sullivan"),
            EntityType::Person)});
    QCOMPARE(result.quotes.size(), 1);
    QVERIFY(result.quotes.first().speaker);
    QCOMPARE(result.quotes.first().speaker->text, QStringLiteral("Sullivan"));
    QCOMPARE(result.quotes.first().speaker->canonical, QStringLiteral("Jake Sullivan"));
}

void TestEntityCorrection::addEntityInsideQuoteMarks()
{
    // A name in quote marks is taken for a title, not a person, unless the user says otherwise.
    const QString text = QStringLiteral("The band played \u201CJohn Henry\u201D at the dinner.");
    QVERIFY(!mentionList(Recognizer().analyze(text)).join(u' ').contains(QStringLiteral("John Henry")));
    const AnalysisResult result = Recognizer().analyze(
        text, {correction(EntityCorrection::Kind::AddEntity, QStringLiteral("John Henry"), {}, EntityType::Person)});
    QVERIFY2(mentionList(result).contains(QStringLiteral("John Henry/person/John Henry")),
        qPrintable(mentionList(result).join(u'\n')));
}

void TestEntityCorrection::addAlias()
{
    const AnalysisResult result = Recognizer().analyze(Text,
        {correction(EntityCorrection::Kind::AddAlias, QStringLiteral("Seoul"), QStringLiteral("Republic of Korea"),
            EntityType::Place)});
    QVERIFY2(mentionList(result).contains(QStringLiteral("Seoul/place/Republic of Korea")),
        qPrintable(mentionList(result).join(u'\n')));
}

void TestEntityCorrection::changeType()
{
    const AnalysisResult result = Recognizer().analyze(
        Text, {correction(EntityCorrection::Kind::ChangeType, QStringLiteral("Quad"), {}, EntityType::Agreement)});
    QVERIFY2(mentionList(result).contains(QStringLiteral("Quad/agreement/Quad")),
        qPrintable(mentionList(result).join(u'\n')));
}

void TestEntityCorrection::merge()
{
    const AnalysisResult result = Recognizer().analyze(Text,
        {correction(EntityCorrection::Kind::Merge, QStringLiteral("Tokyo"), QStringLiteral("Republic of Korea"),
            EntityType::Place)});
    QVERIFY2(mentionList(result).contains(QStringLiteral("Tokyo/place/Republic of Korea")),
        qPrintable(mentionList(result).join(u'\n')));
}

void TestEntityCorrection::notAnEntity()
{
    QVERIFY(mentionList(Recognizer().analyze(Text)).contains(QStringLiteral("Quad/organization/Quad")));
    const AnalysisResult result = Recognizer().analyze(
        Text, {correction(EntityCorrection::Kind::NotAnEntity, QStringLiteral("Quad"), {}, EntityType::Organization)});
    for (const EntityMention &m : result.entities)
        QVERIFY(m.text != QLatin1String("Quad"));
    // The spans the view colours follow the corrected list.
    for (const LexicalSpan &span : result.spans)
        QVERIFY(Text.mid(span.start, span.end - span.start) != QLatin1String("Quad"));
}

void TestEntityCorrection::appliedInOrder()
{
    // Marked as not an entity, then added back as an organisation: the later correction wins.
    const AnalysisResult result = Recognizer().analyze(Text,
        {correction(EntityCorrection::Kind::NotAnEntity, QStringLiteral("Tokyo"), {}, EntityType::Place),
            correction(EntityCorrection::Kind::AddEntity, QStringLiteral("Tokyo"), {}, EntityType::Organization)});
    QVERIFY(mentionList(result).contains(QStringLiteral("Tokyo/organization/Tokyo")));
}

QTEST_GUILESS_MAIN(TestEntityCorrection)
#include "tst_entitycorrection.moc"
