// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codemodel.h"

#include "project/project.h"

namespace Lectern {

namespace {
QList<QUuid> idsOf(const Project &project)
{
    QList<QUuid> ids;
    ids.reserve(project.codes().size());
    for (const Code &code : project.codes())
        ids.append(code.id);
    return ids;
}
} // namespace

CodeModel::CodeModel(Project *project, QObject *parent)
    : QAbstractListModel(parent)
    , m_project(project)
    , m_ids(idsOf(*project))
{
    connect(project, &Project::codeAdded, this, &CodeModel::onAdded);
    connect(project, &Project::codeRemoved, this, &CodeModel::onRemoved);
    connect(project, &Project::codeChanged, this, &CodeModel::onChanged);
    connect(project, &Project::annotationAdded, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::annotationRemoved, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::annotationChanged, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::projectReset, this, [this] {
        beginResetModel();
        m_ids = idsOf(*m_project);
        endResetModel();
    });
}

CodeModel::~CodeModel() = default;

QUuid CodeModel::codeId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_ids.at(index.row()) : QUuid();
}

void CodeModel::onAdded(const QUuid &id)
{
    const auto &codes = m_project->codes();
    int row = 0;
    while (row < codes.size() && codes.at(row).id != id)
        ++row;
    row = std::min(row, int(m_ids.size()));
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void CodeModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void CodeModel::onChanged(const QUuid &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void CodeModel::onAnnotationsChanged()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {AnnotationCountRole, Qt::ToolTipRole});
}

int CodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant CodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project)
        return {};
    const Code *code = m_project->code(m_ids.at(index.row()));
    if (!code)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return code->name;
    case Qt::DecorationRole:
        return code->color.isValid() ? QVariant(code->color) : QVariant();
    case Qt::ToolTipRole:
        return code->description.isEmpty() ? code->name : code->description;
    case IdRole:
        return code->id;
    case ColorRole:
        return code->color;
    case DescriptionRole:
        return code->description;
    case AnnotationCountRole:
        return QVariant::fromValue(m_project->annotationCount(code->id));
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("codeId"));
    names.insert(ColorRole, QByteArrayLiteral("color"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(AnnotationCountRole, QByteArrayLiteral("annotationCount"));
    return names;
}

} // namespace Lectern
