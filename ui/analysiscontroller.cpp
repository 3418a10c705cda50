// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontroller.h"

#include "analysis/persondirectory.h"
#include "analysis/recognizer.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern {

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<AnalysisResult>::finished, this, [this] {
        const QUuid id = m_running;
        m_running = QUuid();
        // A result computed before clear() (new corrections, another project) is stale.
        QList<QUuid> changed;
        if (!m_watcher.isCanceled() && m_runningGeneration == m_generation) {
            m_ownResults.insert(id, m_watcher.result());
            changed = linkAcrossStatements(id);
        }
        Q_EMIT finished(id);
        for (const QUuid &other : std::as_const(changed))
            Q_EMIT finished(other);
        startNext();
    });
}

AnalysisController::~AnalysisController()
{
    m_queue.clear();
    m_watcher.waitForFinished();
}

void AnalysisController::request(const QUuid &documentId, const QString &text, const QString &title)
{
    if (m_results.contains(documentId) || m_running == documentId)
        return;
    // The latest request is what the user is looking at: it goes first.
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).id == documentId) {
            m_queue.move(i, 0);
            return;
        }
    }
    m_queue.prepend({documentId, text, title});
    if (m_running.isNull())
        startNext();
}

void AnalysisController::startNext()
{
    if (m_queue.isEmpty())
        return;
    auto [id, text, title] = m_queue.takeFirst();
    m_running = id;
    Q_EMIT started(id);
    // Each run has its own Recognizer: KSyntaxHighlighting's repository is not shared across threads.
    m_runningGeneration = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run([text = std::move(text), title = std::move(title), corrections = m_corrections] {
            return Recognizer().analyze(text, corrections, title);
        }));
}

const AnalysisResult *AnalysisController::result(const QUuid &documentId) const
{
    const auto it = m_results.constFind(documentId);
    return it == m_results.cend() ? nullptr : &*it;
}

bool AnalysisController::isRunning() const
{
    return !m_running.isNull();
}

void AnalysisController::clear()
{
    ++m_generation;
    m_queue.clear();
    m_results.clear();
    m_ownResults.clear();
    m_people = PersonDirectory();
}

namespace {

bool sameCanonicals(const AnalysisResult &a, const AnalysisResult &b)
{
    if (a.entities.size() != b.entities.size() || a.quotes.size() != b.quotes.size()
        || a.references.size() != b.references.size())
        return false;
    for (qsizetype i = 0; i < a.entities.size(); ++i) {
        if (a.entities.at(i).canonical != b.entities.at(i).canonical)
            return false;
    }
    for (qsizetype i = 0; i < a.references.size(); ++i) {
        if (a.references.at(i).canonical != b.references.at(i).canonical)
            return false;
    }
    for (qsizetype i = 0; i < a.quotes.size(); ++i) {
        const auto &x = a.quotes.at(i).speaker;
        const auto &y = b.quotes.at(i).speaker;
        if (x.has_value() != y.has_value() || (x && x->canonical != y->canonical))
            return false;
    }
    return true;
}

} // namespace

QList<QUuid> AnalysisController::linkAcrossStatements(const QUuid &added)
{
    // The directory only grows. When the new statement named nobody new, the others' links
    // stay as they are and only the new statement is linked: no pass over the whole project
    // for each statement analysed.
    const qsizetype known = m_people.size();
    m_people.add(m_ownResults.value(added));
    QList<QUuid> relink {added};
    if (m_people.size() != known)
        relink = m_ownResults.keys();
    QList<QUuid> changed;
    for (const QUuid &id : std::as_const(relink)) {
        AnalysisResult linked = m_ownResults.value(id);
        m_people.link(linked);
        const auto current = m_results.constFind(id);
        if (current != m_results.cend() && sameCanonicals(*current, linked))
            continue;
        m_results.insert(id, std::move(linked));
        if (id != added)
            changed.append(id);
    }
    return changed;
}

void AnalysisController::setCorrections(const QList<EntityCorrection> &corrections)
{
    if (corrections == m_corrections)
        return;
    m_corrections = corrections;
    clear();
}

void AnalysisController::waitForFinished()
{
    while (isRunning()) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // deliver finished(), which may start the next one
    }
}

} // namespace Lectern
