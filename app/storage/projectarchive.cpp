// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectarchive.h"

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/split_member.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <QColor>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <cstdint>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace Lectern::StorageData {

// Reads straight from the payload, without copying it, and knows how many bytes remain.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *data, std::size_t size)
    {
        char *begin = const_cast<char *>(data); // std::streambuf wants char*; it is never written
        setg(begin, begin, begin + size);
    }
    std::uint64_t remaining() const { return std::uint64_t(egptr() - gptr()); }
};

// The buffer being loaded on this thread, so that lengths can be checked before allocation.
thread_local const MemoryBuffer *t_input = nullptr;

std::uint64_t remainingInput()
{
    return t_input ? t_input->remaining() : 0;
}

[[noreturn]] void damaged(const std::string &why)
{
    throw ArchiveError(ArchiveError::Damaged, why);
}

void checkVersion(unsigned version, unsigned current, const char *what)
{
    if (version > current)
        throw ArchiveError(ArchiveError::Newer, std::string(what) + " version " + std::to_string(version));
}

template<class Archive>
void saveString(Archive &ar, const std::string &s)
{
    const std::uint64_t size = s.size();
    ar << size;
    if (size > 0)
        ar << boost::serialization::make_binary_object(const_cast<char *>(s.data()), s.size());
}

template<class Archive>
void loadString(Archive &ar, std::string &s)
{
    std::uint64_t size = 0;
    ar >> size;
    if (size > remainingInput()) // base64 needs more bytes than it decodes to
        damaged("a text longer than the file");
    s.resize(std::size_t(size));
    if (size > 0)
        ar >> boost::serialization::make_binary_object(s.data(), s.size());
}

template<class Archive, typename T>
void saveList(Archive &ar, const std::vector<T> &list)
{
    const std::uint64_t size = list.size();
    ar << size;
    for (const T &item : list)
        ar << item;
}

template<class Archive, typename T>
void loadList(Archive &ar, std::vector<T> &list)
{
    std::uint64_t size = 0;
    ar >> size;
    if (size > remainingInput() / 2) // every item takes at least two bytes of text
        damaged("a list longer than the file");
    list.clear();
    for (std::uint64_t i = 0; i < size; ++i) { // grows with the data actually read
        T item;
        ar >> item;
        list.push_back(std::move(item));
    }
}

/// The page of a stretch of a statement that came in as a PDF (Document::pageSpans).
struct PageSpanData
{
    std::int64_t start = 0, end = 0;
    std::int32_t page = 0;

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        ar << start << end << page;
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::PageSpanVersion, "page span");
        ar >> start >> end >> page;
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

struct DocumentData
{
    std::string id, title, sourcePath, source, date, text;
    std::uint32_t format = 0;
    std::vector<PageSpanData> pages; // since version 2

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        for (const std::string *s : {&id, &title, &sourcePath, &source, &date})
            saveString(ar, *s);
        ar << format;
        saveString(ar, text);
        saveList(ar, pages);
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::DocumentVersion, "statement");
        for (std::string *s : {&id, &title, &sourcePath, &source, &date})
            loadString(ar, *s);
        ar >> format;
        loadString(ar, text);
        if (version >= 2)
            loadList(ar, pages);
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

struct CodeData
{
    std::string id, name, color, description; // color: #AARRGGBB, empty when invalid
    std::string parentId; // since version 2; empty: a top-level code

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        for (const std::string *s : {&id, &name, &color, &description, &parentId})
            saveString(ar, *s);
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::CodeVersion, "code");
        for (std::string *s : {&id, &name, &color, &description})
            loadString(ar, *s);
        if (version >= 2)
            loadString(ar, parentId);
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

