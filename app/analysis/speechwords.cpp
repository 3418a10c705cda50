// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/speechwords.h"
#include "analysis/nameclassifier.h"
#include "analysis/speakerattribution.h"
#include "analysis/wordset.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Lectern {

namespace {

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        const QStringList stems = {
            QStringLiteral("say"),
            QStringLiteral("said"),
            QStringLiteral("says"),
            QStringLiteral("told"),
            QStringLiteral("tells"),
            QStringLiteral("add"),
            QStringLiteral("added"),
            QStringLiteral("adds"),
            QStringLiteral("state"),
            QStringLiteral("stated"),
            QStringLiteral("states"),
            QStringLiteral("declare"),
            QStringLiteral("declared"),
            QStringLiteral("declares"),
            QStringLiteral("emphasized"),
            QStringLiteral("emphasised"),
            QStringLiteral("emphasizes"),
            QStringLiteral("stressed"),
            QStringLiteral("stresses"),
            QStringLiteral("noted"),
            QStringLiteral("notes"),
            QStringLiteral("explained"),
            QStringLiteral("explains"),
            QStringLiteral("remarked"),
            QStringLiteral("insisted"),
            QStringLiteral("warned"),
            QStringLiteral("warns"),
            QStringLiteral("urged"),
            QStringLiteral("announced"),
            QStringLiteral("asserted"),
            QStringLiteral("affirmed"),
            QStringLiteral("reaffirmed"),
            QStringLiteral("observed"),
            QStringLiteral("commented"),
            QStringLiteral("continued"),
            QStringLiteral("concluded"),
            QStringLiteral("wrote"),
            QStringLiteral("writes"),
            QStringLiteral("tweeted"),
            QStringLiteral("posted"),
            QStringLiteral("argued"),
            QStringLiteral("acknowledged"),
            QStringLiteral("replied"),
            QStringLiteral("responded"),
            QStringLiteral("asked"),
            QStringLiteral("underscored"),
            QStringLiteral("underlined"),
            QStringLiteral("highlighted"),
            QStringLiteral("recalled"),
            QStringLiteral("reiterated"),
            QStringLiteral("pledged"),
            QStringLiteral("promised"),
            QStringLiteral("vowed"),
            QStringLiteral("told"),
            QStringLiteral("confirmed"),
            QStringLiteral("cautioned"),
            QStringLiteral("predicted"),
            QStringLiteral("proclaimed"),
            QStringLiteral("welcomed"),
            QStringLiteral("praised"),
            QStringLiteral("thanked"),
            QStringLiteral("expressed"),
            QStringLiteral("called"),
            QStringLiteral("addressed"),
            QStringLiteral("spoke"),
            QStringLiteral("speaks"),
            QStringLiteral("opened"),
            QStringLiteral("began"),
            // Fiction and reported dialogue.
            QStringLiteral("asks"),
            QStringLiteral("replies"),
            QStringLiteral("answered"),
            QStringLiteral("answers"),
            QStringLiteral("cried"),
            QStringLiteral("cries"),
            QStringLiteral("exclaimed"),
            QStringLiteral("returned"),
            QStringLiteral("rejoined"),
            QStringLiteral("retorted"),
            QStringLiteral("whispered"),
            QStringLiteral("muttered"),
            QStringLiteral("murmured"),
            QStringLiteral("inquired"),
            QStringLiteral("enquired"),
            QStringLiteral("demanded"),
            QStringLiteral("shouted"),
            QStringLiteral("yell"),
            QStringLiteral("yelled"),
            QStringLiteral("screamed"),
            QStringLiteral("repeated"),
            QStringLiteral("interrupted"),
            QStringLiteral("interposed"),
            QStringLiteral("suggested"),
            QStringLiteral("protested"),
            QStringLiteral("objected"),
            QStringLiteral("resumed"),
            QStringLiteral("pursued"),
            QStringLiteral("persisted"),
            QStringLiteral("ventured"),
            QStringLiteral("gasped"),
            QStringLiteral("sighed"),
            QStringLiteral("sobbed"),
            QStringLiteral("groaned"),
            QStringLiteral("growled"),
            QStringLiteral("snapped"),
            QStringLiteral("laughed"),
            QStringLiteral("faltered"),
            QStringLiteral("stammered"),
            QStringLiteral("hinted"),
            QStringLiteral("confessed"),
            QStringLiteral("admitted"),
            QStringLiteral("agreed"),
            QStringLiteral("assented"),
            QStringLiteral("drawled"),
            QStringLiteral("teased"),
            QStringLiteral("bellowed"),
            QStringLiteral("sneered"),
            QStringLiteral("scoffed"),
            QStringLiteral("challenged"),
            QStringLiteral("pleaded"),
            QStringLiteral("begged"),
            QStringLiteral("intimated"),
            QStringLiteral("lamented"),
            QStringLiteral("laments"),
            QStringLiteral("complained"),
            QStringLiteral("quipped"),
            QStringLiteral("chuckled"),
            QStringLiteral("grumbled"),
            QStringLiteral("mumbled"),
            QStringLiteral("snorted"),
            QStringLiteral("hissed"),
            QStringLiteral("roared"),
            QStringLiteral("wailed"),
            QStringLiteral("moaned"),
            QStringLiteral("snarled"),
            QStringLiteral("blurted"),
            QStringLiteral("shrieked"),
            QStringLiteral("barked"),
            QStringLiteral("mused"),
            QStringLiteral("conceded"),
            QStringLiteral("demurred"),
            QStringLiteral("assured"),
            QStringLiteral("instructed"),
            QStringLiteral("echoed"),
            QStringLiteral("fleered"),
            QStringLiteral("joked"),
            QStringLiteral("boasted"),
            QStringLiteral("touted"),
            QStringLiteral("decried"),
            QStringLiteral("claimed"),
            QStringLiteral("appealed"),
            QStringLiteral("prayed"),
            QStringLiteral("prays"),
            QStringLiteral("appeals"),
            QStringLiteral("urges"),
            QStringLiteral("insists"),
            QStringLiteral("reminded"),
            QStringLiteral("reminds"),
            QStringLiteral("affirms"),
            QStringLiteral("reaffirms"),
            QStringLiteral("underscores"),
            QStringLiteral("claims"),
            QStringLiteral("recounted"),
            QStringLiteral("ask"),
            QStringLiteral("teach"),
            QStringLiteral("teaches"),
            QStringLiteral("taught"),
            QStringLiteral("saying"), // "Jock was saying"
            QStringLiteral("asking"),
            QStringLiteral("crying"),
        };
        for (const QString &verb : stems)
            set.insert(verb);
        return set;
    }();
    return verbs;
}

} // namespace

