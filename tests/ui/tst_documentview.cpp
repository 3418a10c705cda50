// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include "analysis/recognizer.h"
#include "document/document.h"

#include <QTest>
#include <QTextBlock>

using namespace Lectern;

class TestDocumentView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offsetsMapOneToOne();
    void formatsOnlyVisibleBlocks();
    void annotationColoursPassage();
    void toolTipsSayWhatWasRecognised();
};

namespace {
Document makeDocument(const QString &text)
{
    Document d;
    d.id = QUuid::createUuid();
    d.text = text;
    return d;
}
} // namespace

void TestDocumentView::offsetsMapOneToOne()
{
    // Hard-wrapped: the line breaks inside a paragraph become spaces, offsets stay the same.
    const Document doc = makeDocument(QStringLiteral(
        "First line of a\nwrapped paragraph.\n\nSecond \u201Cquoted\u201D\nparagraph here.\n\nThird one\nis here.\n"));
    DocumentView view;
    view.showDocument(&doc);
    const qsizetype start = doc.text.indexOf(QStringLiteral("\u201Cquoted\u201D"));
    view.revealRange(start, start + 8);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("\u201Cquoted\u201D"));
    QCOMPARE(view.selectedRange(), (TextRange {start, start + 8}));
    QVERIFY(view.document()->toPlainText().startsWith(QStringLiteral("First line of a wrapped paragraph.")));
    QCOMPARE(view.document()->characterCount() - 1, doc.text.size());
}

void TestDocumentView::formatsOnlyVisibleBlocks()
{
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("Paragraph %1 says \u201Csomething\u201D about the Republic of Korea.\n").arg(i);
    const Document doc = makeDocument(text);
    DocumentView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(&doc);
    QList<LexicalSpan> spans;
    for (qsizetype pos = text.indexOf(QChar(0x201C)); pos >= 0; pos = text.indexOf(QChar(0x201C), pos + 1))
        spans.append({pos, pos + 11, SpanKind::Quote, QStringLiteral("Quote")});
    view.setSpans(spans);
    QTRY_VERIFY(!view.document()->firstBlock().layout()->formats().isEmpty());
    // Far below the visible area nothing has been formatted yet.
    QVERIFY(view.document()->findBlockByNumber(4000).layout()->formats().isEmpty());
    view.revealRange(
        view.document()->findBlockByNumber(4000).position(), view.document()->findBlockByNumber(4000).position() + 3);
    QTRY_VERIFY(!view.document()->findBlockByNumber(4000).layout()->formats().isEmpty());
}

void TestDocumentView::annotationColoursPassage()
{
    const Document doc = makeDocument(QStringLiteral("One short statement.\nAnother line."));
    DocumentView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showDocument(&doc);
    Code code {QUuid::createUuid(), QStringLiteral("Tone"), QColor(255, 0, 0), QString(), {}};
    Annotation a;
    a.id = QUuid::createUuid();
    a.documentId = doc.id;
    a.start = 4;
    a.end = 9;
    a.codeIds = {code.id};
    view.setAnnotations({a}, {code});
    QTRY_VERIFY(!view.document()->firstBlock().layout()->formats().isEmpty());
    const auto formats = view.document()->firstBlock().layout()->formats();
    const auto it = std::find_if(formats.cbegin(), formats.cend(),
        [](const QTextLayout::FormatRange &r) { return r.format.hasProperty(QTextFormat::BackgroundBrush); });
    QVERIFY(it != formats.cend());
    QCOMPARE(it->start, 4);
    QCOMPARE(it->length, 5);
    QCOMPARE(it->format.background().color().rgb(), QColor(255, 0, 0).rgb());
}

void TestDocumentView::toolTipsSayWhatWasRecognised()
{
    const Document doc = makeDocument(QStringLiteral(
        "\u201CWe stand together,\u201D said Secretary Antony Blinken in Seoul. Later he left the room.\n"));
    const AnalysisResult result = Recognizer().analyze(doc.text);
    DocumentView view;
    view.showDocument(&doc);
    view.setRecognised(result);
    const auto at = [&doc](const QString &word) {
        return doc.text.indexOf(word) + 1;
    };
    // The entity and its canonical name, the quotation and its speaker.
    QVERIFY2(view.toolTipAt(at(QStringLiteral("Blinken"))).contains(QStringLiteral("Antony Blinken")),
        qPrintable(view.toolTipAt(at(QStringLiteral("Blinken")))));
    QVERIFY2(view.toolTipAt(at(QStringLiteral("stand"))).contains(QStringLiteral("Quotation by Antony Blinken")),
        qPrintable(view.toolTipAt(at(QStringLiteral("stand")))));
    QVERIFY(view.toolTipAt(at(QStringLiteral("Seoul"))).startsWith(QStringLiteral("Place")));
    // A pronoun says whom it refers to.
    const QString he = view.toolTipAt(doc.text.indexOf(QStringLiteral(" he ")) + 1);
    QVERIFY2(he.contains(QStringLiteral("refers to Antony Blinken")), qPrintable(he));
    // Nothing recognised, no tooltip; none after another document is shown.
    QVERIFY(view.toolTipAt(at(QStringLiteral("room"))).isEmpty());
    view.clearDocument();
    QVERIFY(view.toolTipAt(at(QStringLiteral("Blinken"))).isEmpty());
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
