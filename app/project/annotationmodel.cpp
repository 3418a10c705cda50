// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/annotationmodel.h"

#include "project/project.h"

#include <QColor>
#include <QStringList>

namespace Lectern {

namespace {
QString elide(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = length - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character outside the BMP
    return text.left(cut) + u'…';
}
} // namespace

AnnotationModel::AnnotationModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    Q_ASSERT(project);
    connect(project, &Project::annotationAdded, this, &AnnotationModel::onAdded);
    connect(project, &Project::annotationRemoved, this, &AnnotationModel::onRemoved);
    connect(project, &Project::annotationChanged, this, &AnnotationModel::onChanged);
    connect(project, &Project::codesChanged, this, &AnnotationModel::onCodesChanged);
    connect(project, &Project::projectReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::setDocumentFilter(const QUuid &documentId)
{
    if (documentId == m_documentId)
        return;
    beginResetModel();
    m_documentId = documentId;
    rebuild();
    endResetModel();
}

bool AnnotationModel::accepts(const Annotation &annotation) const
{
    return m_documentId.isNull() || annotation.documentId == m_documentId;
}

AnnotationModel::Row AnnotationModel::makeRow(const Annotation &annotation) const
{
    Row row {annotation, {}, {}};
    if (const Document *document = m_project->document(annotation.documentId))
        row.passage = document->text.mid(annotation.start, annotation.end - annotation.start);
    row.excerpt = elide(row.passage.simplified(), ExcerptLength);
    return row;
}

void AnnotationModel::rebuild()
{
    m_rows.clear();
    if (!m_project)
        return;
    for (const Annotation &annotation : m_project->annotations()) {
        if (accepts(annotation))
            m_rows.append(makeRow(annotation));
    }
}

int AnnotationModel::rowOf(const QUuid &annotationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).annotation.id == annotationId)
            return int(i);
    }
    return -1;
}

QModelIndex AnnotationModel::indexOf(const QUuid &annotationId, int column) const
{
    const int row = rowOf(annotationId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QUuid AnnotationModel::annotationId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_rows.at(index.row()).annotation.id : QUuid();
}

void AnnotationModel::onAdded(const QUuid &id)
{
    const Annotation *annotation = m_project->annotation(id);
    if (!annotation || !accepts(*annotation))
        return;
    // Keep the project's order, so that undoing a removal puts the row back where it was.
    const auto &all = m_project->annotations();
    int row = 0;
    for (const Annotation &a : all) {
        if (a.id == id)
            break;
        if (accepts(a))
            ++row;
    }
    row = std::min(row, int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*annotation));
    endInsertRows();
}

void AnnotationModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationModel::onChanged(const QUuid &id)
{
    const int row = rowOf(id);
    const Annotation *annotation = m_project->annotation(id);
    if (row < 0 || !annotation)
        return;
    m_rows[row].annotation = *annotation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AnnotationModel::onCodesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CodeColumn), index(int(m_rows.size()) - 1, CodeColumn));
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationModel::codeNames(const Annotation &annotation) const
{
    QStringList names;
    for (const QUuid &id : annotation.codeIds) {
        if (const Code *code = m_project ? m_project->code(id) : nullptr)
            names.append(code->name);
    }
    return names.join(QStringLiteral(", "));
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case IdRole:
        return a.id;
    case DocumentIdRole:
        return a.documentId;
    case StartRole:
        return QVariant::fromValue(a.start);
    case EndRole:
        return QVariant::fromValue(a.end);
    case CodeIdRole:
        return a.firstCode();
    case CodeIdsRole:
        return QVariant::fromValue(a.codeIds);
    case PassageRole:
        return row.passage;
    default:
        break;
    }
    const Code *code = m_project ? m_project->code(a.firstCode()) : nullptr;
    switch (index.column()) {
    case PassageColumn:
        if (role == Qt::DisplayRole)
            return row.excerpt;
        if (role == Qt::ToolTipRole)
            return row.passage;
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return codeNames(a);
        if (role == Qt::DecorationRole && code && code->color.isValid())
            return code->color;
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole)
            return a.note.section(u'\n', 0, 0); // the first line; the note panel shows all
        if (role == Qt::ToolTipRole || role == Qt::EditRole)
            return a.note;
        break;
    default:
        break;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PassageColumn:
        return tr("Passage");
    case CodeColumn:
        return tr("Code");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("annotationId"));
    names.insert(DocumentIdRole, QByteArrayLiteral("documentId"));
    names.insert(StartRole, QByteArrayLiteral("start"));
    names.insert(EndRole, QByteArrayLiteral("end"));
    names.insert(CodeIdRole, QByteArrayLiteral("codeId"));
    names.insert(CodeIdsRole, QByteArrayLiteral("codeIds"));
    names.insert(PassageRole, QByteArrayLiteral("passage"));
    return names;
}

} // namespace Lectern
