// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the recogniser against the gold annotations of ../shared/eval-dev (GUM and LitBank),
// following the rules of its README: spans in code points of the exact text, one-to-one
// pairing, precision / recall / F1; quotes exact and by coverage (>= 80% of the gold span, at
// most 120% of its length); entities typed-exact, untyped and partial, per type.
//
//   lectern_eval [--verbose] [EVAL_DEV_DIR]
//
// --verbose lists, for reading the errors, the quotes (GUM, LitBank) and GUM's typed entities
// that were missed ("MISSED") or predicted without a gold match ("SPURIOUS"), and each matched
// LitBank quote with its gold and predicted speaker and the text around it.
//
// Decisions where the gold formats leave room, stated here so the figures can be read:
// - GUM named entities: mentions whose identity (Wikipedia title) is not "_" (dates: any); types person,
//   place, organization, event kept as they are; "time" kept as date when the mention has a
//   digit or a month name; "abstract" kept as agreement when its identity names a treaty,
//   agreement, act, charter, convention, accord, protocol, pact or plan; other types dropped.
//   GUM annotates every mention of a named entity, its pronouns too ("he", "I" of a speech's
//   speaker): the recogniser's references count with its names; a second line gives the names
//   alone.
// - GUM quotes: <quote> elements of the XML (one token a line, aligned with the TSV tokens);
//   GUM has no speaker per quote, so speakers are scored on LitBank only. Two more lines, not
//   the figures that count, read the errors: the gold with the pieces of one quotation that it
//   split at sentence ends joined, and the same over the documents that have <quote> elements.
// - LitBank's text has one sentence a line (paragraphs are not marked); it is given to the
//   recogniser with the line breaks as spaces, so that quotations may run over sentences.
// - LitBank speakers: the gold is a character name ("Jack_Durbeyfield-0"), not a mention; a
//   speaker counts as right when a word of that name (three letters or more, not "the") is a
//   word of the predicted speaker's mention or canonical name.
#include "scoring.h"

#include "analysis/analysisjson.h"
#include "analysis/recognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Lectern;
using namespace Lectern::Evaluation;

