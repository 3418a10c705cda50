// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entityregistry.h"
#include "analysis/englishwords.h"
#include "analysis/nameclassifier.h"
#include "analysis/wordlist.h"
#include "analysis/wordset.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>

namespace Lectern {

namespace {

std::optional<EntityType> typeFromName(QStringView name)
{
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization, EntityType::Agreement,
             EntityType::Event, EntityType::Date}) {
        if (name == entityTypeName(type))
            return type;
    }
    return std::nullopt;
}

/// Whether \a name is its own lookup key: no spacing to simplify, no typographic apostrophe.
bool isOwnKey(QStringView name)
{
    if (!name.isEmpty() && (name.front().isSpace() || name.back().isSpace()))
        return false;
    bool afterSpace = false;
    for (const QChar c : name) {
        if (c.unicode() > u' ' && c.unicode() < 0x7f) { // printable ASCII other than the space: most of a name
            afterSpace = false;
            continue;
        }
        if (c == u'\u2019')
            return false;
        if (c.isSpace()) {
            if (afterSpace || c != u' ')
                return false;
            afterSpace = true;
        } else {
            afterSpace = false;
        }
    }
    return true;
}

/// The lookup key of \a name, without a copy when the name is its own key (nearly always): the
/// classifier looks up every part of every name of a text. The result may refer to \a name's
/// characters, so it must not outlive them.
QString lookupKey(QStringView name)
{
    return isOwnKey(name) ? QString::fromRawData(name.constData(), name.size()) : EntityRegistry::key(name);
}

/// The words of a personal name, without a generational suffix: "Ralph Puckett Jr." is found
/// by "Puckett".
QStringList nameWords(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    static const QStringList suffixes = {QStringLiteral("Jr"), QStringLiteral("Jr."), QStringLiteral("Sr"),
        QStringLiteral("Sr."), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
    if (words.size() > 2 && suffixes.contains(words.constLast()))
        words.removeLast();
    return words;
}

bool isLetterOrNumberBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return false;
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(text.at(i - 2), c));
    return c.isLetterOrNumber();
}

bool isLetterOrNumberAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(i + 1)));
    return c.isLetterOrNumber();
}

/// A hash of the first two characters of a name, for findWholeWords().
std::size_t firstTwoKey(char16_t first, char16_t second)
{
    return (std::size_t(first) * 31 + second) & 0xffff;
}

/// The first characters of names, looked up at every character of a text: in a table of bytes
/// for the first 256 characters, in a set of bits beyond.
struct FirstCharacters
{
    std::array<bool, 256> latin {};
    std::bitset<0x10000> all;

    void insert(char16_t c)
    {
        all.set(c);
        if (c < latin.size())
            latin[c] = true;
    }
    bool contains(char16_t c) const { return c < latin.size() ? latin[c] : all[c]; }
};

/// The first place from \a at where one of \a first stands in \a characters, or \a size: a loop
/// of its own, which the compiler keeps in registers.
qsizetype nextOf(const char16_t *characters, qsizetype at, qsizetype size, const FirstCharacters &first)
{
    while (at < size && !first.contains(characters[at]))
        ++at;
    return at;
}

