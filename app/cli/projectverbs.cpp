// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/projectverbs.h"

#include "analysis/recognizer.h"
#include "document/documentimporter.h"
#include "project/project.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"

#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Lectern {

namespace {

/// The translation context of the project verbs' messages.
class ProjectVerbs
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ProjectVerbs)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 1;
}

/// Holds the project's lock for the command's duration, so an open window cannot be overwritten.
bool lockProject(ProjectLock &lock, const QString &fileName, QString *error)
{
    if (lock.tryLock(fileName))
        return true;
    *error = lock.errorString();
    return false;
}

int newProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("force"), ProjectVerbs::tr("Replace OUT.lectern if it exists.")});
    parser.addPositionalArgument(QStringLiteral("OUT.lectern"), ProjectVerbs::tr("The project file to write."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectVerbs::tr("Statements to put in it."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(ProjectVerbs::tr("project new needs OUT.lectern and at least one FILE"));
    const QString outFile = positional.first();
    if (QFileInfo(outFile).suffix().compare(u"lectern", Qt::CaseInsensitive) != 0)
        return fail(ProjectVerbs::tr("%1: a project file name ends in .lectern").arg(outFile));
    if (QFileInfo::exists(outFile) && !parser.isSet(QStringLiteral("force")))
        return fail(ProjectVerbs::tr("%1 already exists; add --force to replace it").arg(outFile));

    Project project;
    const Recognizer recognizer;
    for (const QString &file : positional.mid(1)) {
        DocumentImporter importer;
        Document document;
        if (!importer.importFile(file, &document))
            return fail(ProjectVerbs::tr("nothing written: %1").arg(importer.errorString()));
        for (const QString &warning : importer.warnings())
            QTextStream(stderr) << QCoreApplication::applicationName() << ": " << ProjectVerbs::tr("warning: ")
                                << warning << Qt::endl;
        const AnalysisResult result = recognizer.analyze(document.text, {}, document.title);
        out() << ProjectVerbs::tr("%1: %2 quotations, %3 entity mentions")
                     .arg(file)
                     .arg(result.quotes.size())
                     .arg(result.entities.size())
              << Qt::endl;
        project.addDocument(std::move(document));
    }
    ProjectLock lock;
    QString error;
    if (!lockProject(lock, outFile, &error))
        return fail(error);
    ProjectFile writer;
    if (!writer.save(project, outFile))
        return fail(writer.errorString());
    out() << ProjectVerbs::tr("Wrote %1 with %n statement(s)", nullptr, int(project.documents().size())).arg(outFile)
          << Qt::endl;
    return 0;
}

int codeProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("code"), ProjectVerbs::tr("The code to apply (made if new)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("pattern"),
        ProjectVerbs::tr("A regular expression (case-insensitive unless --case-sensitive)."), QStringLiteral("REGEX")});
    parser.addOption(
        {QStringLiteral("note"), ProjectVerbs::tr("A note on every annotation made."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("color"), ProjectVerbs::tr("The colour of a new code, as #RRGGBB."), QStringLiteral("COLOR")});
    parser.addOption({QStringLiteral("case-sensitive"), ProjectVerbs::tr("Match letter case exactly.")});
    parser.addOption({QStringLiteral("whole-words"), ProjectVerbs::tr("Match whole words only.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), ProjectVerbs::tr("The .lectern project to code."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(ProjectVerbs::tr("project code needs one PROJECT"));
    const QString codeName = parser.value(QStringLiteral("code")).trimmed();
    const QString pattern = parser.value(QStringLiteral("pattern"));
    if (codeName.isEmpty() || pattern.isEmpty())
        return fail(ProjectVerbs::tr("project code needs --code NAME and --pattern REGEX"));
    QColor color(200, 160, 0);
    if (parser.isSet(QStringLiteral("color"))) {
        color = QColor::fromString(parser.value(QStringLiteral("color")));
        if (!color.isValid())
            return fail(ProjectVerbs::tr("--color: not a colour: %1").arg(parser.value(QStringLiteral("color"))));
    }
    const QString fileName = positional.first();
    ProjectLock lock;
    QString error;
    if (!lockProject(lock, fileName, &error))
        return fail(error);
    Project project;
    ProjectFile file;
    if (!file.load(project, fileName))
        return fail(file.errorString());
    const QUuid codeId = project.addCode(codeName, color);
    SearchOptions options;
    options.regularExpression = true;
    options.caseSensitive = parser.isSet(QStringLiteral("case-sensitive"));
    options.wholeWords = parser.isSet(QStringLiteral("whole-words"));
    const qsizetype made
        = project.codeAllMatches(pattern, options, codeId, parser.value(QStringLiteral("note")), {}, &error);
    if (made < 0)
        return fail(ProjectVerbs::tr("--pattern: %1").arg(error));
    if (!file.save(project, fileName))
        return fail(file.errorString());
    out() << ProjectVerbs::tr("Coded %n passage(s) as \u201C%1\u201D in %2", nullptr, int(made)).arg(codeName, fileName)
          << Qt::endl;
    return 0;
}

int projectInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), ProjectVerbs::tr("Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), ProjectVerbs::tr("The .lectern project."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(ProjectVerbs::tr("project info needs one PROJECT"));
    const QString fileName = parser.positionalArguments().first();
    Project project;
    ProjectFile file;
    if (!file.load(project, fileName))
        return fail(file.errorString());

    QJsonArray documents;
    for (const Document &d : project.documents()) {
        documents.append(QJsonObject {
            {QStringLiteral("id"), d.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("source"), d.sourcePath.isEmpty() ? d.source : d.sourcePath},
            {QStringLiteral("date"), d.date},
            {QStringLiteral("characters"), qint64(d.text.size())},
            {QStringLiteral("annotations"), qint64(project.annotationsOf(d.id).size())},
        });
    }
    // Depth first, each parent before its children; an annotation with several codes counts
    // for each of them.
    QJsonArray codes;
    QList<int> depths;
    QHash<QUuid, int> depthOf;
    for (const QUuid &id : project.codesDepthFirst()) {
        const Code &c = *project.code(id);
        const int depth = c.parentId.isNull() ? 0 : depthOf.value(c.parentId) + 1;
        depthOf.insert(id, depth);
        depths.append(depth);
        codes.append(QJsonObject {
            {QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("color"), c.color.isValid() ? c.color.name() : QString()},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("parent"), c.parentId.isNull() ? QJsonValue() : c.parentId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("annotations"), qint64(project.annotationCount(c.id))},
        });
    }
    const qsizetype uncoded = project.annotationCount(QUuid());
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject info {
            {QStringLiteral("file"), fileName},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("codes"), codes},
            {QStringLiteral("annotations"), qint64(project.annotations().size())},
            {QStringLiteral("uncodedAnnotations"), qint64(uncoded)},
            {QStringLiteral("entityCorrections"), qint64(project.entityCorrections().size())},
        };
        out() << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    out() << fileName << ": " << ProjectVerbs::tr("%n statement(s)", nullptr, int(documents.size())) << ", "
          << ProjectVerbs::tr("%n code(s)", nullptr, int(codes.size())) << ", "
          << ProjectVerbs::tr("%n annotation(s)", nullptr, int(project.annotations().size())) << Qt::endl;
    for (const QJsonValue &value : std::as_const(documents)) {
        const QJsonObject d = value.toObject();
        out() << "  " << d.value(QStringLiteral("title")).toString() << "  "
              << ProjectVerbs::tr("%n annotation(s)", nullptr, d.value(QStringLiteral("annotations")).toInt())
              << Qt::endl;
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject c = codes.at(i).toObject();
        out() << QString(2 * (depths.at(i) + 1), u' ') << ProjectVerbs::tr("code") << " "
              << c.value(QStringLiteral("name")).toString() << " " << c.value(QStringLiteral("color")).toString()
              << "  \u00D7" << c.value(QStringLiteral("annotations")).toInt() << Qt::endl;
    }
    return 0;
}

} // namespace

QString projectUsage()
{
    return ProjectVerbs::tr(
        "  lectern project new OUT.lectern FILE... [--force]\n"
        "                                         make a project of statements\n"
        "  lectern project code PROJECT --code NAME --pattern REGEX [--note TEXT] [--color #RRGGBB]\n"
        "                       [--case-sensitive] [--whole-words]\n"
        "                                         code every match in every statement, and save\n"
        "  lectern project info PROJECT [--json]  statements, codes and annotation counts\n");
}

int runProjectCommand(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    QStringList rest = arguments;
    if (!rest.isEmpty())
        rest.removeAt(1);
    if (verb == u"new")
        return newProject(rest);
    if (verb == u"code")
        return codeProject(rest);
    if (verb == u"info")
        return projectInfo(rest);
    return fail(ProjectVerbs::tr("unknown project command '%1' (new, code or info)").arg(verb));
}

} // namespace Lectern
