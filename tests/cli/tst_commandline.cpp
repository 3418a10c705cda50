// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void analyzeJsonSlicesTheFile();
    void analyzeJsonCodePointOffsets();
    void exportPdf();
    void exportCombinedPdf();
    void errorsGoToStderr_data();
    void errorsGoToStderr();
    void koreanLocale();

private:
    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments);
    static QString codePointSlice(const QString &text, qsizetype start, qsizetype end);
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCommandLine::initTestCase()
{
    m_sample = QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt");
    QVERIFY(QFile::exists(m_sample));
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.lectern")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("This is a shopping list, not a project.\n");
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the verbs must choose offscreen by themselves
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("lectern did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestCommandLine::codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    if (start < 0 || end > ucs4.size() || start > end)
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + start), end - start);
}

void TestCommandLine::helpAndVersion()
{
    Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("analyze"));
    QVERIFY(help.out.contains("export-pdf"));
    Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("lectern " LECTERN_VERSION_STRING));
}

void TestCommandLine::analyzeJsonSlicesTheFile()
{
    const Result r = run({QStringLiteral("analyze"), QStringLiteral("--json"), m_sample});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(lines.first(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QStringLiteral("file")).toString(), m_sample);
    QFile file(m_sample);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QJsonArray quotes = object.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 5);
    for (const QJsonValue &value : quotes) {
        const QJsonObject quote = value.toObject();
        const QString slice = codePointSlice(
            text, quote.value(QStringLiteral("start")).toInteger(), quote.value(QStringLiteral("end")).toInteger());
        QCOMPARE(slice, quote.value(QStringLiteral("text")).toString());
        QVERIFY2(slice.startsWith(QChar(0x201C)) && slice.endsWith(QChar(0x201D)), qPrintable(slice));
        QVERIFY(quote.contains(QStringLiteral("speaker")));
    }
    const QJsonArray entities = object.value(QStringLiteral("entities")).toArray();
    QStringList names;
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        QCOMPARE(codePointSlice(text, entity.value(QStringLiteral("start")).toInteger(),
                     entity.value(QStringLiteral("end")).toInteger()),
            entity.value(QStringLiteral("text")).toString());
        names << entity.value(QStringLiteral("text")).toString() + u'/'
                + entity.value(QStringLiteral("type")).toString();
    }
    for (const char *expected :
        {"Secretary of State Antony Blinken/person", "South Korean Foreign Minister Park Jin/person",
            "Republic of Korea/place", "Japan/place", "Ukraine/place"})
        QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
}

void TestCommandLine::analyzeJsonCodePointOffsets()
{
    // Characters outside the Basic Multilingual Plane count once, not as two UTF-16 units.
    const QString path = m_dir.filePath(QStringLiteral("emoji.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("\U0001F600\U0001F600 The minister said, \u201CWe stand with Ukraine.\u201D\n");
    file.write(text.toUtf8());
    file.close();
    const Result r = run({QStringLiteral("analyze"), QStringLiteral("--json"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(r.out).object();
    const QJsonArray quotes = object.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 1);
    const QJsonObject quote = quotes.first().toObject();
    // Two emoji (one code point each) + " The minister said, " (20) = 22.
    QCOMPARE(quote.value(QStringLiteral("start")).toInt(), 22);
    QCOMPARE(codePointSlice(text, 22, quote.value(QStringLiteral("end")).toInt()),
        QStringLiteral("\u201CWe stand with Ukraine.\u201D"));
}

void TestCommandLine::exportPdf()
{
    const QString out = m_dir.filePath(QStringLiteral("sample.pdf"));
    const Result r = run({QStringLiteral("export-pdf"), m_sample, QStringLiteral("--include"), QStringLiteral("quotes"),
        QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Highlight"));
    QVERIFY(bytes.contains("/EmbeddedFiles")); // the statement's project travels with the PDF
    QVERIFY(bytes.contains("us-rok-alliance-statement.lectern"));
    QVERIFY(r.out.contains("Wrote"));
}

void TestCommandLine::exportCombinedPdf()
{
    // a project of two statements, one coded passage in each
    const QString project = m_dir.filePath(QStringLiteral("two.lectern"));
    const QString second = m_dir.filePath(QStringLiteral("second.txt"));
    QFile text(second);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("The ministers met in Seoul to review the alliance.\n");
    text.close();
    Result r = run({QStringLiteral("project"), QStringLiteral("new"), project, m_sample, second});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("project"), QStringLiteral("code"), project, QStringLiteral("--code"),
        QStringLiteral("Alliance"), QStringLiteral("--pattern"), QStringLiteral("alliance")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QString out = m_dir.filePath(QStringLiteral("combined.pdf"));
    r = run({QStringLiteral("export-pdf"), project, QStringLiteral("--combined"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Wrote"));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Outlines"));
    QCOMPARE(bytes.count("/Type /EmbeddedFile"), 1);
    QVERIFY(bytes.count("/Subtype /Highlight") >= 2); // "alliance" in both statements

    // only for a project
    r = run({QStringLiteral("export-pdf"), m_sample, QStringLiteral("--combined"), QStringLiteral("-o"),
        m_dir.filePath(QStringLiteral("never.pdf"))});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--combined"), r.err.constData());
}

void TestCommandLine::errorsGoToStderr_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown verb") << QStringList {QStringLiteral("frobnicate")} << QByteArray("unknown command");
    QTest::newRow("missing file") << QStringList {QStringLiteral("analyze"), QStringLiteral("/nonexistent/x.txt")}
                                  << QByteArray("does not exist");
    QTest::newRow("no output") << QStringList {QStringLiteral("export-pdf"), QStringLiteral("x.txt")}
                               << QByteArray("-o");
    QTest::newRow("bad include") << QStringList {QStringLiteral("export-pdf"), QStringLiteral("x.txt"),
        QStringLiteral("-o"), QStringLiteral("y.pdf"), QStringLiteral("--include"), QStringLiteral("pictures")}
                                 << QByteArray("--include");
    QTest::newRow("not a project") << QStringList {QStringLiteral("export-pdf"),
        m_dir.filePath(QStringLiteral("garbage.lectern")), QStringLiteral("-o"),
        m_dir.filePath(QStringLiteral("never.pdf"))}
                                   << QByteArray("not a Lectern project");
}

void TestCommandLine::errorsGoToStderr()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Result r = run(arguments);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!r.out.contains("Wrote"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestCommandLine::koreanLocale()
{
    // The translations are built in; a Korean locale gets Korean messages, English the
    // English plural forms.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ko"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("사용법")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("lectern project new")), qPrintable(help));

    process.start(
        QStringLiteral(LECTERN_EXECUTABLE), {QStringLiteral("analyze"), QStringLiteral("/nonexistent/x.txt")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("없습니다")));

    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_EXECUTABLE),
        {QStringLiteral("export-pdf"), m_sample, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("en.pdf"))});
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("(0 highlight annotations)")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
