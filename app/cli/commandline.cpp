// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/projectverbs.h"

#include "analysis/analysisjson.h"
#include "analysis/recognizer.h"
#include "document/documentimporter.h"
#include "export/combinedexporter.h"
#include "export/pdfexporter.h"
#include "project/project.h"
#include "project/projectanalysis.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <cstring>
#include <map>

namespace Lectern {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 1;
}

QString usage()
{
    return QCoreApplication::translate("Lectern::CommandLine",
        "Usage:\n"
        "  lectern [FILE...]                      open statements or a project in the window\n"
        "  lectern analyze [--json] FILE...       list the quotations (with speakers) and entities\n"
        "  lectern export-pdf FILE -o OUT.pdf [--include quotes,entities]\n"
        "                                         write the annotated PDF of a statement or project\n"
        "  lectern export-pdf PROJECT.lectern --combined -o OUT.pdf\n"
        "                                         all the project's statements in one annotated PDF\n"
        "  lectern --help | --version\n\n"
        "analyze --json prints one JSON object a line per file: {\"file\", \"quotes\": [{\"start\", \"end\",\n"
        "\"text\", \"kind\", \"speaker\"}], \"entities\": [{\"start\", \"end\", \"text\", \"type\", \"canonical\"}],\n"
        "\"references\": [the same, for the pronouns and descriptions of an entity: \"he\", \"the country\"]},\n"
        "offsets in Unicode code points into the file's text, end exclusive.\n");
}

bool isProjectFile(const QString &fileName)
{
    return QFileInfo(fileName).suffix().compare(u"lectern", Qt::CaseInsensitive) == 0;
}

int analyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("Lectern::CommandLine", "One JSON object a line per file.")});
    parser.addOption({QStringLiteral("summary"), QCoreApplication::translate("Lectern::CommandLine", "Counts only.")});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Lectern::CommandLine", "Statements to analyse."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(QCoreApplication::translate("Lectern::CommandLine", "analyze needs at least one FILE"));
    const Recognizer recognizer;
    int status = 0;
    for (const QString &file : files) {
        DocumentImporter importer;
        Document document;
        if (!importer.importFile(file, &document)) {
            fail(importer.errorString());
            status = 1;
            continue;
        }
        for (const QString &warning : importer.warnings())
            err() << "lectern: " << QCoreApplication::translate("Lectern::CommandLine", "warning: ") << warning
                  << Qt::endl;
        const AnalysisResult result = recognizer.analyze(document.text, {}, document.title);
        if (parser.isSet(QStringLiteral("json"))) {
            out() << QString::fromUtf8(
                QJsonDocument(analysisToJson(file, document.text, result)).toJson(QJsonDocument::Compact))
                  << Qt::endl;
            continue;
        }
        qsizetype attributed = 0;
        for (const QuoteSpan &q : result.quotes)
            attributed += q.speaker.has_value();
        out() << QCoreApplication::translate(
            "Lectern::CommandLine", "%1: %2 quotations (%3 with a speaker), %4 entity mentions")
                     .arg(file)
                     .arg(result.quotes.size())
                     .arg(attributed)
                     .arg(result.entities.size())
              << Qt::endl;
        if (parser.isSet(QStringLiteral("summary")))
            continue;
        for (const QuoteSpan &q : result.quotes) {
            out() << "  " << QCoreApplication::translate("Lectern::CommandLine", "quote") << ' ' << q.range.start << "-"
                  << q.range.end << "  "
                  << (q.speaker ? q.speaker->text
                                 + (q.speaker->text != q.speaker->canonical
                                         ? QStringLiteral(" (") + q.speaker->canonical + u')'
                                         : QString())
                                : QCoreApplication::translate("Lectern::CommandLine", "(speaker unknown)"))
                  << ": " << q.text.left(70).simplified() << (q.text.size() > 70 ? QStringLiteral("\u2026") : QString())
                  << Qt::endl;
        }
        // Entities grouped by canonical name, most mentioned first, with the other spellings met.
        struct Group
        {
            EntityType type;
            QString canonical;
            int mentions = 0;
            int references = 0; // "he", "the country"
            QStringList spellings;
        };
        QList<Group> groups;
        for (const EntityMention &e : result.entities) {
            auto it = std::find_if(groups.begin(), groups.end(),
                [&](const Group &g) { return g.type == e.type && g.canonical == e.canonical; });
            if (it == groups.end())
                it = groups.insert(groups.end(), Group {e.type, e.canonical, 0, 0, {}});
            ++it->mentions;
            const QString spelling = e.text.simplified();
            if (spelling != e.canonical && !it->spellings.contains(spelling))
                it->spellings.append(spelling);
        }
        for (const EntityMention &e : result.references) { // "he", "the country": counted apart
            auto it = std::find_if(groups.begin(), groups.end(),
                [&](const Group &g) { return g.type == e.type && g.canonical == e.canonical; });
            if (it == groups.end())
                it = groups.insert(groups.end(), Group {e.type, e.canonical, 0, 0, {}});
            ++it->references;
        }
        std::stable_sort(
            groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.mentions > b.mentions; });
        for (const Group &g : std::as_const(groups)) {
            out() << "  " << entityTypeName(g.type).leftJustified(12) << " " << g.canonical << "  \u00D7" << g.mentions
                  << (g.references > 0 ? QCoreApplication::translate(
                          "Lectern::CommandLine", " (+%n reference(s))", nullptr, g.references)
                                       : QString())
                  << (g.spellings.isEmpty()
                             ? QString()
                             : QStringLiteral("  (also: ") + g.spellings.join(QStringLiteral(", ")) + u')')
                  << Qt::endl;
        }
    }
    return status;
}

