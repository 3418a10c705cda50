// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/annotationfiltermodel.h"

#include "project/annotationmodel.h"
#include "project/project.h"

namespace Lectern {

AnnotationFilterModel::AnnotationFilterModel(Project *project, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_project(project)
{
    // The project's code changes (a rename, a move under another code) change what a code
    // filter or a text filter lets through.
    connect(project, &Project::codesChanged, this, [this] {
        refreshCodeWords();
        if (!m_codeId.isNull() || !m_words.isEmpty())
            invalidateRowsFilter();
    });
    connect(project, &Project::documentsChanged, this, &AnnotationFilterModel::refreshDocumentOrder);
    refreshDocumentOrder();
}

void AnnotationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<AnnotationModel *>(sourceModel);
    Q_ASSERT_X(m_source || !sourceModel, "AnnotationFilterModel", "the source must be an AnnotationModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AnnotationFilterModel::refreshCodeWords()
{
    m_codesByWord.clear();
    if (!m_project)
        return;
    for (const QString &word : std::as_const(m_words)) {
        QSet<QUuid> codes;
        for (const Code &code : m_project->codes()) {
            if (code.name.contains(word, Qt::CaseInsensitive))
                codes.insert(code.id);
        }
        m_codesByWord.append(codes);
    }
}

void AnnotationFilterModel::refreshDocumentOrder()
{
    m_documentOrder.clear();
    if (!m_project)
        return;
    const QList<Document> &documents = m_project->documents();
    for (int i = 0; i < documents.size(); ++i)
        m_documentOrder.insert(documents.at(i).id, i);
}

void AnnotationFilterModel::setCodeFilter(const QUuid &codeId)
{
    if (codeId == m_codeId && !m_uncoded)
        return;
    m_codeId = codeId;
    m_uncoded = false;
    invalidate(); // a fresh mapping: removing rows range by range is quadratic on 50,000 rows
}

void AnnotationFilterModel::setUncodedOnly(bool uncoded)
{
    if (uncoded == m_uncoded)
        return;
    m_uncoded = uncoded;
    if (uncoded)
        m_codeId = QUuid();
    invalidate(); // a fresh mapping: removing rows range by range is quadratic on 50,000 rows
}

void AnnotationFilterModel::setDocumentFilter(const QUuid &documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    invalidate(); // a fresh mapping: removing rows range by range is quadratic on 50,000 rows
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    refreshCodeWords();
    invalidate(); // a fresh mapping: removing rows range by range is quadratic on 50,000 rows
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    // Straight from the model's rows: 50,000 annotations are filtered per key stroke.
    const Annotation &annotation = m_source->annotationAt(sourceRow);
    if (!m_documentId.isNull() && annotation.documentId != m_documentId)
        return false;
    if (m_uncoded && !annotation.codeIds.isEmpty())
        return false;
    if (!m_codeId.isNull()
        && std::none_of(annotation.codeIds.cbegin(), annotation.codeIds.cend(),
            [this](const QUuid &code) { return m_project && m_project->isCodeWithin(code, m_codeId); }))
        return false;
    const QString &passage = m_source->passageAt(sourceRow);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &word = m_words.at(i);
        if (passage.contains(word, Qt::CaseInsensitive) || annotation.note.contains(word, Qt::CaseInsensitive))
            continue;
        const QSet<QUuid> &codes = m_codesByWord.at(i);
        if (std::none_of(annotation.codeIds.cbegin(), annotation.codeIds.cend(),
                [&codes](const QUuid &code) { return codes.contains(code); }))
            return false;
    }
    return true;
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_source && left.column() == AnnotationModel::PassageColumn) {
        // Text order: statement, then position.
        const Annotation &a = m_source->annotationAt(left.row());
        const Annotation &b = m_source->annotationAt(right.row());
        if (a.documentId != b.documentId)
            return m_documentOrder.value(a.documentId, -1) < m_documentOrder.value(b.documentId, -1);
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    }
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace Lectern