namespace {

struct GoldDocument
{
    QString name;
    QString text;
    QList<Span> quotes;
    QList<Span> entities;
    QList<QString> speakers; ///< LitBank: the gold speaker name per quote
};

QStringList readLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

/// Predicted spans in code points.
struct Prediction
{
    QList<Span> quotes;
    QList<Span> entities; ///< names and references, sorted by start
    QList<Span> names; ///< names alone
    QStringList speakerCanonicals; ///< per quote: the speaker's canonical name, empty when none
};

Prediction predict(const QString &text)
{
    const AnalysisResult result = Recognizer().analyze(text);
    const CodePointOffsets cp(text);
    Prediction p;
    for (const QuoteSpan &q : result.quotes) {
        Span s {cp(q.range.start), cp(q.range.end), QStringLiteral("quote")};
        if (q.speaker) {
            s.speakerStart = cp(q.speaker->range.start);
            s.speakerEnd = cp(q.speaker->range.end);
        }
        p.quotes.append(s);
        p.speakerCanonicals.append(q.speaker ? q.speaker->canonical : QString());
    }
    for (const EntityMention &e : result.entities)
        p.names.append({cp(e.range.start), cp(e.range.end), entityTypeName(e.type)});
    p.entities = p.names;
    for (const EntityMention &e : result.references)
        p.entities.append({cp(e.range.start), cp(e.range.end), entityTypeName(e.type)});
    std::stable_sort(
        p.entities.begin(), p.entities.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return p;
}

// --- GUM ---------------------------------------------------------------------------------------

std::optional<QString> gumType(const QString &type, const QString &identity, const QString &mention)
{
    static const QRegularExpression month(
        QStringLiteral("January|February|March|April|May|June|July|August|September|October|November|December|\\d"));
    static const QRegularExpression agreement(
        QStringLiteral("Treaty|Agreement|Act\\b|Charter|Convention|Accord|Protocol|Pact|Plan"));
    if (type == QLatin1String("person") || type == QLatin1String("place") || type == QLatin1String("organization")
        || type == QLatin1String("event"))
        return type;
    if (type == QLatin1String("time") && month.match(mention).hasMatch())
        return QStringLiteral("date");
    if (type == QLatin1String("abstract") && agreement.match(identity).hasMatch())
        return QStringLiteral("agreement");
    return std::nullopt;
}

std::optional<GoldDocument> readGum(const QString &tsvFile, const QString &xmlFile)
{
    GoldDocument doc;
    doc.name = QFileInfo(tsvFile).completeBaseName();
    QStringList sentences;
    struct Token
    {
        qsizetype start, end;
    };
    QList<Token> tokens;
    struct Open
    {
        QString type, identity;
        qsizetype start = -1, end = -1;
    };
    QMap<QString, Open> mentions; // "type[id]" -> span
    int single = 0;
    for (const QString &line : readLines(tsvFile)) {
        if (line.startsWith(QLatin1String("#Text="))) {
            sentences << line.mid(6);
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 7)
            continue;
        const QStringList range = cols.at(1).split(u'-');
        const qsizetype start = range.value(0).toLongLong(), end = range.value(1).toLongLong();
        tokens.append({start, end});
        if (cols.at(3) == QLatin1String("_"))
            continue;
        const QStringList entities = cols.at(3).split(u'|');
        const QStringList identities = cols.at(6).split(u'|');
        QMap<QString, QString> identityById;
        QStringList unbracketed;
        for (const QString &identity : identities) {
            const qsizetype bracket = identity.indexOf(u'[');
            if (bracket > 0)
                identityById.insert(identity.mid(bracket), identity.left(bracket));
            else
                unbracketed << identity;
        }
        for (const QString &entity : entities) {
            const qsizetype bracket = entity.indexOf(u'[');
            QString key;
            QString identity;
            if (bracket > 0) {
                key = entity;
                identity = identityById.value(entity.mid(bracket), QStringLiteral("_"));
            } else {
                key = entity + QStringLiteral("#") + QString::number(++single);
                identity = unbracketed.isEmpty() ? QStringLiteral("_") : unbracketed.takeFirst();
            }
            Open &open = mentions[key];
            open.type = bracket > 0 ? entity.left(bracket) : entity;
            if (open.identity.isEmpty() || open.identity == QLatin1String("_"))
                open.identity = identity;
            open.start = open.start < 0 ? start : std::min(open.start, start);
            open.end = std::max(open.end, end);
        }
    }
    doc.text = sentences.join(u'\n');
    const QList<uint> codePoints = doc.text.toUcs4();
    for (const Open &open : std::as_const(mentions)) {
        // Named entities have an identity; dates need none (README: "keep those with a digit or
        // a month name").
        if ((open.identity == QLatin1String("_") && open.type != QLatin1String("time")) || open.start < 0
            || open.end > codePoints.size())
            continue;
        const QString mention = QString::fromUcs4(
            reinterpret_cast<const char32_t *>(codePoints.constData() + open.start), open.end - open.start);
        if (const auto type = gumType(open.type, open.identity, mention))
            doc.entities.append({open.start, open.end, *type});
    }
    std::sort(doc.entities.begin(), doc.entities.end(), [](const Span &a, const Span &b) { return a.start < b.start; });

    // Quotes: <quote> ... </quote> over the XML's tokens, which follow the TSV's one for one.
    qsizetype token = 0;
    qsizetype quoteStart = -1;
    bool aligned = true;
    for (const QString &line : readLines(xmlFile)) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("<quote"))) {
            quoteStart = token;
        } else if (line.startsWith(QLatin1String("</quote>"))) {
            if (quoteStart >= 0 && quoteStart < token && token <= tokens.size())
                doc.quotes.append({tokens.at(quoteStart).start, tokens.at(token - 1).end, QStringLiteral("quote")});
            quoteStart = -1;
        } else if (!line.startsWith(u'<')) {
            ++token;
        }
    }
    if (token != tokens.size())
        aligned = false;
    if (!aligned)
        doc.quotes.clear();
    return doc;
}

