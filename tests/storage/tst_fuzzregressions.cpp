// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The inputs on which a fuzz target (tests/fuzz) once crashed, hung or leaked, kept under
// tests/data/fuzz-regressions/<target>/, and the seed corpora of tests/fuzz/corpus/<target>/:
// the loader, the importers and the recogniser are run on each, as the fuzz targets run them, in every build
// (the sanitizer build of `packaging/dev test` included), so a fixed bug stays fixed.
//
// A file's name says what it found, e.g. "projectloader/length-overflow-in-string.lectern".
#include "analysis/recognizer.h"
#include "analysisinvariants.h"
#include "document/documentimporter.h"
#include "project/project.h"
#include "storage/envelope.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace Lectern;

namespace {

const QString regressionDir = QStringLiteral(LECTERN_TEST_DATA "/fuzz-regressions");
const QString corpusDir = QStringLiteral(LECTERN_FUZZ_CORPUS);

void addRows(const QString &target)
{
    for (const QString &root : {regressionDir, corpusDir}) {
        QDirIterator it(root + u'/' + target, QDir::Files | QDir::Hidden);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &file : std::as_const(files)) {
            const QString kind = root == regressionDir ? QStringLiteral("regression") : QStringLiteral("seed");
            QTest::newRow(qPrintable(kind + u' ' + QFileInfo(file).fileName())) << file;
        }
    }
}

// The process's peak resident memory in MiB: an input that makes the loader allocate far more
// than its size (what libFuzzer reports as out-of-memory) raises it.
qint64 peakMemoryMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024;
}

constexpr qint64 MemoryAllowanceMiB = 256;

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    return file.readAll();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What fuzz_projectloader does: load from a buffer; it must return, true or false.
    void projectLoader_data()
    {
        QTest::addColumn<QString>("fileName");
        addRows(QStringLiteral("projectloader"));
    }
    void projectLoader()
    {
        QFETCH(QString, fileName);
        const QByteArray bytes = contents(fileName);
        QList<QByteArray> inputs {bytes};
        // Like the fuzz target: a file with Lectern's magic is also tried with its payload in a
        // correct envelope, so that a damaged payload reaches the archive reader.
        if (bytes.startsWith(QByteArrayView(Envelope::Magic, sizeof Envelope::Magic)))
            inputs << Envelope::wrap(bytes.mid(Envelope::HeaderSize));
        for (const QByteArray &input : std::as_const(inputs)) {
            QBuffer buffer;
            buffer.setData(input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            Project project;
            ProjectFile file;
            QElapsedTimer timer;
            timer.start();
            const qint64 peakBefore = peakMemoryMiB();
            const bool ok = file.load(project, buffer);
            QVERIFY2(ok || !file.errorString().isEmpty(), "a refusal without a message");
            QVERIFY2(peakMemoryMiB() - peakBefore < MemoryAllowanceMiB,
                qPrintable(QStringLiteral("loading took %1 MiB").arg(peakMemoryMiB() - peakBefore)));
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
            if (fileName.startsWith(corpusDir))
                QVERIFY2(ok, qPrintable(file.errorString())); // the seeds are valid projects
        }
    }

    // What fuzz_documentimporter does: import under every kind of name.
    void documentImporter_data()
    {
        QTest::addColumn<QString>("fileName");
        addRows(QStringLiteral("documentimporter"));
    }
    void documentImporter()
    {
        QFETCH(QString, fileName);
        const QByteArray bytes = contents(fileName);
        for (const char *name : {"statement.txt", "statement.md", "statement.html", "statement.pdf"}) {
            DocumentImporter importer;
            Document document;
            QElapsedTimer timer;
            timer.start();
            const qint64 peakBefore = peakMemoryMiB();
            const bool ok = importer.importData(bytes, QString::fromLatin1(name), &document);
            QVERIFY2(ok || !importer.errorString().isEmpty(), name);
            QVERIFY2(peakMemoryMiB() - peakBefore < MemoryAllowanceMiB,
                qPrintable(QStringLiteral("importing took %1 MiB").arg(peakMemoryMiB() - peakBefore)));
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
            const QString suffix = QFileInfo(fileName).suffix();
            if (fileName.startsWith(corpusDir) && QString::fromLatin1(name).endsWith(u'.' + suffix))
                QVERIFY2(ok, qPrintable(importer.errorString())); // a seed opens as its own kind
        }
    }

    // What fuzz_recognizer does: analyse the bytes read as UTF-8; the result must hold together.
    void recognizer_data()
    {
        QTest::addColumn<QString>("fileName");
        addRows(QStringLiteral("recognizer"));
    }
    void recognizer()
    {
        QFETCH(QString, fileName);
        static const Recognizer recognizer;
        const QString text = QString::fromUtf8(contents(fileName));
        QElapsedTimer timer;
        timer.start();
        const AnalysisResult result = recognizer.analyze(text);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QString broken = TestSupport::analysisError(text, result);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        if (fileName.startsWith(corpusDir)) // the seeds are statements: something is found
            QVERIFY(!result.entities.isEmpty() || !result.quotes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
