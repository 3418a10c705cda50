// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Renders the README's screenshots: the main window on the sample statement, after
// recognition, with two annotations. Not a test; run by packaging/make-screenshots.
//   make_screenshots OUTPUT_DIR [light|dark]
#include "analysiscontroller.h"
#include "annotationfilterbar.h"
#include "documentview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace Lectern;

namespace {

bool annotate(MainWindow &window, const QString &passage, const QString &code, const QColor &color, const QString &note)
{
    const QString text = window.project()->documents().constFirst().text;
    const qsizetype start = text.indexOf(passage);
    if (start < 0)
        return false;
    window.documentView()->revealRange(start, start + passage.size());
    return !window.annotateSelection(code, color, note).isNull();
}

bool save(QWidget &window, const QString &file)
{
    if (!window.grab().save(file))
        return false;
    std::printf("wrote %s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Under Xvfb (packaging/make-screenshots) the real X11 platform draws the window; without a
    // display, the offscreen platform does.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LecternScreenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.absolutePath()))
        return 1;

    MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")))
        return 1;
    window.analysis()->waitForFinished();
    QApplication::processEvents();
    const bool ok = annotate(window, QStringLiteral("Park Jin"), QStringLiteral("Negotiators"), QColor(80, 170, 250),
                        QStringLiteral("Signed the amended S&T agreement."))
        && annotate(window, QStringLiteral("deprive Russia\u2019s war machine of resources"),
            QStringLiteral("Sanctions"), QColor(240, 120, 90),
            QStringLiteral("Stated purpose of the export controls."));
    if (!ok)
        return 1;
    window.documentView()->moveCursor(QTextCursor::Start);
    QTest::qWait(300);
    if (!save(window, out.filePath(QStringLiteral("main-window.png"))))
        return 1;

    // A three-statement project: the statements with their counts, the codebook, the entity
    // list and the quote table.
    const QStringList more = {QStringLiteral(LECTERN_SOURCE_DIR "/tests/data/screenshots/joint-statement-japan.md"),
        QStringLiteral(LECTERN_SOURCE_DIR "/tests/data/screenshots/un-general-debate-excerpt.txt")};
    for (const QString &file : more) {
        if (!window.openFile(file))
            return 1;
    }
    window.analysis()->waitForFinished();
    // A codebook with a subcode, and the annotations of every statement.
    Project *project = window.project();
    const QUuid security = project->addCode(QStringLiteral("Security"), QColor(200, 90, 90),
        QStringLiteral("Defence, deterrence and the means of pressure"));
    if (const Code *sanctions = project->codeByName(QStringLiteral("Sanctions")))
        project->moveCode(sanctions->id, security);
    if (auto *filters = window.findChild<AnnotationFilterBar *>())
        filters->scopeBox()->setCurrentIndex(1);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->objectName() == QLatin1String("QuotationsDock")
            || dock->objectName() == QLatin1String("CodebookDock"))
            dock->show();
    }
    window.showDocument(window.project()->documents().first().id);
    QTest::qWait(300);
    for (int i = 0; i < 20 && window.analysis()->isRunning(); ++i)
        QTest::qWait(100);
    QApplication::processEvents();
    if (!save(window, out.filePath(QStringLiteral("project-window.png"))))
        return 1;
    return 0;
}
