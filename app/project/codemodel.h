// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <vector>

namespace Lectern {

class Project;

/// \brief The codebook as a tree: each code's name with its colour as decoration, under its
/// parent code, kept up to date from the Project's code signals. Dragging a code onto another
/// (or between two) moves it through Project::moveCode(), so a drop is undoable.
class CodeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QUuid of the code
        ColorRole, ///< QColor
        DescriptionRole, ///< QString
        AnnotationCountRole, ///< qsizetype: annotations tagged with the code
        ParentIdRole, ///< QUuid of the parent code, null at the top level
    };
    /// What a drag carries: the dragged codes' ids, one a line.
    static constexpr auto MimeType = "application/x-lectern-code-ids";

    explicit CodeModel(Project *project, QObject *parent = nullptr);
    ~CodeModel() override;

    /// The row of a code under its parent, or -1.
    int rowOf(const QUuid &codeId) const;
    QModelIndex indexOf(const QUuid &codeId) const;
    QUuid codeId(const QModelIndex &index) const;

    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

private:
    struct Node
    {
        QUuid id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeOf(const QModelIndex &index) const;
    Node *nodeOf(const QUuid &codeId) const; ///< the root for a null or unknown id
    QModelIndex indexOf(const Node *node) const;
    static int rowIn(const Node *node);
    void rebuild();
    void onAdded(const QUuid &id);
    void onRemoved(const QUuid &id);
    void onChanged(const QUuid &id);
    void onMoved(const QUuid &id);
    void onAnnotationsChanged();
    void emitCountsChanged(const Node *parent);
    QList<QUuid> droppedCodes(const QMimeData *data) const;

    QPointer<Project> m_project;
    Node m_root; ///< mirrors Project::codes() as a tree, siblings in the project's order
    QHash<QUuid, Node *> m_nodes;
};

} // namespace Lectern