struct AnnotationData
{
    std::string id, documentId, note, author;
    std::vector<std::string> codeIds; // version 1 held one, possibly empty
    std::int64_t start = 0, end = 0;
    bool hasCreated = false;
    std::int64_t createdMs = 0; // milliseconds since the epoch, UTC

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        saveString(ar, id);
        saveString(ar, documentId);
        ar << start << end;
        const std::uint64_t codes = codeIds.size();
        ar << codes;
        for (const std::string &codeId : codeIds)
            saveString(ar, codeId);
        saveString(ar, note);
        saveString(ar, author);
        ar << hasCreated << createdMs;
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::AnnotationVersion, "annotation");
        loadString(ar, id);
        loadString(ar, documentId);
        ar >> start >> end;
        codeIds.clear();
        if (version >= 2) {
            std::uint64_t codes = 0;
            ar >> codes;
            if (codes > remainingInput() / 2)
                damaged("a list longer than the file");
            for (std::uint64_t i = 0; i < codes; ++i)
                loadString(ar, codeIds.emplace_back());
        } else {
            std::string codeId;
            loadString(ar, codeId);
            if (!codeId.empty()) // a highlight without a code had an empty one
                codeIds.push_back(std::move(codeId));
        }
        loadString(ar, note);
        loadString(ar, author);
        ar >> hasCreated >> createdMs;
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

/// A correction to the recognised entities (EntityCorrection).
struct CorrectionData
{
    std::string id, text, target;
    std::uint32_t kind = 0, type = 0;

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        saveString(ar, id);
        ar << kind << type;
        saveString(ar, text);
        saveString(ar, target);
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::CorrectionVersion, "entity correction");
        loadString(ar, id);
        ar >> kind >> type;
        loadString(ar, text);
        loadString(ar, target);
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

/// A memo: of a statement, or of the project when documentId is empty.
struct MemoData
{
    std::string documentId, text;

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        saveString(ar, documentId);
        saveString(ar, text);
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::MemoVersion, "memo");
        loadString(ar, documentId);
        loadString(ar, text);
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

struct ProjectData
{
    std::vector<DocumentData> documents;
    std::vector<CodeData> codes;
    std::vector<AnnotationData> annotations;
    std::vector<CorrectionData> corrections; // since version 2
    std::vector<MemoData> memos; // since version 2

    template<class Archive>
    void save(Archive &ar, unsigned) const
    {
        saveList(ar, documents);
        saveList(ar, codes);
        saveList(ar, annotations);
        saveList(ar, corrections);
        saveList(ar, memos);
    }
    template<class Archive>
    void load(Archive &ar, unsigned version)
    {
        checkVersion(version, ProjectArchive::ProjectVersion, "project");
        loadList(ar, documents);
        loadList(ar, codes);
        loadList(ar, annotations);
        if (version >= 2) {
            loadList(ar, corrections);
            loadList(ar, memos);
        }
    }
    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

} // namespace Lectern::StorageData

// No pointers are archived, so nothing needs tracking; versions are written and checked.
#define LECTERN_ARCHIVED(T, version)                                                                                   \
    BOOST_CLASS_VERSION(Lectern::StorageData::T, version)                                                              \
    BOOST_CLASS_TRACKING(Lectern::StorageData::T, boost::serialization::track_never)
LECTERN_ARCHIVED(ProjectData, Lectern::ProjectArchive::ProjectVersion)
LECTERN_ARCHIVED(PageSpanData, Lectern::ProjectArchive::PageSpanVersion)
LECTERN_ARCHIVED(CorrectionData, Lectern::ProjectArchive::CorrectionVersion)
LECTERN_ARCHIVED(MemoData, Lectern::ProjectArchive::MemoVersion)
LECTERN_ARCHIVED(DocumentData, Lectern::ProjectArchive::DocumentVersion)
LECTERN_ARCHIVED(CodeData, Lectern::ProjectArchive::CodeVersion)
LECTERN_ARCHIVED(AnnotationData, Lectern::ProjectArchive::AnnotationVersion)
#undef LECTERN_ARCHIVED

