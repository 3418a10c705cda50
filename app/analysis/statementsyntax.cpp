// SPDX-FileCopyrightText: 2026 The Lectern authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/statementsyntax.h"

#include <KSyntaxHighlighting/Repository>

#include <memory>

namespace Lectern::StatementSyntax {

KSyntaxHighlighting::Repository &repository()
{
    thread_local std::unique_ptr<KSyntaxHighlighting::Repository> repository;
    if (!repository) {
        repository = std::make_unique<KSyntaxHighlighting::Repository>();
        repository->addCustomSearchPath(QStringLiteral(":/lectern"));
    }
    return *repository;
}

KSyntaxHighlighting::Definition definition()
{
    return repository().definitionForName(QString::fromLatin1(DefinitionName));
}

KSyntaxHighlighting::Theme theme(bool dark)
{
    return repository().theme(dark ? QStringLiteral("Lectern Dark") : QStringLiteral("Lectern Light"));
}

} // namespace Lectern::StatementSyntax
