// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/codemodel.h"

#include "project/project.h"

#include <QMimeData>

#include <algorithm>

namespace Lectern {

CodeModel::CodeModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    rebuild();
    connect(project, &Project::codeAdded, this, &CodeModel::onAdded);
    connect(project, &Project::codeRemoved, this, &CodeModel::onRemoved);
    connect(project, &Project::codeChanged, this, &CodeModel::onChanged);
    connect(project, &Project::codeMoved, this, &CodeModel::onMoved);
    connect(project, &Project::annotationAdded, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::annotationRemoved, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::annotationChanged, this, &CodeModel::onAnnotationsChanged);
    connect(project, &Project::projectReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

CodeModel::~CodeModel() = default;

void CodeModel::rebuild()
{
    m_root.children.clear();
    m_nodes.clear();
    // Parents first (depth first), so that each code finds its parent's node.
    for (const QUuid &id : m_project->codesDepthFirst()) {
        Node *parent = nodeOf(m_project->code(id)->parentId);
        auto node = std::make_unique<Node>(Node {id, parent, {}});
        m_nodes.insert(id, node.get());
        parent->children.push_back(std::move(node));
    }
}

CodeModel::Node *CodeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

CodeModel::Node *CodeModel::nodeOf(const QUuid &codeId) const
{
    return codeId.isNull() ? const_cast<Node *>(&m_root) : m_nodes.value(codeId, const_cast<Node *>(&m_root));
}

int CodeModel::rowIn(const Node *node)
{
    const auto &siblings = node->parent->children;
    const auto it = std::find_if(
        siblings.cbegin(), siblings.cend(), [node](const std::unique_ptr<Node> &n) { return n.get() == node; });
    return int(it - siblings.cbegin());
}

QModelIndex CodeModel::indexOf(const Node *node) const
{
    return node == &m_root ? QModelIndex() : createIndex(rowIn(node), 0, node);
}

int CodeModel::rowOf(const QUuid &codeId) const
{
    const Node *node = m_nodes.value(codeId);
    return node ? rowIn(node) : -1;
}

QModelIndex CodeModel::indexOf(const QUuid &codeId) const
{
    const Node *node = m_nodes.value(codeId);
    return node ? indexOf(node) : QModelIndex();
}

QUuid CodeModel::codeId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? nodeOf(index)->id : QUuid();
}

void CodeModel::onAdded(const QUuid &id)
{
    const Code *code = m_project->code(id);
    if (!code || m_nodes.contains(id))
        return;
    Node *parent = nodeOf(code->parentId);
    const int row = std::min(int(m_project->childCodes(code->parentId).indexOf(id)), int(parent->children.size()));
    beginInsertRows(indexOf(parent), row, row);
    auto node = std::make_unique<Node>(Node {id, parent, {}});
    m_nodes.insert(id, node.get());
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void CodeModel::onRemoved(const QUuid &id)
{
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    Node *parent = node->parent;
    const int row = rowIn(node);
    beginRemoveRows(indexOf(parent), row, row);
    // A removed code has no children left (Project moves them first); forget any all the same.
    QList<const Node *> gone {node};
    while (!gone.isEmpty()) {
        const Node *n = gone.takeLast();
        m_nodes.remove(n->id);
        for (const auto &child : n->children)
            gone.append(child.get());
    }
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void CodeModel::onMoved(const QUuid &id)
{
    Node *node = m_nodes.value(id);
    const Code *code = m_project->code(id);
    if (!node || !code)
        return;
    Node *from = node->parent;
    Node *to = nodeOf(code->parentId);
    const int fromRow = rowIn(node);
    const int toRow = int(m_project->childCodes(code->parentId).indexOf(id));
    if (from == to && fromRow == toRow)
        return;
    // beginMoveRows() counts the destination row before the move.
    const int destination = from == to && toRow > fromRow ? toRow + 1 : toRow;
    if (!beginMoveRows(indexOf(from), fromRow, fromRow, indexOf(to), destination)) {
        beginResetModel(); // cannot happen for a tree without cycles; stay consistent anyway
        rebuild();
        endResetModel();
        return;
    }
    std::unique_ptr<Node> taken = std::move(from->children.at(fromRow));
    from->children.erase(from->children.begin() + fromRow);
    taken->parent = to;
    to->children.insert(to->children.begin() + std::min(toRow, int(to->children.size())), std::move(taken));
    endMoveRows();
}

void CodeModel::onChanged(const QUuid &id)
{
    const QModelIndex index = indexOf(id);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void CodeModel::onAnnotationsChanged()
{
    emitCountsChanged(&m_root);
}

void CodeModel::emitCountsChanged(const Node *parent)
{
    if (parent->children.empty())
        return;
    const QModelIndex p = indexOf(parent);
    Q_EMIT dataChanged(
        index(0, 0, p), index(int(parent->children.size()) - 1, 0, p), {AnnotationCountRole, Qt::ToolTipRole});
    for (const auto &child : parent->children)
        emitCountsChanged(child.get());
}

QModelIndex CodeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(std::size_t(row)).get());
}

QModelIndex CodeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CodeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CodeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_project)
        return {};
    const Code *code = m_project->code(nodeOf(index)->id);
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
    case ParentIdRole:
        return code->parentId;
    default:
        return {};
    }
}

Qt::ItemFlags CodeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // onto the top level
    return QAbstractItemModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> CodeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("codeId"));
    names.insert(ColorRole, QByteArrayLiteral("color"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    names.insert(AnnotationCountRole, QByteArrayLiteral("annotationCount"));
    names.insert(ParentIdRole, QByteArrayLiteral("parentId"));
    return names;
}

Qt::DropActions CodeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CodeModel::mimeTypes() const
{
    return {QLatin1StringView(MimeType)};
}

QMimeData *CodeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = codeId(index).toString(QUuid::WithoutBraces);
        if (index.isValid() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1StringView(MimeType), ids.join(u'\n').toUtf8());
    return data;
}

QList<QUuid> CodeModel::droppedCodes(const QMimeData *data) const
{
    QList<QUuid> ids;
    if (!data || !m_project)
        return ids;
    const QList<QByteArray> lines = data->data(QLatin1StringView(MimeType)).split('\n');
    for (const QByteArray &line : lines) {
        const QUuid id = QUuid::fromString(QLatin1StringView(line));
        if (!m_project->code(id))
            return {};
        ids.append(id);
    }
    return ids;
}

bool CodeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QUuid parentId = codeId(parent);
    const QList<QUuid> ids = droppedCodes(data);
    return !ids.isEmpty() && std::none_of(ids.cbegin(), ids.cend(), [&](const QUuid &id) {
        return !parentId.isNull() && m_project->isCodeWithin(parentId, id);
    });
}

bool CodeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QUuid parentId = codeId(parent);
    for (const QUuid &id : droppedCodes(data)) {
        // row counts the dragged code where it still is; moveCode() counts without it.
        qsizetype position = row;
        const int current = rowOf(id);
        if (row >= 0 && m_project->code(id)->parentId == parentId && current >= 0 && current < row)
            --position;
        if (!m_project->moveCode(id, parentId, position))
            return false;
        if (row >= 0)
            row = rowOf(id) + 1; // the next dragged code follows this one
    }
    return true; // the rows moved already; removeRows() is not implemented, so the view keeps them
}

} // namespace Lectern
