// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

namespace Lectern {

class AnnotationModel;
class Project;

/// \brief The annotations panel's filters over an AnnotationModel: by code (a code takes in the
/// codes under it), by statement, and by text (in the passage, the note or the code names), all
/// at once. Sorts by the shown columns, positions in text order.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterModel(Project *project, QObject *parent = nullptr);

    /// Only annotations carrying \a codeId or a code under it; a null id: every annotation.
    void setCodeFilter(const QUuid &codeId);
    QUuid codeFilter() const { return m_codeId; }
    /// Only annotations without any code (plain highlights); turns the code filter off.
    void setUncodedOnly(bool uncoded);
    bool uncodedOnly() const { return m_uncoded; }
    /// Only the annotations of one statement; a null id: every statement the source shows.
    void setDocumentFilter(const QUuid &documentId);
    QUuid documentFilter() const { return m_documentId; }
    /// Words that must all appear (case-insensitively) in the passage, the note or the codes.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refreshDocumentOrder();
    /// The codes the words match by name, for the text filter: per word, the codes whose name
    /// holds it.
    void refreshCodeWords();

    AnnotationModel *m_source = nullptr;
    QList<QSet<QUuid>> m_codesByWord;

    QPointer<Project> m_project;
    QHash<QUuid, int> m_documentOrder; ///< statement -> its place in the project
    QUuid m_codeId;
    bool m_uncoded = false;
    QUuid m_documentId;
    QString m_text;
    QStringList m_words;
};

} // namespace Lectern
