// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"
#include "storage/envelope.h"
#include "storage/projectarchive.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

namespace {

// The golden file of format version 1. To regenerate it (only when the sample below changes;
// a shipped version's file must never change), run:
//   LECTERN_REGENERATE_GOLDEN=1 build/.../bin/tst_projectfile goldenV1
const QString goldenV1File = QStringLiteral(LECTERN_TEST_DATA "/storage/v1-sample.lectern");
// Format 1 with statement records of version 2 (page spans of a PDF statement); regenerate with
//   LECTERN_REGENERATE_GOLDEN=1 build/.../bin/tst_projectfile goldenPageSpans
const QString goldenPagesFile = QStringLiteral(LECTERN_TEST_DATA "/storage/v1-document2-pdf-pages.lectern");

// Format 1 with a project record of version 2 (entity corrections); regenerate with
//   LECTERN_REGENERATE_GOLDEN=1 build/.../bin/tst_projectfile goldenCorrections
const QString goldenCorrectionsFile = QStringLiteral(LECTERN_TEST_DATA "/storage/v1-project2-corrections.lectern");

// Format 1 with code and annotation records of version 2 (a code tree, several codes on one
// annotation); regenerate with
//   LECTERN_REGENERATE_GOLDEN=1 build/.../bin/tst_projectfile goldenCodeTree
const QString goldenTreeFile = QStringLiteral(LECTERN_TEST_DATA "/storage/v1-code2-annotation2-tree.lectern");

QList<EntityCorrection> sampleCorrections()
{
    using Kind = EntityCorrection::Kind;
    auto id = [](const char *text) {
        return QUuid::fromString(QLatin1StringView(text));
    };
    return {
        {id("{10000000-0000-4000-8000-000000000001}"), Kind::AddEntity, QStringLiteral("Kirby Associates"), {},
            EntityType::Organization},
        {id("{10000000-0000-4000-8000-000000000002}"), Kind::AddAlias, QStringLiteral("Seoul"),
            QStringLiteral("Republic of Korea"), EntityType::Place},
        {id("{10000000-0000-4000-8000-000000000003}"), Kind::ChangeType, QStringLiteral("Quad"), {},
            EntityType::Agreement},
        {id("{10000000-0000-4000-8000-000000000004}"), Kind::Merge, QStringLiteral("ROK"),
            QStringLiteral("Republic of Korea"), EntityType::Place},
        {id("{10000000-0000-4000-8000-000000000005}"), Kind::NotAnEntity, QStringLiteral("Pacific \u2014 \U0001F600"),
            {}, EntityType::Place},
    };
}

QHash<QUuid, QString> sampleMemos(const Project &project)
{
    return {{QUuid(), QStringLiteral("# Project memo\n\nCompare **all** statements.")},
        {project.documents().first().id, QStringLiteral("Memo \u2014 \U0001F600 of the first statement")}};
}

Document pdfStatement()
{
    Document d;
    d.id = QUuid::fromString(QLatin1StringView("{0a0b0c0d-1111-4222-8333-444455556666}"));
    d.title = QStringLiteral("Joint Statement");
    d.sourcePath = QStringLiteral("/statements/joint.pdf");
    d.format = Document::Format::Pdf;
    d.text = QStringLiteral("First page paragraph.\n\nIt runs on to the second page.\n\nThird page.");
    d.pageSpans = {{0, 21, 1}, {23, 35, 1}, {35, 53, 2}, {55, 66, 3}};
    return d;
}

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1StringView(text));
}

