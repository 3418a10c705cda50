// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Throughput of the recogniser on real statements: every document of ../shared/corpus (White
// House briefings and UN General Debate speeches) analysed one by one, as the window does, else
// the sample statement repeated. Prints MB/s (UTF-8 bytes of the statements) on one core, peak
// memory, and the ratio against a baseline that only splits the same texts into lines and scans
// them with one regular expression for quote marks (the cheapest pass any recogniser makes).
#include "analysis/recognizer.h"
#include "document/documentimporter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <sys/resource.h>

using namespace Lectern;

namespace {
double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}
} // namespace

class BenchAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void throughput();
    void worstCases();

private:
    QStringList m_texts;
    qint64 m_bytes = 0;
};

void BenchAnalysis::initTestCase()
{
    QDirIterator it(QStringLiteral(LECTERN_SHARED_DIR "/corpus"), {QStringLiteral("*.txt"), QStringLiteral("*.md")},
        QDir::Files, QDirIterator::Subdirectories);
    DocumentImporter importer;
    while (it.hasNext()) {
        Document document;
        if (importer.importFile(it.next(), &document)) {
            m_bytes += document.text.toUtf8().size();
            m_texts.append(document.text);
        }
    }
    if (m_texts.isEmpty()) {
        qInfo("../shared/corpus not found: benchmarking the sample statement, 400 times");
        Document document;
        QVERIFY(importer.importFile(
            QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"), &document));
        for (int i = 0; i < 400; ++i) {
            m_texts.append(document.text);
            m_bytes += document.text.toUtf8().size();
        }
    }
}

void BenchAnalysis::throughput()
{
    const double megabytes = double(m_bytes) / (1024.0 * 1024.0);
    const double memoryBefore = peakMegabytes();
    Recognizer recognizer;
    // Loads the repository, and compiles the syntax definition's expressions, which
    // KSyntaxHighlighting does when a rule is first tried: the sample statement and a paragraph
    // that reach every context and rule, so that the timed loop measures the recogniser's work on
    // the corpus rather than the one-time compiling (a tenth of it with a shorter warm-up text).
    Document sample;
    DocumentImporter importer;
    if (importer.importFile(
            QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"), &sample))
        recognizer.analyze(sample.text);
    recognizer.analyze(QStringLiteral(
        "Secretary of State Antony Blinken met the President, a former colleague and \u00C9lodie Durand of the "
        "North Atlantic Treaty Organization on July 4, 2023 and in the past 30 days at the Paris Agreement, the "
        "Ministry of Foreign Affairs, the Climate Summit, NATO, al-Qaeda and the State of Palestine. "
        "\u2018Single \u2019 and \"straight 'nested' quote\" and \u201Ccurly \u2018nested\u2019 quote\u201D."));

    qsizetype quotes = 0;
    qsizetype attributed = 0;
    qsizetype entities = 0;
    qsizetype references = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : std::as_const(m_texts)) {
        const AnalysisResult result = recognizer.analyze(text);
        quotes += result.quotes.size();
        attributed += std::count_if(
            result.quotes.cbegin(), result.quotes.cend(), [](const QuoteSpan &q) { return q.speaker.has_value(); });
        entities += result.entities.size();
        references += result.references.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    static const QRegularExpression marks(QStringLiteral("[\u201C\u201D\"]"));
    qsizetype baselineHits = 0;
    for (const QString &text : std::as_const(m_texts)) {
        for (QStringView line : QStringView(text).split(u'\n'))
            baselineHits += marks.matchView(line).hasMatch();
    }
    const double baselineSeconds = double(timer.nsecsElapsed()) / 1e9;

    qInfo("analysed %.1f MB in %lld documents in %.2f s: %.2f MB/s on one core; %lld quotations, %lld with a speaker, "
          "%lld entity mentions, %lld references",
        megabytes, qlonglong(m_texts.size()), seconds, megabytes / seconds, qlonglong(quotes), qlonglong(attributed),
        qlonglong(entities), qlonglong(references));
    qInfo("peak memory %.0f MB (%.0f MB before analysing; the texts themselves take %.0f MB as UTF-16)",
        peakMegabytes(), memoryBefore, megabytes * 2);
    qInfo("baseline (line split + one quote-mark regex): %.3f s, %.1f MB/s; recogniser / baseline time = %.0fx (%lld "
          "lines with marks)",
        baselineSeconds, megabytes / baselineSeconds, seconds / baselineSeconds, qlonglong(baselineHits));
    QVERIFY(entities > 0);
}

void BenchAnalysis::worstCases()
{
    // Texts built to make a search walk back over everything before it: a pronoun with only
    // people of the other sex named ("Mrs. Smith ... he"), speakers described, replies with no
    // cue. Each is analysed at two lengths; twice the text should take about twice the time.
    const QStringList units = {
        QStringLiteral("Mrs. Smith said that he left the room. "),
        QStringLiteral("\u201CYes,\u201D said the woman. \u201CNo,\u201D he said. "),
        QStringLiteral("\u201CYes,\u201D said the woman. Mr. John Smith arrived and he sat down. "),
        QStringLiteral("\u201CYes?\u201D \u201CNo.\u201D "),
        QStringLiteral("\u201CYes,\u201D said Tommy. \u201CNo,\u201D said Tuppence. \u201CMaybe.\u201D She nodded. "),
        QStringLiteral("Peru is far. Our nation is the country that its people love. "),
    };
    Recognizer recognizer;
    recognizer.analyze(units.constFirst()); // the one-time compiling
    for (const QString &unit : units) {
        double seconds[2] = {};
        for (int i = 0; i < 2; ++i) {
            const QString text = unit.repeated(5000 * (i + 1));
            QElapsedTimer timer;
            timer.start();
            const AnalysisResult result = recognizer.analyze(text);
            seconds[i] = double(timer.nsecsElapsed()) / 1e9;
            QVERIFY(!result.entities.isEmpty() || !result.quotes.isEmpty());
        }
        qInfo("%-70s %6.0f kB %.2f s, %6.0f kB %.2f s: time x%.1f for text x2", qPrintable(unit.left(70)),
            double(unit.size() * 5000) / 1024.0, seconds[0], double(unit.size() * 10000) / 1024.0, seconds[1],
            seconds[1] / seconds[0]);
    }
}

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
