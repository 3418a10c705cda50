// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QUuid>

namespace Lectern {

class Project;

/// \brief The codebook as a list: each code's name with its colour as decoration, kept up to
/// date from the Project's code signals.
class CodeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QUuid of the code
        ColorRole,                 ///< QColor
        DescriptionRole,           ///< QString
        AnnotationCountRole,       ///< qsizetype: annotations tagged with the code
    };

    explicit CodeModel(Project *project, QObject *parent = nullptr);
    ~CodeModel() override;

    int rowOf(const QUuid &codeId) const { return int(m_ids.indexOf(codeId)); }
    QUuid codeId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onAdded(const QUuid &id);
    void onRemoved(const QUuid &id);
    void onChanged(const QUuid &id);
    void onAnnotationsChanged();

    QPointer<Project> m_project;
    QList<QUuid> m_ids; ///< mirrors Project::codes(), in its order
};

} // namespace Lectern
