// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Time to first paint of a 10 MB statement: load into the view and paint the first screen, the
// recognition running in the background as in the application. Prints the figures.
#include "analysiscontroller.h"
#include "documentview.h"

#include "document/document.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QTest>

using namespace Lectern;

class BenchFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenMegabytes();
};

void BenchFirstPaint::tenMegabytes()
{
    QFile sample(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString paragraph = QString::fromUtf8(sample.readAll());
    Document doc;
    doc.id = QUuid::createUuid();
    while (doc.text.size() * 2 < 10 * 1024 * 1024)
        doc.text += paragraph + u'\n';
    const double megabytes = doc.text.toUtf8().size() / (1024.0 * 1024.0);

    DocumentView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    AnalysisController analysis;
    QElapsedTimer timer;
    timer.start();
    view.showDocument(&doc);
    analysis.request(doc.id, doc.text);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    view.viewport()->render(&image);
    const qint64 firstPaint = timer.elapsed();
    analysis.waitForFinished();
    const qint64 analysed = timer.elapsed();
    view.setSpans(analysis.result(doc.id)->spans);
    timer.restart();
    view.viewport()->render(&image);
    const qint64 highlightedPaint = timer.elapsed();
    qInfo("first paint of a %.1f MB statement: %lld ms; recognition in the background finished after %lld ms; "
          "repaint with highlights: %lld ms",
          megabytes, firstPaint, analysed, highlightedPaint);
    QVERIFY(!image.isNull());
}

QTEST_MAIN(BenchFirstPaint)
#include "bench_firstpaint.moc"
