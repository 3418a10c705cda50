// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the storage module. These functions throw; ProjectFile catches everything in one
// place, so no exception leaves the module.

#include "analysis/entitycorrection.h"
#include "document/document.h"
#include "project/annotation.h"
#include "project/code.h"

#include <QHash>
#include <QList>

#include <stdexcept>

namespace Lectern {

/// \brief What a project file holds, as plain values.
struct ProjectContents
{
    QList<Document> documents;
    QList<Code> codes;
    QList<Annotation> annotations;
    QList<EntityCorrection> corrections;
    QHash<QUuid, QString> memos; ///< by statement id; the null id: the project's memo
};

/// \brief A payload that Lectern cannot accept: damaged, or from a newer Lectern.
class ArchiveError : public std::runtime_error
{
public:
    enum Kind
    {
        Damaged,
        Newer
    };
    ArchiveError(Kind kind, const std::string &what)
        : std::runtime_error(what)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/// \brief Boost.Serialization of a project's contents (a text archive; see envelope.h for why).
class ProjectArchive
{
public:
    /// Class versions of the archived structs; a file with a higher one is from a newer Lectern.
    static constexpr unsigned ProjectVersion = 2; ///< 2: entity corrections and memos
    static constexpr unsigned CorrectionVersion = 1;
    static constexpr unsigned MemoVersion = 1;
    static constexpr unsigned DocumentVersion = 2; ///< 2: page spans of PDF statements
    static constexpr unsigned PageSpanVersion = 1;
    static constexpr unsigned CodeVersion = 2; ///< 2: the parent code
    static constexpr unsigned AnnotationVersion = 2; ///< 2: a list of codes instead of one

    static QByteArray serialize(const ProjectContents &contents);
    /// Reads and validates (ids unique, references resolve, ranges inside their text).
    /// Throws ArchiveError, boost::archive::archive_exception, std::bad_alloc, ...
    static ProjectContents deserialize(const QByteArray &payload);
};

} // namespace Lectern