/// Where \a names (longest first) occur in \a text as whole words, as a global match of the
/// regular expression (?<![\p{L}\p{N}])(?:name|name|...)(?![\p{L}\p{N}]) finds them: from left
/// to right, the longest name at each place, without overlaps. One pass over the text that tries
/// the names starting with the character at hand, because a search of the whole text for each
/// name cost more than the rest of the linking (and compiling the expression, more still). The
/// first two characters are tested against those of the names before the names are looked up,
/// as most capitals of a text start none of its names.
QList<TextRange> findWholeWords(QStringView text, const QStringList &names)
{
    QHash<char16_t, QList<qsizetype>> byFirstCharacter; // in rank order: the first that matches wins
    FirstCharacters firstCharacters;
    std::bitset<0x10000> firstTwoCharacters; // by firstTwoKey()
    std::bitset<0x10000> oneCharacterNames; // by their character: no second one to test
    for (qsizetype rank = 0; rank < names.size(); ++rank) {
        const QString &name = names.at(rank);
        if (name.isEmpty())
            continue;
        const char16_t first = name.front().unicode();
        byFirstCharacter[first].append(rank);
        firstCharacters.insert(first);
        if (name.size() == 1)
            oneCharacterNames.set(first);
        else
            firstTwoCharacters.set(firstTwoKey(first, name.at(1).unicode()));
    }
    const char16_t *characters = text.utf16();
    const qsizetype size = text.size();
    QList<TextRange> found;
    for (qsizetype at = nextOf(characters, 0, size, firstCharacters); at < size;
         at = nextOf(characters, at + 1, size, firstCharacters)) {
        const char16_t c = characters[at];
        if (!oneCharacterNames[c] && (at + 1 == size || !firstTwoCharacters[firstTwoKey(c, characters[at + 1])]))
            continue;
        if (isLetterOrNumberBefore(text, at))
            continue;
        for (const qsizetype rank : *byFirstCharacter.constFind(c)) {
            const QString &name = names.at(rank);
            if (text.sliced(at).startsWith(name) && !isLetterOrNumberAt(text, at + name.size())) {
                found.append({at, at + name.size()});
                at += name.size() - 1;
                break;
            }
        }
    }
    return found;
}

bool overlapsAny(const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), start,
        [](const EntityMention &m, qsizetype pos) { return m.range.end <= pos; });
    return it != mentions.cend() && it->range.start < end;
}

/// Whether \a text has a surrogate without its pair, where no regular expression matches: PCRE2
/// rejects the subject as invalid UTF-16.
bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

bool isOfficeHolder(const QString &name)
{
    // An article or "Madam" and a space: the office follows. The expression that took these
    // starts too cost 0.4% of the recogniser; as it did, a name with an unpaired surrogate is none.
    if (name.isEmpty())
        return false;
    static constexpr QStringView articles[] = {u"The ", u"the ", u"Madam ", u"Madame "};
    for (const QStringView article : articles) {
        if (name.front() == article.front() && name.startsWith(article))
            return !hasUnpairedSurrogate(name);
    }
    if (!name.startsWith(u"Mr"))
        return false;
    static const QRegularExpression addressedOffice(QStringLiteral(
        "\\AMr\\.? (?:Speaker|President|Vice President|Prime Minister|Chancellor|Chairman|Chair|Secretary|"
        "Ambassador|Minister|Mayor|Governor|Justice)\\b"));
    return addressedOffice.match(name).hasMatch();
}

