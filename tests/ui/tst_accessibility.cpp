// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a screen reader can reach has a name: what QAccessible reports for it, the
// same interface Orca and NVDA read through. Covers the main window with every panel shown and
// the dialogs it opens.
#include "annotatedialog.h"
#include "codestatisticsdialog.h"
#include "mainwindow.h"

#include "project/codestatistics.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Lectern;

namespace {

// Controls: what takes input or focus. Labels, frames, splitters and scroll bars inside views
// are not controls a screen reader user tabs to.
bool isControl(QWidget *widget)
{
    if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<QTextEdit *>(widget))
        return true;
    // A slider that is a view's own scroll bar is part of the view.
    return qobject_cast<QAbstractSlider *>(widget) && widget->focusPolicy() != Qt::NoFocus;
}

// A line edit inside a combo box or a spin box is the box's: the box carries the name.
bool isPartOfAnotherControl(QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return true;
        // The viewport's children of an item view: its editors and header buttons.
        if (qobject_cast<QAbstractItemView *>(p))
            return true;
    }
    return false;
}

QStringList unnamedControls(QWidget *root, int *checked = nullptr)
{
    QStringList unnamed;
    if (checked)
        *checked = 0;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isControl(widget) || isPartOfAnotherControl(widget) || !widget->isVisibleTo(root))
            continue;
        if (checked)
            ++*checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        // "&Find" reads as "Find"; a bare symbol ("✕", "...") is not a name.
        QString letters = name;
        letters.remove(u'&');
        bool hasLetter = false;
        for (QChar c : std::as_const(letters))
            hasLetter = hasLetter || c.isLetterOrNumber();
        if (!hasLetter) {
            unnamed.append(
                QStringLiteral("%1 \u201C%2\u201D (%3, in %4)")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), name,
                        widget->objectName().isEmpty() ? QStringLiteral("no object name") : widget->objectName(),
                        widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                               : QStringLiteral("top level")));
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
        QSettings().clear();
    }

    // The check itself: an unnamed line edit and a button showing only a symbol are caught.
    void detectsUnnamedControls()
    {
        QWidget widget;
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(new QLineEdit(&widget));
        auto *symbol = new QToolButton(&widget);
        symbol->setText(QStringLiteral("\u2715"));
        layout->addWidget(symbol);
        auto *named = new QLineEdit(&widget);
        named->setAccessibleName(QStringLiteral("Pattern"));
        layout->addWidget(named);
        layout->addWidget(new QPushButton(QStringLiteral("&Save"), &widget));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        int checked = 0;
        const QStringList unnamed = unnamedControls(&widget, &checked);
        QCOMPARE(checked, 4);
        QCOMPARE(unnamed.size(), 2);
        symbol->setAccessibleName(QStringLiteral("Close"));
        QCOMPARE(unnamedControls(&widget).size(), 1);
    }

    void mainWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/us-rok-alliance-statement.txt")));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::keySequence(&window, QKeySequence::Find); // the find bar
        QCoreApplication::processEvents();
        int checked = 0;
        const QStringList unnamed = unnamedControls(&window, &checked);
        qInfo("%d controls checked", checked);
        QVERIFY(checked > 30);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(
                QStringLiteral("controls without an accessible name:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    }

    void dialogs()
    {
        Project project;
        const QUuid code = project.addCode(QStringLiteral("Security"), QColor(200, 40, 40));
        Q_UNUSED(code);
        AnnotateDialog annotate(QStringLiteral("a passage"), project.codes(), QString());
        annotate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&annotate));
        QStringList unnamed = unnamedControls(&annotate);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

        CodeStatisticsDialog statistics(CodeStatistics::of(project));
        statistics.show();
        QVERIFY(QTest::qWaitForWindowExposed(&statistics));
        unnamed = unnamedControls(&statistics);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
