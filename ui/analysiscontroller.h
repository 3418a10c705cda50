// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/entitycorrection.h"
#include "analysis/persondirectory.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QUuid>

namespace Lectern {

/// \brief Runs the recogniser on statements in a worker thread, so a long statement never
/// freezes the window, and keeps the results per document.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    /// Starts analysing unless a result for the document is already there.
    /// Analyses \a text (its statement's \a title tells who "I" is, see Recognizer::analyze()).
    void request(const QUuid &documentId, const QString &text, const QString &title = {});
    const AnalysisResult *result(const QUuid &documentId) const;
    bool isRunning() const;
    /// Forgets every result (they are computed again on request).
    void clear();
    /// The project's entity corrections, applied by every later analysis; forgets the results
    /// when they change.
    void setCorrections(const QList<EntityCorrection> &corrections);
    /// Blocks until the running analysis is done (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void started(const QUuid &documentId);
    /// The document's result is there, or changed: another statement's analysis linked one of
    /// its people to a full name (PersonDirectory).
    void finished(const QUuid &documentId);

private:
    void startNext();
    /// Adds the people of the result just \a added to the directory and links every result
    /// that needs it to the full names any statement gave; returns the other documents whose
    /// result changed.
    QList<QUuid> linkAcrossStatements(const QUuid &added);

    QHash<QUuid, AnalysisResult> m_ownResults; ///< each statement's result alone
    QHash<QUuid, AnalysisResult> m_results; ///< linked across the statements
    PersonDirectory m_people; ///< the full names of every result in m_ownResults
    struct Request
    {
        QUuid id;
        QString text;
        QString title;
    };
    QList<Request> m_queue;
    QUuid m_running;
    QList<EntityCorrection> m_corrections;
    quint64 m_generation = 0; ///< bumped by clear()
    quint64 m_runningGeneration = 0;
    QFutureWatcher<AnalysisResult> m_watcher;
};

} // namespace Lectern