bool canSpeak(EntityType type)
{
    return type == EntityType::Person || type == EntityType::Organization || type == EntityType::Place;
}

bool isAdverb(QStringView word)
{
    return word.endsWith(QLatin1String("ly")) || word == QLatin1String("also") || word == QLatin1String("then")
        || word == QLatin1String("later") || word == QLatin1String("again") || word == QLatin1String("has")
        || word == QLatin1String("had") || word == QLatin1String("have") || word == QLatin1String("once")
        || word == QLatin1String("was") || word == QLatin1String("is") || word == QLatin1String("always")
        || word == QLatin1String("often") || word == QLatin1String("sometimes") || word == QLatin1String("still")
        || word == QLatin1String("just") || word == QLatin1String("already") || word == QLatin1String("even");
}

bool isPronoun(QStringView word)
{
    static const QStringList pronouns = {QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"),
        QStringLiteral("we"), QStringLiteral("you")};
    // A case-insensitive comparison folds one character to one: a word of another length is none.
    if (word.size() < 2 || word.size() > 4)
        return word == u'I';
    for (const QString &pronoun : pronouns) {
        if (word.compare(pronoun, Qt::CaseInsensitive) == 0)
            return true;
    }
    return word == u'I';
}

bool isNotAName(QStringView word)
{
    return isSentenceWord(word) || word == u"Officials";
}

