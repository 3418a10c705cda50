// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Throughput of the recogniser on real statements: the White House and UN General Debate corpus
// in ../shared/corpus when present, else the sample statement repeated. Prints MB/s, and the
// ratio against a baseline that only splits the same text into lines and scans it with one
// QRegularExpression for quote marks (the cheapest pass any recogniser must make).
#include "analysis/recognizer.h"
#include "document/documentimporter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

class BenchAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void throughput();

private:
    QString m_text;
    int m_documents = 0;
};

void BenchAnalysis::initTestCase()
{
    QDirIterator it(QStringLiteral(LECTERN_SHARED_DIR "/corpus"), {QStringLiteral("*.txt"), QStringLiteral("*.md")},
        QDir::Files, QDirIterator::Subdirectories);
    DocumentImporter importer;
    while (it.hasNext() && m_text.size() < 8 * 1024 * 1024) {
        Document document;
        if (importer.importFile(it.next(), &document)) {
            m_text += document.text + QStringLiteral("\n\n");
            ++m_documents;
        }
    }
    if (m_documents == 0) {
        qInfo("../shared/corpus not found: benchmarking the sample statement repeated");
        Document document;
        QVERIFY(importer.importFile(
            QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"), &document));
        while (m_text.size() < 4 * 1024 * 1024)
            m_text += document.text + QStringLiteral("\n\n");
        m_documents = 1;
    }
}

void BenchAnalysis::throughput()
{
    const double megabytes = double(m_text.toUtf8().size()) / (1024.0 * 1024.0);
    Recognizer recognizer;
    recognizer.analyze(QStringLiteral("warm up \u201Cquote\u201D Republic of Korea")); // loads the repository

    QElapsedTimer timer;
    timer.start();
    const AnalysisResult result = recognizer.analyze(m_text);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    static const QRegularExpression marks(QStringLiteral("[\u201C\u201D\"]"));
    qsizetype baselineHits = 0;
    for (QStringView line : QStringView(m_text).split(u'\n'))
        baselineHits += marks.matchView(line).hasMatch();
    const double baselineSeconds = double(timer.nsecsElapsed()) / 1e9;

    qInfo(
        "analysed %.1f MB (%d documents) in %.2f s: %.1f MB/s; %lld quotes, %lld with a speaker, %lld entity mentions",
        megabytes, m_documents, seconds, megabytes / seconds, qlonglong(result.quotes.size()),
        qlonglong(std::count_if(
            result.quotes.cbegin(), result.quotes.cend(), [](const QuoteSpan &q) { return q.speaker.has_value(); })),
        qlonglong(result.entities.size()));
    qInfo("baseline (line split + one quote-mark regex): %.3f s, %.1f MB/s; recogniser / baseline time = %.1fx (%lld "
          "lines with marks)",
        baselineSeconds, megabytes / baselineSeconds, seconds / baselineSeconds, qlonglong(baselineHits));
    QVERIFY(!result.entities.isEmpty());
}

QTEST_GUILESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