const EntityRegistry &EntityRegistry::builtIn()
{
    static const EntityRegistry registry = [] {
        QFile file(QStringLiteral(":/lectern/gazetteer/entities.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return EntityRegistry();
        return fromTable(QString::fromUtf8(file.readAll()));
    }();
    return registry;
}

EntityRegistry EntityRegistry::fromTable(QStringView table)
{
    EntityRegistry registry;
    for (QStringView line : table.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 3)
            continue;
        if (fields.at(0) == u"country") { // a marker line: the place of this canonical name is a country
            registry.m_countries.insert(fields.at(1).toString());
            continue;
        }
        const std::optional<EntityType> type = typeFromName(fields.at(0));
        if (!type)
            continue;
        const QString canonical = fields.at(1).toString();
        QHash<QString, QString> &canonicalByKey = registry.m_canonical[*type];
        canonicalByKey.insert(key(canonical), canonical);
        if (!registry.m_typeByKey.contains(key(canonical))) // see typeOf(): places come first
            registry.m_typeByKey.insert(key(canonical), *type);
        for (QStringView name : fields.at(2).split(u'|', Qt::SkipEmptyParts)) {
            canonicalByKey.insert(key(name), canonical);
            if (!registry.m_typeByKey.contains(key(name)))
                registry.m_typeByKey.insert(key(name), *type);
        }
    }
    for (auto it = registry.m_typeByKey.cbegin(); it != registry.m_typeByKey.cend(); ++it) {
        const QString &name = it.key();
        for (qsizetype space = name.indexOf(u' '); space > 0; space = name.indexOf(u' ', space + 1))
            registry.m_namePrefixes.insert(name.left(space));
    }
    return registry;
}

bool EntityRegistry::isCountry(const QString &canonical) const
{
    return m_countries.contains(canonical);
}

QString EntityRegistry::key(QStringView name)
{
    QString key = name.toString().simplified();
    key.replace(u'\u2019', u'\'');
    return key;
}

std::optional<EntityType> EntityRegistry::typeOf(QStringView name) const
{
    const auto it = m_typeByKey.constFind(lookupKey(name));
    if (it == m_typeByKey.cend())
        return std::nullopt;
    return *it;
}

bool EntityRegistry::hasLongerName(QStringView name) const
{
    const QString key = lookupKey(name);
    // A blank name starts nothing: a name after it is a name of its own.
    return key.isEmpty() || m_namePrefixes.contains(key);
}

QString EntityRegistry::canonical(EntityType type, QStringView name) const
{
    const auto names = m_canonical.constFind(type);
    return names == m_canonical.cend() ? QString() : names->value(lookupKey(name));
}

qsizetype EntityRegistry::size() const
{
    qsizetype names = 0;
    for (const QHash<QString, QString> &canonicalByKey : m_canonical)
        names += canonicalByKey.size();
    return names;
}

QString nameWithoutInitials(const QString &name)
{
    QStringList kept;
    for (const QString &word : nameWords(name)) {
        if (!(word.size() == 2 && word.at(0).isUpper() && word.at(1) == u'.'))
            kept.append(word);
    }
    // Without accents too: "Philémon Yang" and "Philemon Yang" are one person.
    QString joined = kept.join(u' ').normalized(QString::NormalizationForm_D);
    joined.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return joined;
}

namespace {

/// A person's name without the honorific that opens it, when a name of two words or more
/// follows ("Mr. Philemon Yang", "H.E. Mr António Guterres" are Philemon Yang and António
/// Guterres); a form of address keeps it, with its full stop ("Mr President" is "Mr.
/// President"), and so does an honorific and a surname ("Dr Fauci" is "Dr. Fauci").
QString withoutHonorific(const QString &name)
{
    static const QSet<QString> honorifics = {QStringLiteral("Mr"), QStringLiteral("Mr."), QStringLiteral("Mrs"),
        QStringLiteral("Mrs."), QStringLiteral("Ms"), QStringLiteral("Ms."), QStringLiteral("H.E."),
        QStringLiteral("Dr"), QStringLiteral("Dr."), QStringLiteral("Prof"), QStringLiteral("Prof.")};
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (isOfficeHolder(name)) {
        if (!words.isEmpty() && (words.constFirst() == u"Mr" || words.constFirst() == u"Mrs"))
            words.first().append(u'.');
        return words.join(u' ');
    }
    qsizetype first = 0;
    while (first < words.size() && honorifics.contains(words.at(first)))
        ++first;
    if (first == 0)
        return name;
    if (words.size() - first < 2) {
        for (qsizetype i = 0; i < first; ++i) {
            if (!words.at(i).endsWith(u'.'))
                words[i].append(u'.');
        }
        return words.join(u' ');
    }
    return words.mid(first).join(u' ');
}

/// 'm' or 'f' when a person's mention tells: its honorific, in it or right before it ("Mrs.
/// Bennet", "Mrs. |Bennet"), else a common given name ("Mary Lennox"); null otherwise.
QChar sexOfMention(QStringView text, const EntityMention &mention)
{
    if (const QChar told = sexOfHonorific(honorificOf(text, mention)); !told.isNull())
        return told;
    // The first of two words or more, as QString::split() at spaces would give it, without the
    // copies of the words.
    const QStringView name = mention.text;
    qsizetype start = 0;
    while (start < name.size() && name.at(start) == u' ')
        ++start;
    qsizetype end = start;
    while (end < name.size() && name.at(end) != u' ')
        ++end;
    qsizetype next = end;
    while (next < name.size() && name.at(next) == u' ')
        ++next;
    const bool twoWords = end > start && next < name.size();
    return twoWords ? sexOfGivenName(name.mid(start, end - start)) : QChar();
}

/// "Mr. Bennet", "Dr. Fauci": an honorific and a surname, not a full name.
bool isAddressedSurname(const QStringList &words)
{
    static const QSet<QString> honorifics
        = {QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"), QStringLiteral("Miss"),
            QStringLiteral("Mme"), QStringLiteral("Mlle"), QStringLiteral("Dr"), QStringLiteral("Prof")};
    if (words.size() != 2)
        return false;
    QString first = words.constFirst();
    if (first.endsWith(u'.'))
        first.chop(1);
    return honorifics.contains(first);
}

} // namespace

void resolveMentions(QStringView text, QList<EntityMention> &mentions, const EntityRegistry &registry)
{
    // People: every full name (two words or more) is its own entity; a single word links to
    // the one full name that has it as first or last word ("Blinken" -> "Antony Blinken";
    // "Park" -> "Park Jin", Korean names put the family name first).
    QStringList fullNames;
    QSet<QString> known;
    QHash<QString, QStringList> byWord; // first or last word -> the full names with it
    QHash<QString, QStringList> byLastWord;
    // "Donald J. Trump" and "Donald Trump" are one person: full names alike but for initials.
    QHash<QString, QString> firstByInitialFree;
    QHash<QString, QString> initialFreeOf; // full name -> without its initials
    // A full name's sex, when one of its mentions tells: Mrs. Bennet is not Mr. Bennet, and
    // "Mrs. Smith" is not John Smith.
    QHash<QString, QChar> sexOfName;
    // "Mr. Bennet" is a full name of its own, but the one full name of its surname and sex
    // ("Mr. Smith" after John Smith) takes it in, and a surname alone links to it when no full
    // name has that surname.
    QHash<QString, QStringList> addressedBySurname;
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type != EntityType::Person)
            continue;
        const QString name = withoutHonorific(mention.text.simplified());
        const QStringList words = nameWords(name);
        // Not an office without a name ("General Vice President"): "President" alone is not
        // that person.
        static const QSet<QString> offices = {QStringLiteral("President"), QStringLiteral("Minister"),
            QStringLiteral("Secretary"), QStringLiteral("Director"), QStringLiteral("Chairman"),
            QStringLiteral("Chair"), QStringLiteral("Ambassador"), QStringLiteral("Governor"), QStringLiteral("Judge"),
            QStringLiteral("Senator"), QStringLiteral("Speaker"), QStringLiteral("Secretary-General")};
        if (words.size() < 2 || known.contains(name) || isOfficeHolder(name) || offices.contains(words.constLast()))
            continue;
        known.insert(name);
        if (const QChar sex = sexOfMention(text, mention); !sex.isNull())
            sexOfName.insert(name, sex);
        fullNames.append(name);
        if (isAddressedSurname(words)) {
            addressedBySurname[words.constLast()].append(name);
            continue;
        }
        const QString initialFree = nameWithoutInitials(name);
        if (!firstByInitialFree.contains(initialFree))
            firstByInitialFree.insert(initialFree, name);
        initialFreeOf.insert(name, initialFree);
        byWord[words.constFirst()].append(name);
        if (words.constLast() != words.constFirst())
            byWord[words.constLast()].append(name);
        byLastWord[words.constLast()].append(name);
    }
    // The person a full name (not a surname with its honorific) is: the first full name alike
    // but for initials. Once a name, not at each of its mentions.
    QHash<QString, QString> personOf;
    for (auto it = initialFreeOf.cbegin(); it != initialFreeOf.cend(); ++it)
        personOf.insert(it.key(), firstByInitialFree.value(it.value(), it.key()));
    auto personCanonical = [&](const QString &name, QChar sex) -> QString {
        const QString simplified = withoutHonorific(name.simplified());
        if (isOfficeHolder(simplified)) // "The President" is "the President"
            return simplified.startsWith(u'T') ? QStringLiteral("the") + simplified.mid(3) : simplified;
        const QStringList words = nameWords(simplified);
        const bool addressed = isAddressedSurname(words);
        if (known.contains(simplified) && !addressed)
            return personOf.value(simplified);
        if (words.isEmpty())
            return simplified;
        const auto oneOf = [&](const QStringList &names, bool initialFree) -> QString {
            QStringList candidates;
            for (const QString &candidate : names) {
                const QString person = initialFree ? personOf.value(candidate) : candidate;
                const QChar other = sexOfName.value(candidate);
                if (!sex.isNull() && !other.isNull() && other != sex)
                    continue;
                if (!candidates.contains(person))
                    candidates.append(person);
            }
            // Two people share the name: do not guess.
            return candidates.size() == 1 ? candidates.constFirst() : QString();
        };
        QString person
            = oneOf(words.size() == 1 ? byWord.value(words.constFirst()) : byLastWord.value(words.constLast()), true);
        if (person.isEmpty() && !addressed)
            person = oneOf(addressedBySurname.value(words.constLast()), false);
        return person.isEmpty() ? simplified : person;
    };

    // Untitled mentions of known people ("Antony Blinken said", "Blinken added"): every full
    // name and surname, the longest first where several start at one place.
    QStringList searched;
    for (const QString &full : std::as_const(fullNames)) {
        searched.append(full);
        searched.append(nameWords(full).constLast());
    }
    // A given name alone, when one person of the text has it ("George Floyd ... George's
    // family"): not one that is an English word ("Bill", "Rose") or a name the gazetteers know as
    // something else ("Jordan").
    for (auto it = byWord.cbegin(); it != byWord.cend(); ++it) {
        const QString &given = it.key();
        QSet<QString> people;
        for (const QString &full : it.value())
            people.insert(personOf.value(full, full));
        if (people.size() != 1 || given.size() < 3 || !given.front().isUpper() || !given.back().isLower()
            || isCommonWord(given) || sexOfGivenName(given).isNull() || registry.typeOf(given))
            continue;
        searched.append(given);
    }
    // The people the news names by surname alone ("We want Trump", "signals to Putin"), when the
    // text gives no full name that surname; they keep it as their canonical name, as "President
    // Putin" does.
    static const QStringList wellKnownSurnames = [] {
        QStringList surnames;
        for (const QString &name : gazetteerEntries(QStringLiteral("well-known-people.txt")))
            surnames.append(nameWords(name).constLast());
        return surnames;
    }();
    QSet<QString> seeded;
    for (const QString &surname : wellKnownSurnames) {
        if (!byLastWord.contains(surname) && !addressedBySurname.contains(surname)) {
            seeded.insert(surname);
            searched.append(surname);
        }
    }
    // The surname of a person named only with a title ("Senator Warnock", "Secretary Blinken"):
    // "Warnock said" further on is that person.
    for (const EntityMention &mention : std::as_const(mentions)) {
        if (mention.type != EntityType::Person)
            continue;
        const QString name = mention.text.simplified();
        // Not a word of the dictionary: a title's last word taken for a name ("Assistant",
        // "Counsel") is one, and so are surnames too common to search for ("King", "Rice"); nor a
        // given name ("Prince William").
        if (!name.contains(u' ') && name.size() > 2 && name.front().isUpper() && name.back().isLower()
            && !isCommonWord(name) && sexOfGivenName(name).isNull())
            searched.append(name);
    }
    searched.removeDuplicates();
    std::sort(searched.begin(), searched.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<EntityMention> added;
    for (const TextRange &found : findWholeWords(text, searched)) {
        if (overlapsAny(mentions, found.start, found.end))
            continue;
        // The surname of a well-known person joined to another by a hyphen qualifies what
        // follows: "the Obama-Biden administration".
        if (seeded.contains(text.mid(found.start, found.length()).toString())
            && ((found.start > 0 && text.at(found.start - 1) == u'-')
                || (found.end + 1 < text.size() && text.at(found.end) == u'-' && text.at(found.end + 1).isLetter())))
            continue;
        EntityMention mention;
        mention.range = found;
        mention.type = EntityType::Person;
        mention.text = text.mid(found.start, found.length()).toString();
        added.append(mention); // in text order: the matches do not overlap
    }
    if (!added.isEmpty()) {
        mentions.append(added);
        std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention &a, const EntityMention &b) { return a.range.start < b.range.start; });
    }

    for (EntityMention &mention : mentions) {
        if (mention.type == EntityType::Person) {
            mention.canonical = personCanonical(mention.text, sexOfMention(text, mention));
        } else {
            // A canonical name given before stays when the gazetteers have none ("WASHINGTON" of a
            // dateline is Washington).
            const QString canonical = registry.canonical(mention.type, mention.text);
            mention.canonical = !canonical.isEmpty() ? canonical
                : !mention.canonical.isEmpty()       ? mention.canonical
                                                     : mention.text.simplified();
        }
        if (mention.type == EntityType::Agreement) {
            // "the ... Policing Act of 2021" is the act named without its year too.
            static const QRegularExpression year(QStringLiteral(" of [12]\\d{3}\\z"));
            mention.canonical.remove(year);
        }
    }
}

