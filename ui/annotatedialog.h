// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/code.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace Lectern {

/// \brief Asks for the code (an existing one, or a new name with a colour) and the note of a
/// new annotation.
class AnnotateDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotateDialog(
        const QString &passage, const QList<Code> &codes, const QString &lastCode, QWidget *parent = nullptr);

    QString codeName() const;
    QColor codeColor() const;
    QString note() const;

    /// A distinct colour for the n-th code of a codebook.
    static QColor suggestedColor(int n);

private:
    void updateColorButton();
    void codeTextChanged(const QString &text);

    QList<Code> m_codes;
    QComboBox *m_code;
    QPushButton *m_colorButton;
    QPlainTextEdit *m_note;
    QColor m_color;
};

} // namespace Lectern
