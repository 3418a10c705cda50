// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `lectern project new|code|info`, run as a user would.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class TestProjectVerbs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newCodeInfo();
    void infoOfACodeTree();
    void errorsLeaveTheProjectAlone_data();
    void errorsLeaveTheProjectAlone();

private:
    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments);
    static QByteArray hashOf(const QString &fileName);
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_statements;
};

TestProjectVerbs::Result TestProjectVerbs::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("lectern did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray TestProjectVerbs::hashOf(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestProjectVerbs::initTestCase()
{
    m_statements << QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt");
    const QString second = m_dir.filePath(QStringLiteral("second.md"));
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Second statement\n\nThe Republic of Korea and Japan met. \xE2\x80\x9CWe agree,\xE2\x80\x9D said "
               "Foreign Minister Park Jin.\n");
    file.close();
    m_statements << second;
    m_project = m_dir.filePath(QStringLiteral("batch.lectern"));
}

void TestProjectVerbs::newCodeInfo()
{
    Result r = run(QStringList {QStringLiteral("project"), QStringLiteral("new"), m_project} + m_statements);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("5 quotations"));
    QVERIFY(QFile::exists(m_project));

    // Without --force an existing project is not replaced.
    const QByteArray before = hashOf(m_project);
    r = run(QStringList {QStringLiteral("project"), QStringLiteral("new"), m_project} + m_statements);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    QCOMPARE(hashOf(m_project), before);

    r = run({QStringLiteral("project"), QStringLiteral("code"), m_project, QStringLiteral("--code"),
        QStringLiteral("Korea"), QStringLiteral("--pattern"), QStringLiteral("Republic\\s+of\\s+Korea|\\bROK\\b"),
        QStringLiteral("--note"), QStringLiteral("ally"), QStringLiteral("--color"), QStringLiteral("#3366cc")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Coded 7 passages"), r.out.constData()); // 6 in the sample, 1 in the second

    r = run({QStringLiteral("project"), QStringLiteral("info"), m_project, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    const QJsonArray documents = info.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Second statement"));
    QCOMPARE(documents.at(0).toObject().value(QStringLiteral("annotations")).toInt(), 6);
    const QJsonArray codes = info.value(QStringLiteral("codes")).toArray();
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Korea"));
    QCOMPARE(codes.first().toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#3366cc"));
    QCOMPARE(codes.first().toObject().value(QStringLiteral("annotations")).toInt(), 7);
    QVERIFY(codes.first().toObject().value(QStringLiteral("parent")).isNull()); // a top-level code
    QCOMPARE(info.value(QStringLiteral("annotations")).toInt(), 7);

    // Coding again changes nothing: every match already carries the code.
    r = run({QStringLiteral("project"), QStringLiteral("code"), m_project, QStringLiteral("--code"),
        QStringLiteral("Korea"), QStringLiteral("--pattern"), QStringLiteral("Republic\\s+of\\s+Korea")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Coded 0 passages"), r.out.constData());

    r = run({QStringLiteral("project"), QStringLiteral("info"), m_project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("2 statements, 1 code, 7 annotations"), r.out.constData());
}

void TestProjectVerbs::infoOfACodeTree()
{
    // The golden project of the storage tests: Alliance > Colourless > Deep, and Top; one
    // annotation carries Top, Alliance and Deep, one no code, one Colourless.
    const QString project = m_dir.filePath(QStringLiteral("tree.lectern"));
    QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/storage/v1-code2-annotation2-tree.lectern"), project));
    Result r = run({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    const QJsonArray codes = info.value(QStringLiteral("codes")).toArray();
    QStringList names;
    QList<int> counts;
    for (const QJsonValue &code : codes) {
        names << code.toObject().value(QStringLiteral("name")).toString();
        counts << code.toObject().value(QStringLiteral("annotations")).toInt();
    }
    // Depth first; an annotation with several codes counts for each.
    QCOMPARE(names,
        (QStringList {QStringLiteral("Alliance 동맹"), QStringLiteral("Colourless"), QStringLiteral("Deep 깊은"),
            QStringLiteral("Top")}));
    QCOMPARE(counts, (QList<int> {1, 1, 1, 1}));
    QVERIFY(codes.at(0).toObject().value(QStringLiteral("parent")).isNull());
    QCOMPARE(codes.at(2).toObject().value(QStringLiteral("parent")).toString(),
        codes.at(1).toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(info.value(QStringLiteral("annotations")).toInt(), 3);
    QCOMPARE(info.value(QStringLiteral("uncodedAnnotations")).toInt(), 1);

    r = run({QStringLiteral("project"), QStringLiteral("info"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\n      code Deep"), r.out.constData()); // indented by depth
}

void TestProjectVerbs::errorsLeaveTheProjectAlone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString project = QStringLiteral("PROJECT");
    QTest::newRow("bad regex") << QStringList {QStringLiteral("code"), project, QStringLiteral("--code"),
        QStringLiteral("X"), QStringLiteral("--pattern"), QStringLiteral("Kore(a")}
                               << QByteArray("--pattern");
    QTest::newRow("no code") << QStringList {QStringLiteral("code"), project, QStringLiteral("--pattern"),
        QStringLiteral("Korea")}
                             << QByteArray("--code");
    QTest::newRow("bad colour") << QStringList {QStringLiteral("code"), project, QStringLiteral("--code"),
        QStringLiteral("X"), QStringLiteral("--pattern"), QStringLiteral("Korea"), QStringLiteral("--color"),
        QStringLiteral("chartreusy")}
                                << QByteArray("--color");
    QTest::newRow("missing statement") << QStringList {QStringLiteral("new"), QStringLiteral("--force"), project,
        QStringLiteral("/nonexistent/x.txt")}
                                       << QByteArray("nothing written");
    QTest::newRow("unknown sub-verb") << QStringList {QStringLiteral("frobnicate"), project}
                                      << QByteArray("unknown project command");
}

void TestProjectVerbs::errorsLeaveTheProjectAlone()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    if (!QFile::exists(m_project))
        QVERIFY(run(QStringList {QStringLiteral("project"), QStringLiteral("new"), m_project} + m_statements).exitCode
            == 0);
    arguments.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    const QByteArray before = hashOf(m_project);
    const Result r = run(QStringList {QStringLiteral("project")} + arguments);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(hashOf(m_project), before);
}

QTEST_GUILESS_MAIN(TestProjectVerbs)
#include "tst_projectverbs.moc"
