// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Lectern {

class Project;

/// \brief A table of the annotations of one statement (or of all), kept up to date from the
/// Project's signals row by row; sort and filter it with a QSortFilterProxyModel.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PassageColumn,
        CodeColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QUuid of the annotation
        DocumentIdRole, ///< QUuid
        StartRole, ///< qsizetype, UTF-16 offset into the statement's text
        EndRole, ///< qsizetype, exclusive
        CodeIdRole, ///< QUuid of the first code, null for a plain highlight
        PassageRole, ///< the whole passage, not elided
        CodeIdsRole, ///< QList<QUuid>: every code, in order
    };

    explicit AnnotationModel(Project *project, QObject *parent = nullptr);
    ~AnnotationModel() override;

    /// Shows only the annotations of this statement; a null id shows those of every statement.
    void setDocumentFilter(const QUuid &documentId);
    QUuid documentFilter() const { return m_documentId; }

    /// The row of an annotation, or -1.
    int rowOf(const QUuid &annotationId) const;
    QModelIndex indexOf(const QUuid &annotationId, int column = PassageColumn) const;
    QUuid annotationId(const QModelIndex &index) const;
    /// The annotation and the whole passage of a row, without a QVariant (filters, sorting).
    const Annotation &annotationAt(int row) const { return m_rows.at(row).annotation; }
    const QString &passageAt(int row) const { return m_rows.at(row).passage; }

    /// Characters of the passage shown before it is elided.
    static constexpr qsizetype ExcerptLength = 80;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Annotation annotation;
        QString passage;
        QString excerpt;
    };
    bool accepts(const Annotation &annotation) const;
    Row makeRow(const Annotation &annotation) const;
    QString codeNames(const Annotation &annotation) const;
    void rebuild();
    void onAdded(const QUuid &id);
    void onRemoved(const QUuid &id);
    void onChanged(const QUuid &id);
    void onCodesChanged();

    QPointer<Project> m_project;
    QUuid m_documentId;
    QList<Row> m_rows;
};

} // namespace Lectern
