using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Writes an import's rows (a few hundred to about two thousand series or matrix rows, holding up to 150,000 figures)
/// inside the import's transaction: binary COPY on PostgreSQL, multi-row INSERTs through SQLite's own statement API on
/// SQLite. The rows skip the change tracker and the audit trail: the import row attributes them.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Readies the import's connection for bulk work (on SQLite, a page cache the size of the work); dispose it after the commit.</summary>
    public static async Task<IAsyncDisposable> BeginAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection() is SqliteConnection ? await SqliteInsert.LargeCacheAsync(db, cancellationToken) : NoPreparation.Instance;

    /// <summary>Which of the three figures tables an import holding <paramref name="holds"/> is written to.</summary>
    public static FigureKind KindOf(string holds) => holds switch
    {
        "migrant-stock" => FigureKind.StockSeries,
        "indicators" => FigureKind.IndicatorTables,
        _ when holds.StartsWith("corridors-", StringComparison.Ordinal) => FigureKind.CorridorRows,
        _ => throw new InvalidOperationException($"No figures table holds '{holds}'."),
    };

    /// <summary>
    /// Deletes an import's figures with one plain statement on the table its kind is written to (by the key's first
    /// column), before its row is removed: no query to compile, no rows to track.
    /// </summary>
    public static Task<int> DeleteAsync(DbContext db, DatasetImport import, CancellationToken cancellationToken) =>
        // The table name is one of three constants; the import's id is a parameter.
#pragma warning disable EF1002
        db.Database.ExecuteSqlRawAsync($"DELETE FROM {FigureTables.NameOf(KindOf(import.Holds))} WHERE \"ImportId\" = {{0}}", [import.Id], cancellationToken);
#pragma warning restore EF1002

    public static async Task WriteAsync(DbContext db, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Figures are written inside the import's transaction.");
        }
        // A replace deletes from the one table of the import's kind, so an importer must not write to another.
        if (parsed.GroupsOtherThan(KindOf(parsed.Holds)) > 0)
        {
            throw new InvalidOperationException($"An import holding '{parsed.Holds}' has figures of another kind.");
        }
        switch (db.Database.GetDbConnection())
        {
            case NpgsqlConnection npgsql:
                await PostgresCopy.WriteAsync(npgsql, importId, parsed, cancellationToken);
                break;
            case SqliteConnection sqlite:
                SqliteInsert.Write(sqlite, importId, parsed, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"No bulk writer for {db.Database.ProviderName}.");
        }
    }

    private sealed class NoPreparation : IAsyncDisposable
    {
        public static readonly NoPreparation Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The three tables an import's figures go to, one per kind of file.</summary>
internal enum FigureKind
{
    StockSeries,
    CorridorRows,
    IndicatorTables,
}
