// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "project/project.h"
#include "project/searchresultmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Lectern {

namespace {

/// Draws a match's context with the match itself in bold, elided on the left when it is too
/// long so that the match stays in view.
class ContextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const qsizetype start = index.data(SearchResultModel::ContextMatchStartRole).toLongLong();
        const qsizetype length = index.data(SearchResultModel::ContextMatchLengthRole).toLongLong();
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics normalMetrics(opt.font);
        const QFontMetrics boldMetrics(bold);
        QString before = text.left(start);
        const QString match = text.mid(start, length);
        const QString after = text.mid(start + length);
        // Keep the match in view: elide what comes before it to at most a third of the cell.
        const int matchWidth = boldMetrics.horizontalAdvance(match);
        const int beforeRoom
            = qMax(rect.width() / 3, rect.width() - matchWidth - normalMetrics.horizontalAdvance(after));
        before = normalMetrics.elidedText(before, Qt::ElideLeft, beforeRoom);

        painter->save();
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setClipRect(rect);
        int x = rect.left();
        const int baseline = rect.top() + (rect.height() + normalMetrics.ascent() - normalMetrics.descent()) / 2;
        painter->setFont(opt.font);
        painter->drawText(x, baseline, before);
        x += normalMetrics.horizontalAdvance(before);
        painter->setFont(bold);
        painter->drawText(x, baseline, match);
        x += matchWidth;
        painter->setFont(opt.font);
        painter->drawText(x, baseline, normalMetrics.elidedText(after, Qt::ElideRight, qMax(0, rect.right() - x)));
        painter->restore();
    }
};

} // namespace

SearchPanel::SearchPanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new SearchResultModel(this))
    , m_pattern(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_codeAll(new QPushButton(tr("Code &All Matches\u2026"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_delay(new QTimer(this))
{
    m_pattern->setPlaceholderText(tr("Find in every statement of the project"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Find in the project"));
    m_case->setAccessibleName(tr("Match case"));
    m_words->setAccessibleName(tr("Whole words"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_codeAll->setAccessibleName(tr("Code all matches in the project"));
    m_codeAll->setEnabled(false);
    m_status->setAccessibleName(tr("Search result count"));

    QSettings settings;
    m_case->setChecked(settings.value(QStringLiteral("projectSearch/caseSensitive"), false).toBool());
    m_words->setChecked(settings.value(QStringLiteral("projectSearch/wholeWords"), false).toBool());
    m_regex->setChecked(settings.value(QStringLiteral("projectSearch/regularExpression"), false).toBool());

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Matches in the project"));
    m_view->setItemDelegateForColumn(SearchResultModel::ContextColumn, new ContextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultModel::StatementColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultModel::ContextColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(SearchResultModel::StatementColumn, 220);
    auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT matchActivated(index.data(SearchResultModel::DocumentIdRole).toUuid(),
            index.data(SearchResultModel::StartRole).toLongLong(), index.data(SearchResultModel::EndRole).toLongLong());
    };
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_view, &QTableView::clicked, this, activate);

    // Typing searches after a short pause, so that a large project is not searched per key.
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_pattern, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_pattern, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus();
        }
    });
    for (QCheckBox *box : {m_case, m_words, m_regex}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            rememberOptions();
            search();
        });
    }
    connect(m_codeAll, &QPushButton::clicked, this, &SearchPanel::codeAllRequested);
    // The statements changed (added, removed, undone): the matches are stale.
    connect(m_project, &Project::documentsChanged, this, [this] {
        if (!m_pattern->text().isEmpty())
            m_delay->start();
    });

    auto *options = new QHBoxLayout;
    options->addWidget(m_case);
    options->addWidget(m_words);
    options->addWidget(m_regex);
    options->addStretch(1);
    options->addWidget(m_status);
    options->addWidget(m_codeAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pattern);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
}

QString SearchPanel::pattern() const
{
    return m_pattern->text();
}

SearchOptions SearchPanel::options() const
{
    return {m_case->isChecked(), m_words->isChecked(), m_regex->isChecked()};
}

void SearchPanel::setPattern(const QString &pattern)
{
    m_pattern->setText(pattern);
    search();
}

void SearchPanel::activate(const QString &text)
{
    if (!text.isEmpty() && !text.contains(QChar::ParagraphSeparator) && !text.contains(u'\n'))
        m_pattern->setText(text);
    m_pattern->setFocus();
    m_pattern->selectAll();
    search();
}

void SearchPanel::search()
{
    m_delay->stop();
    QString error;
    const bool ok = m_model->search(*m_project, m_pattern->text(), options(), &error);
    m_codeAll->setEnabled(ok && m_model->matchCount() > 0);
    if (!ok) {
        m_status->setText(error);
    } else if (m_pattern->text().isEmpty()) {
        m_status->clear();
    } else if (m_model->matchCount() == 0) {
        m_status->setText(tr("No match"));
    } else {
        m_status->setText(
            tr("%n match(es) in %1 statement(s)", nullptr, int(m_model->matchCount())).arg(m_model->statementCount())
            + (m_model->isTruncated() ? tr(" (the first %1 listed)").arg(m_model->rowCount()) : QString()));
    }
}

void SearchPanel::rememberOptions()
{
    QSettings settings;
    settings.setValue(QStringLiteral("projectSearch/caseSensitive"), m_case->isChecked());
    settings.setValue(QStringLiteral("projectSearch/wholeWords"), m_words->isChecked());
    settings.setValue(QStringLiteral("projectSearch/regularExpression"), m_regex->isChecked());
}

} // namespace Lectern