// Deterministic, and exercising every field: non-BMP text, empty strings, both formats, a code
// without a colour, a highlight without a code, an annotation without a date.
void fillSample(Project &project)
{
    Document one;
    one.id = uuid("8b1d5f5e-0a6f-4c1e-9d4c-1f2e3d4c5b6a");
    one.title = QStringLiteral("Joint Statement — “Alliance” 𝔸𝕝𝕝𝕚𝕒𝕟𝕔𝕖");
    one.sourcePath = QStringLiteral("/home/analyst/statements/joint statement.txt");
    one.source = QStringLiteral("https://www.state.gov/joint-statement");
    one.date = QStringLiteral("2024-01-14");
    one.format = Document::Format::PlainText;
    one.text = QStringLiteral("Secretary Blinken said, “We stand together.” 🇺🇸🇰🇷\nParagraph two: 𝄞 and 한국어.\r\n");
    Document two;
    two.id = uuid("0f9e8d7c-6b5a-4938-8271-605f4e3d2c1b");
    two.title = QStringLiteral("Notes");
    two.format = Document::Format::Markdown;
    two.text = QStringLiteral("# Heading\n\n*Emphasis* and `code`.");

    const Code alliance {uuid("11111111-2222-4333-8444-555555555555"), QStringLiteral("Alliance 동맹"),
        QColor(255, 200, 0, 128), QStringLiteral("Mentions of the alliance.\nTwo lines."), {}};
    const Code plain {uuid("66666666-7777-4888-9999-aaaaaaaaaaaa"), QStringLiteral("Colourless"), QColor(), {}, {}};

    Annotation a;
    a.id = uuid("abcdefab-cdef-4abc-8def-abcdefabcdef");
    a.documentId = one.id;
    a.start = 24;
    a.end = 43;
    a.codeIds = {alliance.id};
    a.note = QStringLiteral("**Markdown** note 📝\nsecond line");
    a.author = QStringLiteral("analyst");
    a.created = QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56, 789), QTimeZone::UTC);
    Annotation b;
    b.id = uuid("fedcbafe-dcba-4fed-8cba-fedcbafedcba");
    b.documentId = two.id;
    b.start = 0;
    b.end = two.text.size();
    Annotation c = a;
    c.id = uuid("12345678-1234-4234-8234-123456789abc");
    c.start = 45;
    c.end = 53; // the flags: surrogate pairs
    c.codeIds = {plain.id};
    c.note.clear();
    project.reset({one, two}, {alliance, plain}, {a, b, c});
}

void compareProjects(const Project &actual, const Project &expected)
{
    QCOMPARE(actual.documents().size(), expected.documents().size());
    for (qsizetype i = 0; i < expected.documents().size(); ++i) {
        const Document &x = actual.documents().at(i);
        const Document &y = expected.documents().at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.sourcePath, y.sourcePath);
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.date, y.date);
        QCOMPARE(x.format, y.format);
        QCOMPARE(x.text, y.text);
        QCOMPARE(x.pageSpans, y.pageSpans);
        QVERIFY(x == y);
    }
    QCOMPARE(actual.codes().size(), expected.codes().size());
    for (qsizetype i = 0; i < expected.codes().size(); ++i) {
        const Code &x = actual.codes().at(i);
        const Code &y = expected.codes().at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.color, y.color);
        QCOMPARE(x.color.alpha(), y.color.alpha());
        QCOMPARE(x.description, y.description);
        QVERIFY(x == y);
    }
    QCOMPARE(actual.annotations().size(), expected.annotations().size());
    for (qsizetype i = 0; i < expected.annotations().size(); ++i) {
        const Annotation &x = actual.annotations().at(i);
        const Annotation &y = expected.annotations().at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.documentId, y.documentId);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.end, y.end);
        QCOMPARE(x.codeIds, y.codeIds);
        QCOMPARE(x.note, y.note);
        QCOMPARE(x.author, y.author);
        QCOMPARE(x.created, y.created);
        QCOMPARE(
            x.created.isValid() ? x.created.time().msec() : -1, y.created.isValid() ? y.created.time().msec() : -1);
        QVERIFY(x == y);
    }
}

// The sample with a code tree: Alliance > Colourless > Deep, Top beside them; an annotation
// with three codes, one with none.
void fillTreeSample(Project &project)
{
    fillSample(project);
    QList<Code> codes = project.codes();
    codes[1].parentId = codes[0].id; // Colourless under Alliance
    const Code deep {uuid("77777777-8888-4999-aaaa-bbbbbbbbbbbb"), QStringLiteral("Deep 깊은"), QColor(1, 2, 3),
        QStringLiteral("third level"), codes[1].id};
    const Code top {uuid("99999999-aaaa-4bbb-8ccc-dddddddddddd"), QStringLiteral("Top"), QColor(10, 20, 30), {}, {}};
    codes.insert(0, deep); // a child before its parent: the order of siblings is all that counts
    codes.append(top);
    QList<Annotation> annotations = project.annotations();
    annotations[0].codeIds = {top.id, annotations[0].codeIds.first(), deep.id};
    project.reset(project.documents(), codes, annotations);
}

