using System.Data.Common;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// Tells this process of the generations a transaction moved on once it commits, and never before: a cache that reloaded
/// on an uncommitted generation would hold the old data under the new number until the next change. A transaction that
/// does not commit takes its generations with it.
/// </summary>
internal sealed class GenerationsOnCommit : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private static void Publish(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.PublishGenerations();
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is AppDbContext db)
        {
            db.GenerationsToPublish.Clear();
        }
    }
}
