using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marrakesh.Platform.Data;

/// <summary>
/// A read-only transaction in which several queries see one state of the database, without holding up writers:
/// REPEATABLE READ on PostgreSQL; on SQLite (WAL) a deferred transaction, whose snapshot is taken at its first read.
/// Figures computed from several queries (totals beside the checks on them) then agree with each other.
/// </summary>
public static class ReadSnapshot
{
    public static async Task<IDbContextTransaction?> BeginAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return null;
        }
        if (db is PostgresAppDbContext)
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellationToken);
    }
}
