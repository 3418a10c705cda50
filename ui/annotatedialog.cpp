// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatedialog.h"

#include "analysis/statementsyntax.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Lectern {

QColor AnnotateDialog::suggestedColor(int n)
{
    // Evenly spread hues (golden angle), saturated enough to read as highlights.
    return QColor::fromHsv(int(std::fmod(48 + n * 137.508, 360.0)), 150, 245);
}

AnnotateDialog::AnnotateDialog(
    const QString &passage, const QList<Code> &codes, const QString &lastCode, QWidget *parent)
    : QDialog(parent)
    , m_codes(codes)
{
    setWindowTitle(tr("Annotate Passage"));
    auto *layout = new QFormLayout(this);

    auto *quote = new QLabel(QStringLiteral("\u201C%1\u201D")
                                 .arg(passage.size() > 300 ? passage.left(300) + QStringLiteral("\u2026") : passage));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    quote->setMaximumWidth(520);
    layout->addRow(tr("Passage:"), quote);

    m_code = new QComboBox;
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    m_code->setAccessibleName(tr("Code"));
    m_code->lineEdit()->setPlaceholderText(tr("Choose a code or type a new one"));
    for (const Code &code : codes) {
        QPixmap swatch(14, 14);
        swatch.fill(code.color);
        m_code->addItem(QIcon(swatch), code.name);
    }
    m_code->setCurrentText(lastCode);
    m_colorButton = new QPushButton;
    m_colorButton->setAccessibleName(tr("Code colour"));
    m_colorButton->setToolTip(tr("Colour of a new code"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_colorButton);
    layout->addRow(tr("&Code:"), codeRow);

    m_note = new QPlainTextEdit;
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Why this passage matters (optional, Markdown)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    // Notes are Markdown: highlighted as such while written, rendered in the note view.
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_note->document());
    KSyntaxHighlighting::Repository &repository = StatementSyntax::repository();
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(repository.defaultTheme(palette().color(QPalette::Base).lightness() < 128
            ? KSyntaxHighlighting::Repository::DarkTheme
            : KSyntaxHighlighting::Repository::LightTheme));
    layout->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Annotate"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QComboBox::editTextChanged, this, &AnnotateDialog::codeTextChanged);
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_color, this, tr("Code Colour"));
        if (color.isValid()) {
            m_color = color;
            updateColorButton();
        }
    });
    m_color = suggestedColor(int(codes.size()));
    codeTextChanged(m_code->currentText());
    m_code->setFocus();
    m_code->lineEdit()->selectAll();
}

void AnnotateDialog::codeTextChanged(const QString &text)
{
    const auto existing
        = std::find_if(m_codes.cbegin(), m_codes.cend(), [&](const Code &c) { return c.name == text.trimmed(); });
    if (existing != m_codes.cend())
        m_color = existing->color;
    m_colorButton->setEnabled(existing == m_codes.cend());
    updateColorButton();
}

void AnnotateDialog::updateColorButton()
{
    QPixmap swatch(18, 18);
    swatch.fill(m_color);
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setText(m_colorButton->isEnabled() ? tr("Colour\u2026") : tr("Colour"));
}

QString AnnotateDialog::codeName() const
{
    return m_code->currentText().trimmed();
}

QColor AnnotateDialog::codeColor() const
{
    return m_color;
}

QString AnnotateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Lectern