QHash<QString, QString> linkOfficeHolders(QStringView text, QList<EntityMention> &mentions)
{
    // The word before a title that makes it another office: "Vice President", "former President".
    static const QSet<QString> otherOffice = {QStringLiteral("Vice"), QStringLiteral("Deputy"),
        QStringLiteral("Acting"), QStringLiteral("Assistant"), QStringLiteral("Under"), QStringLiteral("Associate"),
        QStringLiteral("Former"), QStringLiteral("Shadow"), QStringLiteral("Chief")};
    static const QRegularExpression address(QStringLiteral("\\A(?:[Tt]he|Madam|Madame|Mr\\.?) "));
    constexpr int LongestOfficeWords = 3;
    QHash<QString, QString> holder; // office, lower case -> the one person's canonical; empty when several
    const auto hold = [&holder](const QString &office, const QString &person) {
        const auto it = holder.find(office);
        if (it == holder.end())
            holder.insert(office, person);
        else if (*it != person)
            *it = QString();
    };
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const EntityMention &mention = mentions.at(m);
        if (mention.type != EntityType::Person)
            continue;
        if (isOfficeHolder(mention.canonical)) {
            // The office, then the name: "the National Security Advisor, Jake Sullivan,".
            if (m + 1 == mentions.size())
                continue;
            const EntityMention &next = mentions.at(m + 1);
            const QStringView between = text.mid(mention.range.end, next.range.start - mention.range.end);
            if (next.type == EntityType::Person && !isOfficeHolder(next.canonical) && between.trimmed() == u",")
                hold(
                    mention.canonical.mid(address.match(mention.canonical).capturedLength()).toLower(), next.canonical);
            continue;
        }
        const QStringView phrase = text.mid(mention.range.start, mention.range.length());
        const qsizetype name = phrase.lastIndexOf(mention.canonical);
        if (name <= 0)
            continue;
        QList<QStringView> words = phrase.left(name).split(u' ', Qt::SkipEmptyParts);
        // The office's last words ("Secretary of State| Antony Blinken": "state", "of state",
        // "secretary of state"), and those before its "of" ("Secretary| of State": "secretary"),
        // so that "the Secretary" is Antony Blinken when no other secretary is named.
        const qsizetype of = words.lastIndexOf(u"of");
        for (int part = 0; part < 2; ++part) {
            if (part == 1) {
                if (of <= 0)
                    break;
                words.resize(of);
            }
            for (qsizetype n = 1; n <= std::min<qsizetype>(LongestOfficeWords, words.size()); ++n) {
                if (n < words.size()) {
                    const QStringView before = words.at(words.size() - n - 1);
                    if (before.front().isLower() || containsWord(otherOffice, before))
                        continue;
                    // An office of something named before it is not the office alone: "SMART
                    // Transportation Division President Jeremy Ferguson" is no "the President".
                    if (n == 1 && isOrganizationWord(before))
                        continue;
                }
                QStringList office;
                for (qsizetype k = words.size() - n; k < words.size(); ++k)
                    office << words.at(k).toString().toLower();
                hold(office.join(u' '), mention.canonical);
            }
        }
    }
    QHash<QString, QString> linked;
    for (EntityMention &mention : mentions) {
        // Not a form of address: in the Senate "Mr. President" is whoever presides.
        if (mention.type != EntityType::Person || !isOfficeHolder(mention.canonical)
            || !mention.canonical.startsWith(QLatin1String("the ")))
            continue;
        const QString office = mention.canonical.mid(address.match(mention.canonical).capturedLength()).toLower();
        const QString person = holder.value(office);
        if (person.isEmpty())
            continue;
        linked.insert(mention.canonical, person);
        mention.canonical = person;
    }
    return linked;
}

} // namespace Lectern