namespace Lectern {

using namespace StorageData;

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString text(const std::string &s)
{
    return QString::fromStdString(s); // invalid UTF-8 becomes U+FFFD, never a crash
}

std::string idText(const QUuid &id)
{
    return id.isNull() ? std::string() : utf8(id.toString(QUuid::WithoutBraces));
}

QUuid idFrom(const std::string &s, bool mayBeNull, const char *what)
{
    if (s.empty() && mayBeNull)
        return {};
    const QUuid id = QUuid::fromString(QLatin1StringView(s.data(), qsizetype(s.size())));
    if (id.isNull())
        damaged(std::string("an invalid ") + what + " id");
    return id;
}

template<typename T>
void checkUnique(const QList<T> &items, const char *what)
{
    QSet<QUuid> seen;
    for (const T &item : items) {
        if (seen.contains(item.id))
            damaged(std::string("two ") + what + "s with one id");
        seen.insert(item.id);
    }
}

void validate(const ProjectContents &c)
{
    checkUnique(c.documents, "statement");
    checkUnique(c.codes, "code");
    checkUnique(c.annotations, "annotation");
    QHash<QUuid, qsizetype> lengths;
    for (const Document &d : c.documents)
        lengths.insert(d.id, d.text.size());
    QHash<QUuid, QUuid> parents;
    for (const Code &code : c.codes)
        parents.insert(code.id, code.parentId);
    for (const Code &code : c.codes) {
        // Up the tree from each code: it must reach the top level within as many steps as
        // there are codes, or the tree has a cycle.
        QUuid id = code.parentId;
        for (qsizetype steps = 0; !id.isNull(); ++steps) {
            if (!parents.contains(id))
                damaged("a code under a code that is not there");
            if (id == code.id || steps > parents.size())
                damaged("a code under itself");
            id = parents.value(id);
        }
    }
    for (const Annotation &a : c.annotations) {
        const auto length = lengths.constFind(a.documentId);
        if (length == lengths.cend())
            damaged("an annotation of a statement that is not there");
        if (a.start < 0 || a.end <= a.start || a.end > *length)
            damaged("an annotation outside its statement's text");
        for (const QUuid &codeId : a.codeIds) {
            if (!parents.contains(codeId))
                damaged("an annotation with a code that is not there");
        }
        if (QSet<QUuid>(a.codeIds.cbegin(), a.codeIds.cend()).size() != a.codeIds.size())
            damaged("an annotation with one code twice");
    }
}
} // namespace