// --- LitBank -------------------------------------------------------------------------------------

std::optional<GoldDocument> readLitBank(const QString &annFile, const QString &txtFile)
{
    GoldDocument doc;
    doc.name = QFileInfo(annFile).completeBaseName();
    const QStringList lines = readLines(txtFile);
    doc.text = lines.join(u'\n');
    // Code-point offsets of each token.
    QList<QList<std::pair<qsizetype, qsizetype>>> tokenOffsets;
    qsizetype offset = 0;
    for (const QString &line : lines) {
        QList<std::pair<qsizetype, qsizetype>> offsets;
        const QList<uint> cps = line.toUcs4();
        qsizetype i = 0;
        while (i < cps.size()) {
            while (i < cps.size() && cps.at(i) == u' ')
                ++i;
            const qsizetype start = i;
            while (i < cps.size() && cps.at(i) != u' ')
                ++i;
            if (i > start)
                offsets.append({offset + start, offset + i});
        }
        tokenOffsets.append(offsets);
        offset += cps.size() + 1;
    }
    QMap<QString, QString> speakerOf;
    QList<std::pair<QString, Span>> quotes;
    for (const QString &line : readLines(annFile)) {
        const QStringList cols = line.split(u'\t');
        if (cols.value(0) == QLatin1String("ATTRIB"))
            speakerOf.insert(cols.value(1), cols.value(2));
        if (cols.value(0) != QLatin1String("QUOTE") || cols.size() < 6)
            continue;
        const int s0 = cols.at(2).toInt(), t0 = cols.at(3).toInt(), s1 = cols.at(4).toInt(), t1 = cols.at(5).toInt();
        if (s0 >= tokenOffsets.size() || s1 >= tokenOffsets.size() || t0 >= tokenOffsets.at(s0).size()
            || t1 >= tokenOffsets.at(s1).size())
            continue;
        quotes.append({cols.at(1),
            {tokenOffsets.at(s0).at(t0).first, tokenOffsets.at(s1).at(t1).second, QStringLiteral("quote")}});
    }
    for (const auto &[id, span] : std::as_const(quotes)) {
        doc.quotes.append(span);
        doc.speakers.append(speakerOf.value(id));
    }
    return doc;
}

QString codePointsMid(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> cps = text.toUcs4();
    start = std::clamp<qsizetype>(start, 0, cps.size());
    end = std::clamp<qsizetype>(end, start, cps.size());
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), end - start);
}

