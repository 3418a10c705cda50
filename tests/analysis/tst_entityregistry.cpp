// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entityregistry.h"

#include <QTest>

using namespace Lectern;

class TestEntityRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableHasIsoCountries();
    void curatedAliases_data();
    void curatedAliases();
    void tableParsing();
    void peopleLinkWithinAText();
    void ambiguousSurnameIsNotGuessed();
};

void TestEntityRegistry::builtInTableHasIsoCountries()
{
    const EntityRegistry &registry = EntityRegistry::builtIn();
    // iso-codes lists 249 countries; each contributes at least one name.
    QVERIFY2(registry.size() > 400, qPrintable(QString::number(registry.size())));
    QCOMPARE(registry.canonical(EntityType::Place, u"Viet Nam"), QStringLiteral("Vietnam"));
    QCOMPARE(registry.canonical(EntityType::Place, u"Bolivarian Republic of Venezuela"), QStringLiteral("Venezuela"));
    QCOMPARE(registry.canonical(EntityType::Place, u"Kazakhstan"), QStringLiteral("Kazakhstan"));
    QVERIFY(registry.canonical(EntityType::Person, u"Kazakhstan").isEmpty());
    QVERIFY(registry.canonical(EntityType::Place, u"Atlantis").isEmpty());
}

void TestEntityRegistry::curatedAliases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("ROK") << QStringLiteral("ROK") << QStringLiteral("Republic of Korea");
    QTest::newRow("South Korea") << QStringLiteral("South Korea") << QStringLiteral("Republic of Korea");
    QTest::newRow("iso name reordered") << QStringLiteral("Republic of Korea") << QStringLiteral("Republic of Korea");
    QTest::newRow("U.S.") << QStringLiteral("U.S.") << QStringLiteral("United States");
    QTest::newRow("official name") << QStringLiteral("United States of America") << QStringLiteral("United States");
    QTest::newRow("typographic apostrophe") << QStringLiteral("Democratic People\u2019s Republic of Korea")
                                            << QStringLiteral("Democratic People's Republic of Korea");
    QTest::newRow("extra spaces") << QStringLiteral("South   Korea") << QStringLiteral("Republic of Korea");
}

void TestEntityRegistry::curatedAliases()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    QCOMPARE(EntityRegistry::builtIn().canonical(EntityType::Place, name), canonical);
}

void TestEntityRegistry::tableParsing()
{
    const EntityRegistry registry
        = EntityRegistry::fromTable(u"# comment\norganization\tNorth Atlantic Treaty Organization\tNATO|OTAN\nnonsense "
                                    u"line\nplanet\tMars\tRed Planet\n");
    QCOMPARE(
        registry.canonical(EntityType::Organization, u"OTAN"), QStringLiteral("North Atlantic Treaty Organization"));
    QCOMPARE(registry.canonical(EntityType::Organization, u"North Atlantic Treaty Organization"),
        QStringLiteral("North Atlantic Treaty Organization"));
    QVERIFY(registry.canonical(EntityType::Place, u"Red Planet").isEmpty());
    QCOMPARE(registry.size(), 3);
}

void TestEntityRegistry::peopleLinkWithinAText()
{
    const QString text = QStringLiteral("Antony Blinken met Park Jin. Blinken and Park spoke. Later Blinken left.");
    QList<EntityMention> mentions;
    auto add = [&](const QString &name, qsizetype from) {
        const qsizetype start = text.indexOf(name, from);
        mentions.append({{start, start + name.size()}, EntityType::Person, name, {}});
    };
    add(QStringLiteral("Antony Blinken"), 0);
    add(QStringLiteral("Park Jin"), 0);
    add(QStringLiteral("Park"), 30);
    resolveMentions(text, mentions, EntityRegistry::builtIn());
    QStringList seen;
    for (const EntityMention &mention : mentions)
        seen << mention.text + u'=' + mention.canonical;
    // The two untitled "Blinken" are found and linked; "Park" links to "Park Jin".
    QCOMPARE(seen,
        QStringList({QStringLiteral("Antony Blinken=Antony Blinken"), QStringLiteral("Park Jin=Park Jin"),
            QStringLiteral("Blinken=Antony Blinken"), QStringLiteral("Park=Park Jin"),
            QStringLiteral("Blinken=Antony Blinken")}));
}

void TestEntityRegistry::ambiguousSurnameIsNotGuessed()
{
    const QString text = QStringLiteral("John Smith and Jane Smith came. Smith spoke.");
    QList<EntityMention> mentions;
    for (const QString &name : {QStringLiteral("John Smith"), QStringLiteral("Jane Smith")}) {
        const qsizetype start = text.indexOf(name);
        mentions.append({{start, start + name.size()}, EntityType::Person, name, {}});
    }
    resolveMentions(text, mentions, EntityRegistry::builtIn());
    QCOMPARE(mentions.size(), 3);
    QCOMPARE(mentions.last().text, QStringLiteral("Smith"));
    QCOMPARE(mentions.last().canonical, QStringLiteral("Smith"));
}

QTEST_GUILESS_MAIN(TestEntityRegistry)
#include "tst_entityregistry.moc"