// The PDF carries its source: the project (or a one-statement project) as an attachment.
void attachProject(const Project &project, const QString &file, PdfExportOptions &options)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    ProjectFile writer;
    if (writer.save(project, bytes)) {
        options.projectFile = bytes.data();
        options.projectFileName = QFileInfo(file).completeBaseName() + QStringLiteral(".lectern");
    }
}

int exportCombined(const Project &project, PdfExportOptions options, const QString &file, const QString &output)
{
    std::map<QUuid, AnalysisResult> analyses;
    if (options.includeQuotes || options.includeEntities)
        analyses = analyseProject(project);
    const auto analysisOf = [&analyses](const QUuid &id) -> const AnalysisResult * {
        const auto it = analyses.find(id);
        return it == analyses.end() ? nullptr : &it->second;
    };
    attachProject(project, file, options);
    CombinedPdfExporter exporter;
    if (!exporter.exportProject(project, analysisOf, options, output))
        return fail(exporter.errorString());
    out() << QCoreApplication::translate(
        "Lectern::CommandLine", "Wrote %1 (%n highlight annotation(s))", nullptr, int(exporter.annotationCount()))
                 .arg(QFileInfo(output).absoluteFilePath())
          << Qt::endl;
    return 0;
}

int exportPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Lectern::CommandLine", "The PDF to write."), QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("include"),
        QCoreApplication::translate(
            "Lectern::CommandLine", "Also mark recognised quotes and/or entities: quotes,entities."),
        QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("no-appendix"),
        QCoreApplication::translate(
            "Lectern::CommandLine", "Leave out the appendix (annotations by page, codebook).")});
    parser.addOption({QStringLiteral("author"),
        QCoreApplication::translate("Lectern::CommandLine", "Author of the annotations."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("combined"),
        QCoreApplication::translate("Lectern::CommandLine",
            "With a project: all its statements in one PDF, one appendix, the project embedded once.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("Lectern::CommandLine", "A statement or a .lectern project."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(QCoreApplication::translate("Lectern::CommandLine", "export-pdf needs exactly one FILE"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QCoreApplication::translate("Lectern::CommandLine", "export-pdf needs -o OUT.pdf"));

    PdfExportOptions options;
    const QStringList include = parser.value(QStringLiteral("include")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &what : include) {
        if (what == u"quotes")
            options.includeQuotes = true;
        else if (what == u"entities")
            options.includeEntities = true;
        else if (what != u"annotations")
            return fail(QCoreApplication::translate(
                "Lectern::CommandLine", "--include takes quotes, entities or annotations, not '%1'")
                            .arg(what));
    }
    options.author = parser.value(QStringLiteral("author"));
    options.includeAppendix = !parser.isSet(QStringLiteral("no-appendix"));
    if (options.author.isEmpty())
        options.author = qEnvironmentVariable("USER", QStringLiteral("Lectern"));

    Project project;
    const QString file = files.first();
    const bool combined = parser.isSet(QStringLiteral("combined"));
    if (combined && !isProjectFile(file))
        return fail(QCoreApplication::translate("Lectern::CommandLine", "--combined needs a .lectern project"));
    if (isProjectFile(file)) {
        ProjectFile reader;
        if (!reader.load(project, file))
            return fail(reader.errorString());
        if (project.documents().isEmpty())
            return fail(
                QCoreApplication::translate("Lectern::CommandLine", "the project %1 holds no statement to export")
                    .arg(file));
    } else {
        DocumentImporter importer;
        Document document;
        if (!importer.importFile(file, &document))
            return fail(importer.errorString());
        for (const QString &warning : importer.warnings())
            err() << "lectern: " << QCoreApplication::translate("Lectern::CommandLine", "warning: ") << warning
                  << Qt::endl;
        project.addDocument(std::move(document));
    }
    if (combined)
        return exportCombined(project, options, file, output);
    const Document &document = project.documents().first();
    std::optional<AnalysisResult> analysis;
    if (options.includeQuotes || options.includeEntities)
        analysis = analyseProject(project).at(document.id);
    attachProject(project, file, options);
    PdfExporter exporter;
    if (!exporter.exportDocument(project, document.id, analysis ? &*analysis : nullptr, options, output))
        return fail(exporter.errorString());
    out() << QCoreApplication::translate(
        "Lectern::CommandLine", "Wrote %1 (%n highlight annotation(s))", nullptr, int(exporter.annotationCount()))
                 .arg(QFileInfo(output).absoluteFilePath())
          << Qt::endl;
    return 0;
}

} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *verb : {"analyze", "export-pdf", "project", "--help", "-h", "--version", "-v"}) {
        if (std::strcmp(argv[1], verb) == 0)
            return true;
    }
    // A bare word that is not a file is a mistyped verb: answer on the terminal rather than
    // opening a window that cannot open it.
    const QString first = QString::fromLocal8Bit(argv[1]);
    static const QRegularExpression bareWord(QStringLiteral("^[A-Za-z][A-Za-z-]*$"));
    return bareWord.match(first).hasMatch() && !QFileInfo::exists(first);
}

int runCommandLine(const QStringList &arguments)
{
    // The verbs report what they did themselves; Lectern's progress logging is for debugging
    // (QT_LOGGING_RULES="lectern.*=true" brings it back).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lectern.*.info=false\nlectern.*.debug=false"));
    // Messages in the user's language; English still needs its plural forms ("7 passages").
    static QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("lectern_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QString verb = arguments.value(1);
    if (verb == u"--help" || verb == u"-h") {
        out() << usage() << QLatin1Char('\n') << projectUsage();
        return 0;
    }
    if (verb == u"--version" || verb == u"-v") {
        out() << "lectern " << QStringLiteral(LECTERN_VERSION_STRING) << Qt::endl;
        return 0;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "lectern ARGS..."
    if (verb == u"analyze")
        return analyze(rest);
    if (verb == u"export-pdf")
        return exportPdf(rest);
    if (verb == u"project")
        return runProjectCommand(rest);
    err() << usage();
    return fail(QCoreApplication::translate("Lectern::CommandLine", "unknown command '%1'").arg(verb));
}

} // namespace Lectern