QByteArray ProjectArchive::serialize(const ProjectContents &contents)
{
    ProjectData data;
    for (const Document &d : contents.documents) {
        DocumentData dd {idText(d.id), utf8(d.title), utf8(d.sourcePath), utf8(d.source), utf8(d.date), utf8(d.text),
            std::uint32_t(d.format), {}};
        for (const PageSpan &span : d.pageSpans)
            dd.pages.push_back({std::int64_t(span.start), std::int64_t(span.end), std::int32_t(span.page)});
        data.documents.push_back(std::move(dd));
    }
    for (const Code &c : contents.codes) {
        const std::string color = c.color.isValid() ? utf8(c.color.name(QColor::HexArgb)) : std::string();
        data.codes.push_back({idText(c.id), utf8(c.name), color, utf8(c.description), idText(c.parentId)});
    }
    for (const Annotation &a : contents.annotations) {
        AnnotationData ad {idText(a.id), idText(a.documentId), utf8(a.note), utf8(a.author), {}, a.start, a.end,
            a.created.isValid(), 0};
        for (const QUuid &codeId : a.codeIds)
            ad.codeIds.push_back(idText(codeId));
        if (ad.hasCreated)
            ad.createdMs = a.created.toMSecsSinceEpoch();
        data.annotations.push_back(std::move(ad));
    }
    // Memos in a stable order: the project's first, then the statements' in their order.
    if (!contents.memos.value(QUuid()).isEmpty())
        data.memos.push_back({std::string(), utf8(contents.memos.value(QUuid()))});
    for (const Document &d : contents.documents) {
        if (!contents.memos.value(d.id).isEmpty())
            data.memos.push_back({idText(d.id), utf8(contents.memos.value(d.id))});
    }
    for (const EntityCorrection &e : contents.corrections) {
        data.corrections.push_back(
            {idText(e.id), utf8(e.text), utf8(e.target), std::uint32_t(e.kind), std::uint32_t(e.type)});
    }

    std::ostringstream out;
    {
        boost::archive::text_oarchive archive(out);
        const ProjectData &root = data;
        archive << root;
    }
    const std::string bytes = std::move(out).str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

ProjectContents ProjectArchive::deserialize(const QByteArray &payload)
{
    // Boost reads the archive's signature, a string, with a length it does not check: a damaged
    // length would allocate gigabytes before anything could refuse it (found by
    // fuzz_projectloader). Every text archive starts with the same bytes, so check them first.
    if (!payload.startsWith("22 serialization::archive "))
        damaged("not a Lectern archive");
    MemoryBuffer buffer(payload.constData(), std::size_t(payload.size()));
    std::istream in(&buffer);
    const MemoryBuffer *previous = std::exchange(t_input, &buffer);
    struct Restore
    {
        const MemoryBuffer *previous;
        ~Restore() { t_input = previous; }
    } restore {previous};

    ProjectData data;
    {
        boost::archive::text_iarchive archive(in);
        archive >> data;
    }

    ProjectContents c;
    for (const DocumentData &d : data.documents) {
        if (d.format > std::uint32_t(Document::Format::Pdf))
            damaged("a statement of an unknown format");
        Document document {idFrom(d.id, false, "statement"), text(d.title), text(d.sourcePath), text(d.source),
            text(d.date), Document::Format(d.format), text(d.text)};
        std::int64_t previousEnd = 0;
        for (const PageSpanData &p : d.pages) {
            if (p.page < 1 || p.start < previousEnd || p.end <= p.start || p.end > document.text.size())
                damaged("a page span outside its statement's text");
            previousEnd = p.end;
            document.pageSpans.append({qsizetype(p.start), qsizetype(p.end), int(p.page)});
        }
        c.documents.append(std::move(document));
    }
    for (const CodeData &cd : data.codes) {
        QColor color;
        if (!cd.color.empty()) {
            color = QColor::fromString(QLatin1StringView(cd.color.data(), qsizetype(cd.color.size())));
            if (!color.isValid())
                damaged("a code with an invalid colour");
        }
        c.codes.append({idFrom(cd.id, false, "code"), text(cd.name), color, text(cd.description),
            idFrom(cd.parentId, true, "code")});
    }
    for (const AnnotationData &ad : data.annotations) {
        Annotation a;
        a.id = idFrom(ad.id, false, "annotation");
        a.documentId = idFrom(ad.documentId, false, "statement");
        a.start = qsizetype(ad.start);
        a.end = qsizetype(ad.end);
        for (const std::string &codeId : ad.codeIds)
            a.codeIds.append(idFrom(codeId, false, "code"));
        a.note = text(ad.note);
        a.author = text(ad.author);
        if (ad.hasCreated)
            a.created = QDateTime::fromMSecsSinceEpoch(ad.createdMs, QTimeZone::UTC);
        c.annotations.append(std::move(a));
    }
    for (const CorrectionData &cd : data.corrections) {
        if (cd.kind > std::uint32_t(EntityCorrection::Kind::NotAnEntity) || cd.type > std::uint32_t(EntityType::Date))
            damaged("an entity correction of an unknown kind");
        c.corrections.append({idFrom(cd.id, false, "entity correction"), EntityCorrection::Kind(cd.kind), text(cd.text),
            text(cd.target), EntityType(cd.type)});
    }
    for (const MemoData &m : data.memos) {
        const QUuid documentId = idFrom(m.documentId, true, "statement");
        if (!documentId.isNull() && std::none_of(c.documents.cbegin(), c.documents.cend(), [&](const Document &d) {
                return d.id == documentId;
            }))
            damaged("a memo of a statement that is not there");
        if (c.memos.contains(documentId))
            damaged("two memos of one statement");
        c.memos.insert(documentId, text(m.text));
    }
    validate(c);
    return c;
}

} // namespace Lectern