bool nameMatches(const QString &gold, const QString &mention)
{
    QString name = gold;
    name = name.left(name.lastIndexOf(u'-'));
    for (const QString &word : name.split(u'_', Qt::SkipEmptyParts)) {
        // "The_first_man_who_came_in": an article is no part of the name.
        if (word.size() >= 3 && word.compare(QLatin1String("the"), Qt::CaseInsensitive) != 0
            && mention.split(u' ').contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool speakerRight(const QString &gold, const QString &text, const Span &predicted)
{
    if (predicted.speakerStart < 0)
        return false;
    return nameMatches(gold, codePointsMid(text, predicted.speakerStart, predicted.speakerEnd));
}

void printCounts(const char *label, const Counts &c)
{
    std::printf("  %-34s P %.3f  R %.3f  F1 %.3f   (gold %lld, predicted %lld, matched %lld)\n", label, c.precision(),
        c.recall(), c.f1(), qlonglong(c.gold), qlonglong(c.predicted), qlonglong(c.matched));
}

/// --verbose: the gold spans no prediction matched and the predictions no gold span matched.
void printUnmatched(const char *what, const GoldDocument &doc, const QList<Span> &gold, const QList<Span> &predicted,
    Match match, bool typed)
{
    QList<std::pair<qsizetype, qsizetype>> pairs;
    score(gold, predicted, match, typed, &pairs);
    QList<bool> goldMatched(gold.size(), false), predictedMatched(predicted.size(), false);
    for (const auto &[g, p] : std::as_const(pairs)) {
        goldMatched[g] = true;
        predictedMatched[p] = true;
    }
    const auto print = [&](const char *verdict, const Span &s) {
        QString text = codePointsMid(doc.text, s.start, s.end);
        text.replace(u'\n', QStringLiteral(" / "));
        std::printf("%s\t%s\t%s\t%s\t%s\n", verdict, what, qPrintable(doc.name), qPrintable(s.type), qPrintable(text));
    };
    for (qsizetype g = 0; g < gold.size(); ++g)
        if (!goldMatched.at(g))
            print("MISSED", gold.at(g));
    for (qsizetype p = 0; p < predicted.size(); ++p)
        if (!predictedMatched.at(p))
            print("SPURIOUS", predicted.at(p));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const QString root = !args.isEmpty() ? args.first() : QStringLiteral(LECTERN_SHARED_DIR "/eval-dev");
    if (!QDir(root).exists()) {
        std::printf("lectern_eval: %s not found; nothing to score.\n", qPrintable(root));
        return 0;
    }
    // GUM: entities and quotes.
    {
        const QDir tsv(root + QStringLiteral("/gum/tsv"));
        Counts quotesExact, quotesCoverage, quotesRejoined, quotesAnnotated, typed, untyped, partial, namesOnly;
        QMap<QString, Counts> perType;
        int documents = 0;
        for (const QString &file : tsv.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
            const auto doc = readGum(tsv.filePath(file),
                root + QStringLiteral("/gum/xml/") + QFileInfo(file).completeBaseName() + QStringLiteral(".xml"));
            if (!doc)
                continue;
            ++documents;
            const Prediction p = predict(doc->text);
            quotesExact += score(doc->quotes, p.quotes, Match::Exact, false);
            quotesCoverage += score(doc->quotes, p.quotes, Match::Coverage, false);
            const QList<Span> rejoined = rejoinSplitQuotes(doc->text.toUcs4(), doc->quotes);
            quotesRejoined += score(rejoined, p.quotes, Match::Coverage, false);
            // Six of the twenty documents have no <quote> element at all, though they quote
            // (GUM_news_hackers, _ie9, _warming ...): their quotations are unannotated, not absent.
            if (!doc->quotes.isEmpty())
                quotesAnnotated += score(rejoined, p.quotes, Match::Coverage, false);
            typed += score(doc->entities, p.entities, Match::Exact, true);
            namesOnly += score(doc->entities, p.names, Match::Exact, true);
            untyped += score(doc->entities, p.entities, Match::Exact, false);
            partial += score(doc->entities, p.entities, Match::Overlap, false);
            if (verbose) {
                printUnmatched("quote", *doc, doc->quotes, p.quotes, Match::Coverage, false);
                printUnmatched("entity", *doc, doc->entities, p.entities, Match::Exact, true);
            }
            for (const QString &type :
                {QStringLiteral("person"), QStringLiteral("place"), QStringLiteral("organization"),
                    QStringLiteral("agreement"), QStringLiteral("event"), QStringLiteral("date")}) {
                QList<Span> g, q;
                for (const Span &s : doc->entities)
                    if (s.type == type)
                        g << s;
                for (const Span &s : p.entities)
                    if (s.type == type)
                        q << s;
                perType[type] += score(g, q, Match::Exact, true);
            }
        }
        std::printf("GUM (%d documents)\n", documents);
        printCounts("quotes, exact", quotesExact);
        printCounts("quotes, 80% coverage", quotesCoverage);
        // Not the figure that counts: the same with the gold's pieces of one quotation joined.
        printCounts("quotes, 80%, split gold rejoined", quotesRejoined);
        printCounts("  the same, documents with quotes", quotesAnnotated);
        printCounts("named entities, typed exact", typed);
        printCounts("  the same, names without references", namesOnly);
        printCounts("named entities, untyped exact", untyped);
        printCounts("named entities, partial overlap", partial);
        for (auto it = perType.cbegin(); it != perType.cend(); ++it)
            printCounts(qPrintable(QStringLiteral("  typed exact: ") + it.key()), *it);
    }
    // LitBank: quotes and speakers.
    {
        const QDir dir(root + QStringLiteral("/litbank/quotations"));
        Counts quotesExact, quotesCoverage;
        qsizetype matched = 0, speakersRight = 0, speakersGiven = 0, canonicalRight = 0;
        int documents = 0;
        for (const QString &file : dir.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name)) {
            const auto doc = readLitBank(
                dir.filePath(file), dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".txt")));
            if (!doc)
                continue;
            ++documents;
            // LitBank's files hold one sentence a line; the recogniser reads a line as a
            // paragraph, so sentences are joined with spaces (same length: offsets unchanged).
            QString flowing = doc->text;
            flowing.replace(u'\n', u' ');
            const Prediction p = predict(flowing);
            quotesExact += score(doc->quotes, p.quotes, Match::Exact, false);
            QList<std::pair<qsizetype, qsizetype>> pairs;
            quotesCoverage += score(doc->quotes, p.quotes, Match::Coverage, false, &pairs);
            if (verbose)
                printUnmatched("quote", *doc, doc->quotes, p.quotes, Match::Coverage, false);
            for (const auto &[g, q] : std::as_const(pairs)) {
                ++matched;
                speakersGiven += p.quotes.at(q).speakerStart >= 0;
                const bool right = speakerRight(doc->speakers.value(g), doc->text, p.quotes.at(q));
                speakersRight += right;
                const Span &quote = p.quotes.at(q);
                const QString canonical = p.speakerCanonicals.value(q);
                canonicalRight += right || (!canonical.isEmpty() && nameMatches(doc->speakers.value(g), canonical));
                if (!verbose)
                    continue;
                const QString mention = quote.speakerStart >= 0
                    ? codePointsMid(flowing, quote.speakerStart, quote.speakerEnd)
                    : QStringLiteral("-");
                std::printf("%s\t%s\tgold %s\tpredicted %s [%s]\n  %s[[%s]]%s\n", right ? "RIGHT" : "WRONG",
                    qPrintable(doc->name.left(24)), qPrintable(doc->speakers.value(g)), qPrintable(mention),
                    qPrintable(canonical), qPrintable(codePointsMid(flowing, quote.start - 200, quote.start)),
                    qPrintable(codePointsMid(flowing, quote.start, quote.end)),
                    qPrintable(codePointsMid(flowing, quote.end, quote.end + 120)));
            }
        }
        std::printf("LitBank (%d documents)\n", documents);
        printCounts("quotes, exact", quotesExact);
        printCounts("quotes, 80% coverage", quotesCoverage);
        // As the header says: right by the mention or its canonical name ("he" standing for Jack
        // Durbeyfield is right); the stricter count by the mention's words alone follows.
        std::printf("  speakers on matched quotes: %lld of %lld right (accuracy %.3f); a speaker given for %lld\n",
            qlonglong(canonicalRight), qlonglong(matched), matched ? double(canonicalRight) / double(matched) : 0.0,
            qlonglong(speakersGiven));
        std::printf("    right by the mention's words alone: %lld (accuracy %.3f)\n", qlonglong(speakersRight),
            matched ? double(speakersRight) / double(matched) : 0.0);
    }
    return 0;
}