QByteArray saved(const Project &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ProjectFile file;
    if (!file.save(project, buffer))
        qFatal("save failed");
    return buffer.data();
}

QByteArray payloadOf(const QByteArray &file)
{
    return file.mid(Envelope::HeaderSize);
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    // Loads bytes into a project that already holds work, checks the refusal and that the work
    // is untouched.
    void expectRefused(const QByteArray &bytes, const QString &expectedMessagePart)
    {
        Project project;
        const QUuid doc = project.addDocument(
            Document {{}, QStringLiteral("Work"), {}, {}, {}, {}, QStringLiteral("Unsaved work")});
        project.addAnnotation(doc, 0, 4, {});
        const QList<Annotation> annotations = project.annotations();
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ProjectFile file;
        QVERIFY(!file.load(project, buffer));
        QVERIFY2(file.errorString().contains(expectedMessagePart), qPrintable(file.errorString()));
        QCOMPARE(project.documents().size(), 1);
        QCOMPARE(project.documents().at(0).id, doc);
        QCOMPARE(project.annotations(), annotations);
        QVERIFY(project.isModified());
        QCOMPARE(project.undoStack()->count(), 2);
    }

private Q_SLOTS:
    void roundTripFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("project 한국.lectern"));
        Project original;
        fillSample(original);
        // An edit made through an intent method, so that saving must mark the project clean.
        original.setAnnotationNote(uuid("fedcbafe-dcba-4fed-8cba-fedcbafedcba"), QStringLiteral("edited ✓"));
        QVERIFY(original.isModified());
        ProjectFile file;
        QVERIFY2(file.save(original, fileName), qPrintable(file.errorString()));
        QVERIFY(!original.isModified());
        QCOMPARE(original.fileName(), fileName);

        Project loaded;
        QVERIFY2(file.load(loaded, fileName), qPrintable(file.errorString()));
        compareProjects(loaded, original);
        QCOMPARE(loaded.fileName(), fileName);
        QVERIFY(!loaded.isModified());
        QVERIFY(!loaded.undoStack()->canUndo());

        // Saving again keeps the previous file as a backup.
        original.removeAnnotation(uuid("fedcbafe-dcba-4fed-8cba-fedcbafedcba"));
        QVERIFY(file.save(original, fileName));
        Project backup;
        QVERIFY2(file.load(backup, fileName + u'~'), qPrintable(file.errorString()));
        compareProjects(backup, loaded);
    }

    void roundTripBuffer()
    {
        Project original;
        fillSample(original);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        ProjectFile file;
        QVERIFY(file.save(original, buffer));
        QVERIFY(original.fileName().isEmpty());
        buffer.seek(0);
        Project loaded;
        QVERIFY2(file.load(loaded, buffer), qPrintable(file.errorString()));
        compareProjects(loaded, original);
    }

    void emptyProjectRoundTrip()
    {
        Project original;
        Project loaded;
        fillSample(loaded);
        QBuffer buffer;
        buffer.setData(saved(original));
        buffer.open(QIODevice::ReadOnly);
        ProjectFile file;
        QVERIFY2(file.load(loaded, buffer), qPrintable(file.errorString()));
        QVERIFY(loaded.documents().isEmpty() && loaded.codes().isEmpty() && loaded.annotations().isEmpty());
    }

    void notALecternProject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString notLectern = QStringLiteral("is not a Lectern project");
        QTest::newRow("text") << QByteArrayLiteral("Secretary Blinken said, \"We stand together.\"\n") << notLectern;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty; it is not a Lectern project");
        QTest::newRow("one byte") << QByteArrayLiteral("x") << notLectern;
        QTest::newRow("pdf") << QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") << notLectern;
        QRandomGenerator random(42);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        noise[0] = 'X';
        QTest::newRow("random bytes") << noise << notLectern;
    }

    void notALecternProject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        expectRefused(bytes, message);
    }

    void nonLecternFileNamesTheFile()
    {
        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("statement.txt"));
        QFile text(fileName);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Just a statement.\n");
        text.close();
        Project project;
        ProjectFile file;
        QVERIFY(!file.load(project, fileName));
        QCOMPARE(file.errorString(), QStringLiteral("“statement.txt” is not a Lectern project."));
        QVERIFY(project.fileName().isEmpty());
        QVERIFY(!file.load(project, dir.filePath(QStringLiteral("missing.lectern"))));
        QVERIFY(file.errorString().contains(QStringLiteral("could not open “missing.lectern”")));
    }

    void truncated_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("magic only, part") << 5;
        QTest::newRow("magic and version") << 12;
        QTest::newRow("header, part") << 30;
        QTest::newRow("header only") << int(Envelope::HeaderSize);
        QTest::newRow("payload, part") << int(Envelope::HeaderSize) + 40;
        QTest::newRow("last byte missing") << -1;
    }

    void truncated()
    {
        QFETCH(int, keep);
        Project project;
        fillSample(project);
        const QByteArray bytes = saved(project);
        expectRefused(keep < 0 ? bytes.chopped(-keep) : bytes.left(keep), QStringLiteral("is truncated"));
    }

    void flippedPayloadByte()
    {
        Project project;
        fillSample(project);
        QByteArray bytes = saved(project);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        expectRefused(bytes, QStringLiteral("do not match their checksum"));
    }

    void trailingBytes()
    {
        Project project;
        fillSample(project);
        expectRefused(saved(project) + "extra", QStringLiteral("is damaged"));
    }

    void newerFormatVersion()
    {
        Project project;
        fillSample(project);
        const QByteArray bytes = Envelope::wrap(payloadOf(saved(project)), Envelope::FormatVersion + 1);
        expectRefused(bytes, QStringLiteral("was saved by a newer version of Lectern"));
        // A newer header need not be as long as ours: the version alone decides.
        expectRefused(bytes.left(12), QStringLiteral("was saved by a newer version of Lectern"));
    }

    void newerClassVersion()
    {
        Project project;
        fillSample(project);
        // "22 serialization::archive N 0 1 ..." : the root's class version follows the library
        // version and the (untracked) root's class-info flag.
        QByteArray payload = payloadOf(saved(project));
        const QByteArray prefix = "serialization::archive ";
        QVERIFY(payload.contains(prefix));
        const qsizetype at = payload.indexOf(prefix) + prefix.size();
        const qsizetype space = payload.indexOf(' ', at);
        const QByteArray current = " 0 " + QByteArray::number(ProjectArchive::ProjectVersion) + ' ';
        QVERIFY(payload.mid(space).startsWith(current));
        payload.replace(
            space, current.size(), QByteArray(" 0 " + QByteArray::number(ProjectArchive::ProjectVersion + 1) + ' '));
        expectRefused(Envelope::wrap(payload), QStringLiteral("was saved by a newer version of Lectern"));
    }

    void newerBoostLibrary()
    {
        Project project;
        fillSample(project);
        QByteArray payload = payloadOf(saved(project));
        const QByteArray prefix = "serialization::archive ";
        const qsizetype at = payload.indexOf(prefix) + prefix.size();
        payload.replace(at, payload.indexOf(' ', at) - at, "999");
        expectRefused(Envelope::wrap(payload), QStringLiteral("was saved by a newer version of Lectern"));
    }

    void damagedPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not an archive") << QByteArrayLiteral("hello world");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("huge list") << QByteArrayLiteral("22 serialization::archive 19 0 1 18446744073709551615 ");
        QTest::newRow("huge string") << QByteArrayLiteral("22 serialization::archive 19 0 1 1 0 1 4000000000 QUJD");
        QTest::newRow("cut short") << QByteArrayLiteral("22 serialization::archive 19 0 1 3 0 1");
    }

    void damagedPayload()
    {
        QFETCH(QByteArray, payload);
        expectRefused(Envelope::wrap(payload), QStringLiteral("is damaged"));
    }

    void inconsistentContents()
    {
        // A well-formed archive of an impossible project: an annotation beyond its statement's
        // text. reset() trusts its caller, so the bad state can be built and saved.
        Project sample;
        fillSample(sample);
        const Document d = sample.documents().at(0);
        Annotation a = sample.annotations().at(0);
        a.codeIds.clear();
        a.end = d.text.size() + 1;
        Project bad;
        bad.reset({d}, {}, {a});
        expectRefused(saved(bad), QStringLiteral("outside its statement"));
    }

    void pageSpansRoundTrip()
    {
        Project original;
        original.reset({pdfStatement()}, {}, {});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("pages.lectern"));
        ProjectFile file;
        QVERIFY2(file.save(original, fileName), qPrintable(file.errorString()));
        Project loaded;
        QVERIFY2(file.load(loaded, fileName), qPrintable(file.errorString()));
        compareProjects(loaded, original);
        QCOMPARE(loaded.documents().first().pageSpans.size(), 4);

        // A page span past the text or out of order is refused, not trusted.
        Document bad = pdfStatement();
        bad.pageSpans.last().end = bad.text.size() + 5;
        Project badProject;
        badProject.reset({bad}, {}, {});
        QVERIFY(file.save(badProject, fileName));
        Project refused;
        QVERIFY(!file.load(refused, fileName));
        QVERIFY2(file.errorString().contains(QStringLiteral("page span")), qPrintable(file.errorString()));
    }

    void entityCorrectionsRoundTrip()
    {
        Project original;
        fillSample(original);
        original.reset(
            original.documents(), original.codes(), original.annotations(), sampleCorrections(), sampleMemos(original));
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        ProjectFile file;
        QVERIFY2(file.save(original, buffer), qPrintable(file.errorString()));
        buffer.seek(0);
        Project loaded;
        QVERIFY2(file.load(loaded, buffer), qPrintable(file.errorString()));
        compareProjects(loaded, original);
        QCOMPARE(loaded.entityCorrections(), sampleCorrections());
        QCOMPARE(loaded.memos(), original.memos());
    }

    void goldenCorrections()
    {
        Project expected;
        fillSample(expected);
        expected.reset(
            expected.documents(), expected.codes(), expected.annotations(), sampleCorrections(), sampleMemos(expected));
        if (qEnvironmentVariableIsSet("LECTERN_REGENERATE_GOLDEN")) {
            ProjectFile file;
            QVERIFY2(file.save(expected, goldenCorrectionsFile), qPrintable(file.errorString()));
            QFile::remove(goldenCorrectionsFile + u'~');
            qInfo("regenerated %s", qPrintable(goldenCorrectionsFile));
        }
        Project loaded;
        ProjectFile file;
        QVERIFY2(file.load(loaded, goldenCorrectionsFile), qPrintable(file.errorString()));
        compareProjects(loaded, expected);
        QCOMPARE(loaded.entityCorrections(), sampleCorrections());
        QCOMPARE(loaded.memos(), expected.memos());
        QCOMPARE(loaded.memo(), QStringLiteral("# Project memo\n\nCompare **all** statements."));
    }

    void memoOfARemovedStatementIsNotSaved()
    {
        Project project;
        fillSample(project);
        QHash<QUuid, QString> memos {{QUuid::createUuid(), QStringLiteral("orphan")}};
        project.reset(project.documents(), project.codes(), project.annotations(), {}, memos);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        ProjectFile file;
        QVERIFY(file.save(project, buffer));
        buffer.seek(0);
        Project loaded;
        QVERIFY2(file.load(loaded, buffer), qPrintable(file.errorString()));
        QVERIFY(loaded.memos().isEmpty());
    }

    void goldenPageSpans()
    {
        Project expected;
        expected.reset({pdfStatement()}, {}, {});
        if (qEnvironmentVariableIsSet("LECTERN_REGENERATE_GOLDEN")) {
            ProjectFile file;
            QVERIFY2(file.save(expected, goldenPagesFile), qPrintable(file.errorString()));
            QFile::remove(goldenPagesFile + u'~');
            qInfo("regenerated %s", qPrintable(goldenPagesFile));
        }
        Project loaded;
        ProjectFile file;
        QVERIFY2(file.load(loaded, goldenPagesFile), qPrintable(file.errorString()));
        compareProjects(loaded, expected);
    }

    void codeTreeRoundTrip()
    {
        Project original;
        fillTreeSample(original);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        ProjectFile file;
        QVERIFY2(file.save(original, buffer), qPrintable(file.errorString()));
        buffer.seek(0);
        Project loaded;
        QVERIFY2(file.load(loaded, buffer), qPrintable(file.errorString()));
        compareProjects(loaded, original);
        QCOMPARE(loaded.codesDepthFirst(), original.codesDepthFirst());
    }

    void goldenCodeTree()
    {
        Project expected;
        fillTreeSample(expected);
        if (qEnvironmentVariableIsSet("LECTERN_REGENERATE_GOLDEN")) {
            ProjectFile file;
            QVERIFY2(file.save(expected, goldenTreeFile), qPrintable(file.errorString()));
            QFile::remove(goldenTreeFile + u'~');
            qInfo("regenerated %s", qPrintable(goldenTreeFile));
        }
        Project loaded;
        ProjectFile file;
        QVERIFY2(file.load(loaded, goldenTreeFile), qPrintable(file.errorString()));
        compareProjects(loaded, expected);
        const QUuid alliance = uuid("11111111-2222-4333-8444-555555555555");
        const QUuid colourless = uuid("66666666-7777-4888-9999-aaaaaaaaaaaa");
        const QUuid deep = uuid("77777777-8888-4999-aaaa-bbbbbbbbbbbb");
        const QUuid top = uuid("99999999-aaaa-4bbb-8ccc-dddddddddddd");
        QCOMPARE(loaded.childCodes(), (QList<QUuid> {alliance, top}));
        QCOMPARE(loaded.code(colourless)->parentId, alliance);
        QCOMPARE(loaded.code(deep)->parentId, colourless);
        QCOMPARE(loaded.codesDepthFirst(), (QList<QUuid> {alliance, colourless, deep, top}));
        QCOMPARE(loaded.annotations().at(0).codeIds, (QList<QUuid> {top, alliance, deep}));
        QVERIFY(loaded.annotations().at(1).codeIds.isEmpty());
        QCOMPARE(loaded.annotations().at(2).codeIds, QList<QUuid> {colourless});
        QCOMPARE(loaded.annotationCount(deep), 1);
    }

    void oldFilesLoadAsTopLevelCodesAndSingleCodes()
    {
        // Version 1 records: every code at the top level, each annotation with its one code (or
        // none, for a plain highlight).
        for (const QString &golden : {goldenV1File, goldenCorrectionsFile}) {
            Project loaded;
            ProjectFile file;
            QVERIFY2(file.load(loaded, golden), qPrintable(file.errorString()));
            QCOMPARE(loaded.childCodes().size(), loaded.codes().size());
            QCOMPARE(loaded.annotations().at(0).codeIds, QList<QUuid> {loaded.codes().at(0).id});
            QVERIFY(loaded.annotations().at(1).codeIds.isEmpty());
        }
    }

    void impossibleCodeTreesRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("cycle") << 0 << QStringLiteral("is damaged");
        QTest::newRow("missing parent") << 1 << QStringLiteral("is damaged");
        QTest::newRow("one code twice") << 2 << QStringLiteral("is damaged");
        QTest::newRow("missing code") << 3 << QStringLiteral("is damaged");
    }

    void impossibleCodeTreesRefused()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        Project sample;
        fillSample(sample);
        QList<Code> codes = sample.codes();
        QList<Annotation> annotations = sample.annotations();
        switch (kind) {
        case 0:
            codes[0].parentId = codes[1].id;
            codes[1].parentId = codes[0].id;
            break;
        case 1:
            codes[0].parentId = QUuid::createUuid();
            break;
        case 2:
            annotations[0].codeIds.append(annotations[0].codeIds.first());
            break;
        default:
            annotations[0].codeIds.append(QUuid::createUuid());
            break;
        }
        Project bad;
        bad.reset(sample.documents(), codes, annotations);
        expectRefused(saved(bad), message);
    }

    void goldenV1()
    {
        Project expected;
        fillSample(expected);
        if (qEnvironmentVariableIsSet("LECTERN_REGENERATE_GOLDEN")) {
            ProjectFile file;
            QVERIFY2(file.save(expected, goldenV1File), qPrintable(file.errorString()));
            QFile::remove(goldenV1File + u'~');
            qInfo("regenerated %s", qPrintable(goldenV1File));
        }
        Project loaded;
        ProjectFile file;
        QVERIFY2(file.load(loaded, goldenV1File), qPrintable(file.errorString()));
        compareProjects(loaded, expected);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