/// 'm' or 'f' for a noun that tells ("man", "mother"), else null.
QChar sexOfNoun(QStringView word)
{
    static const QSet<QString> maleNouns = {QStringLiteral("man"), QStringLiteral("boy"), QStringLiteral("father"),
        QStringLiteral("brother"), QStringLiteral("husband"), QStringLiteral("son"), QStringLiteral("king"),
        QStringLiteral("uncle"), QStringLiteral("lad"), QStringLiteral("gentleman"), QStringLiteral("prince"),
        QStringLiteral("duke"), QStringLiteral("grandfather"), QStringLiteral("nephew"), QStringLiteral("parson"),
        QStringLiteral("priest"), QStringLiteral("monk"), QStringLiteral("squire"), QStringLiteral("fellow"),
        QStringLiteral("landlord"), QStringLiteral("stranger"), QStringLiteral("waiter"), QStringLiteral("clerk")};
    static const QSet<QString> femaleNouns = {QStringLiteral("woman"), QStringLiteral("girl"), QStringLiteral("lady"),
        QStringLiteral("mother"), QStringLiteral("sister"), QStringLiteral("wife"), QStringLiteral("daughter"),
        QStringLiteral("queen"), QStringLiteral("aunt"), QStringLiteral("widow"), QStringLiteral("maid"),
        QStringLiteral("grandmother"), QStringLiteral("princess"), QStringLiteral("duchess"),
        QStringLiteral("mistress"), QStringLiteral("landlady"), QStringLiteral("niece"), QStringLiteral("bride"),
        QStringLiteral("actress"), QStringLiteral("hostess"), QStringLiteral("nun")};
    const QString noun = word.toString().toLower();
    return maleNouns.contains(noun) ? u'm' : femaleNouns.contains(noun) ? u'f' : QChar();
}

bool isPersonNoun(QStringView word)
{
    static const QSet<QString> roles = {QStringLiteral("dad"), QStringLiteral("mom"), QStringLiteral("mum"),
        QStringLiteral("grandma"), QStringLiteral("grandpa"), QStringLiteral("parents"), QStringLiteral("grandparents"),
        QStringLiteral("friend"), QStringLiteral("friends"), QStringLiteral("teacher"), QStringLiteral("coach"),
        QStringLiteral("doctor"), QStringLiteral("boss"), QStringLiteral("colleague"), QStringLiteral("colleagues"),
        QStringLiteral("neighbor"), QStringLiteral("neighbour"), QStringLiteral("poet"), QStringLiteral("poets"),
        QStringLiteral("rabbi"), QStringLiteral("rabbis"), QStringLiteral("pastor"), QStringLiteral("pope"),
        QStringLiteral("spokesperson"), QStringLiteral("spokesman"), QStringLiteral("spokeswoman"),
        QStringLiteral("captain"), QStringLiteral("crowd"), QStringLiteral("audience"), QStringLiteral("court"),
        QStringLiteral("press"), QStringLiteral("author"), QStringLiteral("writer"), QStringLiteral("chairman"),
        QStringLiteral("chair"), QStringLiteral("minister"), QStringLiteral("president"), QStringLiteral("senator"),
        QStringLiteral("governor"), QStringLiteral("mayor"), QStringLiteral("ambassador"), QStringLiteral("officer"),
        QStringLiteral("official"), QStringLiteral("officials"), QStringLiteral("soldier"), QStringLiteral("soldiers"),
        QStringLiteral("kids"), QStringLiteral("children"), QStringLiteral("students"), QStringLiteral("student"),
        QStringLiteral("workers"), QStringLiteral("worker"), QStringLiteral("people"), QStringLiteral("guy"),
        QStringLiteral("guys"), QStringLiteral("folks"), QStringLiteral("ancestors"), QStringLiteral("founders")};
    return !sexOfNoun(word).isNull() || roles.contains(word.toString().toLower());
}

bool opensDescription(QStringView word)
{
    static const QStringList determiners = {QStringLiteral("the"), QStringLiteral("his"), QStringLiteral("her"),
        QStringLiteral("their"), QStringLiteral("my"), QStringLiteral("our"), QStringLiteral("your")};
    // A case-insensitive comparison folds one character to one: a word of another length is none.
    if (word.size() < 2 || word.size() > 5)
        return false;
    for (const QString &determiner : determiners) {
        if (word.compare(determiner, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isDescription(QStringView canonical)
{
    // The first word, up to any white space: a mention's text may break a line ("my\nmother").
    const auto space = std::find_if(canonical.begin(), canonical.end(), [](QChar c) { return c.isSpace(); });
    return space != canonical.begin() && space != canonical.end()
        && opensDescription(canonical.first(space - canonical.begin()));
}

bool isSpeechVerb(QStringView word)
{
    return containsWord(speechVerbs(), word);
}

} // namespace Lectern
