// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Lectern {

/// One piece of an HTML page: a run of text, a start or end tag, or a comment.
struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag,
        Comment
    };
    Type type = Type::Text;
    QString name; ///< tag name in lower case; empty for text and comments
    QString text; ///< text (entities decoded) or comment body
    QList<std::pair<QString, QString>> attributes; ///< names in lower case, values decoded
    bool selfClosing = false;

    /// The value of the attribute \a name (lower case), or a null string when it is absent.
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
};

/// \brief Splits HTML into tokens the way a browser's tokenizer does, tolerating what saved web
/// pages contain: unquoted or missing attribute values, stray "<", unclosed comments, upper-case
/// tags. The contents of script, style and similar raw-text elements become one text token that
/// is not searched for tags. It builds no tree: HtmlImporter tracks nesting itself.
class HtmlTokenizer
{
public:
    static QList<HtmlToken> tokenize(QStringView html);
    /// Elements that never have content (br, img, meta, ...).
    static bool isVoidElement(QStringView name);
};

} // namespace Lectern
