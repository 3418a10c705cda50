// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/englishwords.h"

#include <QByteArray>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Lectern {

namespace {

Q_LOGGING_CATEGORY(lcEnglishWords, "lectern.analysis")

/// The dictionary's entries, one a line in UTF-8, as two sorted lists of views into one buffer:
/// about 1 MB for the text and 1.7 MB for the views, where a set of strings took some 10 MB.
class Dictionary
{
public:
    Dictionary()
    {
        QFile file(QStringLiteral(":/lectern/dict/american-english"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcEnglishWords) << "cannot read the English word list" << file.fileName();
            return;
        }
        m_text = file.readAll();
        const std::string_view text(m_text.constData(), size_t(m_text.size()));
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            const std::string_view entry = text.substr(start, end - start);
            // "Gates's" and "order's" add nothing that "Gates" and "order" do not say.
            if (!entry.empty() && !entry.ends_with("'s"))
                (QChar::isUpper(uchar(entry.front())) ? m_capitalised : m_lowerCase).push_back(entry);
            start = end + 1;
        }
        // The build sorts the list (resources/sort-lines.cmake); sorting it here took a tenth of
        // a second.
        if (!std::is_sorted(m_lowerCase.cbegin(), m_lowerCase.cend()))
            std::sort(m_lowerCase.begin(), m_lowerCase.end());
        if (!std::is_sorted(m_capitalised.cbegin(), m_capitalised.cend()))
            std::sort(m_capitalised.begin(), m_capitalised.end());
    }

    bool isLowerCase(std::string_view word) const
    {
        return std::binary_search(m_lowerCase.cbegin(), m_lowerCase.cend(), word);
    }

    bool isLowerCase(const QByteArray &word) const { return isLowerCase(view(word)); }

    bool isCapitalised(const QByteArray &word) const
    {
        return std::binary_search(m_capitalised.cbegin(), m_capitalised.cend(), view(word));
    }

private:
    static std::string_view view(const QByteArray &bytes) { return {bytes.constData(), size_t(bytes.size())}; }

    QByteArray m_text;
    std::vector<std::string_view> m_lowerCase;
    std::vector<std::string_view> m_capitalised;
};

const Dictionary &dictionary()
{
    static const Dictionary words;
    return words;
}

} // namespace

bool isCommonWord(QStringView word)
{
    if (word.isEmpty())
        return false;
    // A short ASCII word (nearly every word looked up) is lowered in a buffer on the stack, as
    // QString::toLower() and toUtf8() would make it; the three copies cost more than the search.
    std::array<char, 32> lower;
    if (word.size() <= qsizetype(lower.size())) {
        qsizetype i = 0;
        for (; i < word.size() && word.at(i).unicode() < 0x80; ++i) {
            const char c = char(word.at(i).unicode());
            lower[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
        }
        if (i == word.size())
            return dictionary().isLowerCase(std::string_view(lower.data(), size_t(word.size())));
    }
    return dictionary().isLowerCase(word.toString().toLower().toUtf8());
}

bool isListedCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper() && dictionary().isCapitalised(word.toUtf8());
}

} // namespace Lectern
